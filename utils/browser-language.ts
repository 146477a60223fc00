import { browser } from 'wxt/browser';

/** The browser's interface language (`my`, `en-US`…), which the `auto` language setting follows. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
