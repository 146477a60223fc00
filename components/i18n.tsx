import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translator } from '../lib/i18n/translator';

export { translator, type Translator } from '../lib/i18n/translator';

// Without a provider the keys themselves show (every view provides one).
export const I18nContext = createContext<Translator>(translator({}, 'en'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}
