import { formatMessage, type Catalog, type Message, type MessageArg } from './format';

/** Translates message keys; every string the interfaces show goes through one. */
export interface Translator {
  lang: string;
  t: (key: string, args?: readonly MessageArg[]) => string;
  say: (message: Message) => string;
}

/** A message's text with its arguments filled in; null when the source has no such message. */
export type MessageSource = (key: string, args: readonly MessageArg[]) => string | null;

/**
 * A translator over any message source. Arguments written `#key` are messages themselves (a verdict's word inside
 * a badge), translated first. A missing message shows its key: the catalogs are complete (tests/lib/i18n).
 */
export function translatorFrom(source: MessageSource, lang: string): Translator {
  const t = (key: string, args?: readonly MessageArg[]): string => {
    const resolved = args?.map((arg) =>
      typeof arg === 'string' && arg.startsWith('#') ? (source(arg.slice(1), []) ?? arg.slice(1)) : arg,
    );
    return source(key, resolved ?? []) ?? key;
  };
  return { lang, t, say: (message) => t(message.key, message.args) };
}

/** A translator over a catalog object (messages.json). */
export function translator(catalog: Catalog, lang: string): Translator {
  return translatorFrom((key, args) => (key in catalog ? formatMessage(catalog, key, args) : null), lang);
}
