import { translator, type Translator } from '../components/i18n';
import type { LanguageChoice } from '../lib/settings/settings';
import { browserLanguage } from './browser-language';
import { askEngine } from './engine-client';

/** A translator in the language the settings choose, with the catalog from the background. */
export async function loadTranslator(choice: LanguageChoice): Promise<Translator> {
  const { lang, catalog } = await askEngine({ type: 'catalog', choice, browserLanguage: browserLanguage() });
  return translator(catalog, lang);
}
