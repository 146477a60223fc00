import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH } from '../lib/i18n/english';
import { formatMessage, type Catalog, type Message, type MessageArg } from '../lib/i18n/format';

/** Translates message keys; every string the components show goes through it. */
export interface Translator {
  lang: string;
  t: (key: string, args?: readonly MessageArg[]) => string;
  say: (message: Message) => string;
}

/** Arguments written `#key` are messages themselves (a verdict's word inside a badge), translated first. */
export function translator(catalog: Catalog, lang: string): Translator {
  const t = (key: string, args?: readonly MessageArg[]): string => {
    const resolved = args?.map((arg) => (typeof arg === 'string' && arg.startsWith('#') ? formatMessage(catalog, arg.slice(1), [], ENGLISH) : arg));
    return formatMessage(catalog, key, resolved ?? [], ENGLISH);
  };
  return { lang, t, say: (message) => t(message.key, message.args) };
}

export const ENGLISH_TRANSLATOR = translator(ENGLISH, 'en');

export const I18nContext = createContext<Translator>(ENGLISH_TRANSLATOR);

export function useI18n(): Translator {
  return useContext(I18nContext);
}
