import { CATALOGS, UI_LANGUAGES, type UiLanguage } from '../lib/i18n/catalogs';
import { translator, type Translator } from '../lib/i18n/translator';

// `classify --lang my`: the readable fact sheet in the reader's language (the JSON output is the same in every one).

export const LANG_USAGE = '  --lang L print the readable fact sheet in language L (en, my); default en';

/** Takes `--lang L` or `--lang=L` out of the arguments; an unknown language is an error. */
export function takeLang(argv: readonly string[]): { lang: UiLanguage; rest: string[] } | { error: string } {
  const rest: string[] = [];
  let lang: string = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') lang = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (!(UI_LANGUAGES as readonly string[]).includes(lang))
    return { error: `unknown language "${lang}" (one of: ${UI_LANGUAGES.join(', ')})` };
  return { lang: lang as UiLanguage, rest };
}

export function cliTranslator(lang: UiLanguage): Translator {
  return translator(CATALOGS[lang], lang);
}
