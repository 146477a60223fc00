import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { contextLookupQuery } from '../lib/input/context-lookup';
import { uiTranslator } from '../utils/language';
import { loadSettings, watchSettings } from '../utils/settings-item';

const MENU_LINK = 'model-lens-lookup-link';
const MENU_SELECTION = 'model-lens-lookup-selection';

export default defineBackground(() => {
  // Content scripts keep the session's Hub answers in storage.session (one request per model per browser session).
  browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});

  const createMenus = async () => {
    const { t } = uiTranslator((await loadSettings()).language);
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_LINK, title: t('context_menu_lookup'), contexts: ['link'], targetUrlPatterns: ['https://huggingface.co/*'] });
    browser.contextMenus.create({ id: MENU_SELECTION, title: t('context_menu_lookup'), contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  watchSettings(() => void createMenus());

  browser.contextMenus.onClicked.addListener((info) => {
    const query = contextLookupQuery(info.linkUrl, info.selectionText);
    if (!query) return;
    void openLookup(query);
  });
});

/** Shows the popup with the query; where the browser will not open it from here, a small window with the same page. */
async function openLookup(query: string): Promise<void> {
  await browser.storage.session.set({ pendingLookup: query });
  try {
    await (browser.action as unknown as { openPopup: () => Promise<void> }).openPopup();
  } catch {
    await browser.storage.session.remove('pendingLookup');
    await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}`), type: 'popup', width: 640, height: 720 });
  }
}
