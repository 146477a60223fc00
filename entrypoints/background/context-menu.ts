import { browser } from 'wxt/browser';
import { catalogFor } from '../../lib/messages/answer';
import { formatMessage } from '../../lib/i18n/format';
import { contextLookupQuery } from '../../lib/input/context-lookup';
import { browserLanguage } from '../../utils/browser-language';
import { loadSettings, watchSettings } from '../../utils/settings-item';

// "Look up in Model Lens" on a huggingface.co link or any selected text, in the interface's language.

const MENU_LINK = 'model-lens-lookup-link';
const MENU_SELECTION = 'model-lens-lookup-selection';

export function setUpContextMenu(): void {
  const createMenus = async () => {
    const { catalog } = catalogFor((await loadSettings()).language, browserLanguage());
    const title = formatMessage(catalog, 'context_menu_lookup');
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_LINK,
      title,
      contexts: ['link'],
      targetUrlPatterns: ['https://huggingface.co/*'],
    });
    browser.contextMenus.create({ id: MENU_SELECTION, title, contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  watchSettings(() => void createMenus());

  browser.contextMenus.onClicked.addListener((info) => {
    const query = contextLookupQuery(info.linkUrl, info.selectionText);
    if (query) void openLookup(query);
  });
}

/** Shows the popup with the query; where the browser will not open it from here, a small window with the same page. */
async function openLookup(query: string): Promise<void> {
  const stored = browser.storage.session.set({ pendingLookup: query });
  // Firefox (before 149) opens the popup only while the menu click's user gesture lasts: ask before any await.
  const opened = (browser.action as unknown as { openPopup?: () => Promise<void> }).openPopup?.();
  try {
    await stored;
    if (!opened) throw new Error('no action.openPopup');
    await opened;
  } catch {
    await browser.storage.session.remove('pendingLookup').catch(() => {});
    await browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}`),
      type: 'popup',
      width: 640,
      height: 720,
    });
  }
}
