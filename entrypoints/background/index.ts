import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerRequest } from '../../lib/messages/answer';
import type { BackgroundContext } from '../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings-item';
import { migratingSettingsItem } from '../../utils/settings-migration';
import { setUpCommands } from './commands';
import { setUpContextMenu } from './context-menu';

export default defineBackground(() => {
  // The background: classification and catalogs for the content script, the popup and the options page. Only this
  // extension's own pages and content scripts may ask.
  // The settings are kept here, so a starting content script gets them with its catalog in one answer.
  const context: BackgroundContext = { settings: DEFAULT_SETTINGS };
  // Stored settings of an older version are brought up to date once, here (views read them as they are), before
  // the first answer.
  const settingsLoaded = migratingSettingsItem
    .migrate()
    .catch(() => {})
    .then(loadSettings)
    .then((settings) => void (context.settings = settings));
  watchSettings((settings) => void (context.settings = settings));
  browser.runtime.onMessage.addListener((request: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isOpenOptions(request)) return browser.runtime.openOptionsPage().then(() => true as const);
    return settingsLoaded.then(() => answerRequest(request, context));
  });

  // Content scripts keep the session's Hub answers in storage.session (one request per model per browser session).
  const session = browser.storage.session as unknown as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});

  setUpContextMenu();
  setUpCommands();
});

/** The fact sheet's "set your GPU" link: content scripts cannot open the options page themselves. */
function isOpenOptions(request: unknown): boolean {
  return typeof request === 'object' && request !== null && (request as { type?: unknown }).type === 'openOptions';
}
