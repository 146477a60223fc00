import { browser } from 'wxt/browser';
import { translator, type Translator } from '../components/i18n';
import { CATALOGS, resolveLanguage } from '../lib/i18n/catalogs';
import type { LanguageChoice } from '../lib/settings/settings';

export function uiTranslator(choice: LanguageChoice): Translator {
  let browserLanguage = 'en';
  try {
    browserLanguage = browser.i18n.getUILanguage();
  } catch {
    // not in an extension context (tests): English
  }
  const lang = resolveLanguage(choice, browserLanguage);
  return translator(CATALOGS[lang], lang);
}
