import { browser } from 'wxt/browser';
import { resolveLanguage } from '../lib/i18n/languages';
import { translator, translatorFrom, type Translator } from '../lib/i18n/translator';
import type { LanguageChoice } from '../lib/settings/settings';
import { browserLanguage } from './browser-language';
import { askEngine } from './engine-client';

/**
 * A translator in the language the settings choose. When that is the browser's own language (always so for `auto`),
 * the browser's i18n reads the extension's _locales directly: nothing to load. Otherwise the background sends the
 * catalog.
 */
export async function loadTranslator(choice: LanguageChoice): Promise<Translator> {
  const uiLanguage = browserLanguage();
  const lang = resolveLanguage(choice, uiLanguage);
  if (lang === resolveLanguage('auto', uiLanguage)) {
    const native = nativeTranslator(lang);
    if (native) return native;
  }
  const reply = await askEngine({ type: 'catalog', choice, browserLanguage: uiLanguage });
  return translator(reply.catalog, reply.lang);
}

/** WXT types getMessage with the keys of public/_locales; ours are published from lib/i18n/messages at build time. */
type GetMessage = (key: string, substitutions?: string[]) => string;

function nativeTranslator(lang: string): Translator | null {
  let getMessage: GetMessage;
  try {
    getMessage = browser.i18n.getMessage.bind(browser.i18n) as unknown as GetMessage;
    if (!getMessage('extName')) return null;
  } catch {
    return null;
  }
  return translatorFrom((key, args) => getMessage(key, args.map(String)) || null, lang);
}
