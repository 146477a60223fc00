import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerEngineRequest } from '../../lib/engine/answer';
import { migratingSettingsItem } from '../../utils/settings-migration';
import { setUpContextMenu } from './context-menu';

export default defineBackground(() => {
  // The engine: classification and catalogs for the content script, the popup and the options page. Only this
  // extension's own pages and content scripts may ask.
  browser.runtime.onMessage.addListener((request: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return Promise.resolve(answerEngineRequest(request));
  });

  // Content scripts keep the session's Hub answers in storage.session (one request per model per browser session).
  const session = browser.storage.session as unknown as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});

  setUpContextMenu();
  // Stored settings of an older version are brought up to date once, here (views read them as they are).
  void migratingSettingsItem.migrate().catch(() => {});
});
