import { translator, type Translator } from '../lib/i18n/translator';
import type { LanguageChoice } from '../lib/settings/settings';
import { browserLanguage } from './browser-language';
import { askBackground } from './background-client';

// The catalogs live in the background (parsed once per browser); a view asks for the one its settings choose.
// (The browser's own i18n.getMessage would need no request, but its first call in a tab loads the whole locale file
// synchronously: slower than the message.)

/** A translator in the language the settings choose. */
export async function loadTranslator(choice: LanguageChoice): Promise<Translator> {
  const reply = await askBackground({ type: 'catalog', choice, browserLanguage: browserLanguage() });
  return translator(reply.catalog, reply.lang);
}
