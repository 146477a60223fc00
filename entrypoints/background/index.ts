import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import styles from '../../assets/styles/lens.css?inline';
import { answerRequest } from '../../lib/messages/answer';
import type { BackgroundContext, HubRequest } from '../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings-item';
import { migratingSettingsItem } from '../../utils/settings-migration';
import { setUpCommands } from './commands';
import { setUpContextMenu } from './context-menu';
import { createHubService } from './hub';
import { isStartRequest, startReply } from './start';

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
  // The Hub is asked from here for every tab (one request per model per browser session, see ./hub.ts).
  const hub = createHubService();
  browser.runtime.onMessage.addListener((request: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isOpenOptions(request)) return browser.runtime.openOptionsPage().then(() => true as const);
    if (isHubRequest(request)) return hub.answer(request);
    if (isStartRequest(request)) return settingsLoaded.then(() => startReply(answerRequest(request, context), styles));
    return settingsLoaded.then(() => answerRequest(request, context));
  });

  setUpContextMenu();
  setUpCommands();
});

/** The fact sheet's "set your GPU" link: content scripts cannot open the options page themselves. */
function isOpenOptions(request: unknown): boolean {
  return typeof request === 'object' && request !== null && (request as { type?: unknown }).type === 'openOptions';
}

const isHubRequest = (request: unknown): request is HubRequest =>
  typeof request === 'object' &&
  request !== null &&
  (request as { type?: unknown }).type === 'hub' &&
  typeof (request as { id?: unknown }).id === 'string';
