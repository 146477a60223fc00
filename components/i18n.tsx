import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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
    const resolved = args?.map((arg) => (typeof arg === 'string' && arg.startsWith('#') ? formatMessage(catalog, arg.slice(1)) : arg));
    return formatMessage(catalog, key, resolved ?? []);
  };
  return { lang, t, say: (message) => t(message.key, message.args) };
}

// The catalogs are complete (tests/lib/i18n/catalog.test.ts), so no fallback language is bundled with the views;
// without a provider the keys themselves show.
export const I18nContext = createContext<Translator>(translator({}, 'en'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}
