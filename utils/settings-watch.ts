import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../lib/settings/settings';

// Watching the settings without @wxt-dev/storage: every huggingface.co tab watches them, and the storage library is a
// quarter of the content script's budget (tests/e2e/bundle-size.spec.ts). The item lives under SETTINGS_KEY
// (@wxt-dev/storage's "area:key"; utils/settings-item.ts defines it with this key).

export const SETTINGS_KEY = 'sync:settings';
const [AREA, KEY] = SETTINGS_KEY.split(':') as [string, string];

type Changes = Record<string, { newValue?: unknown }>;

/** Calls back with valid settings whenever they change (options page, another browser, a migration). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Changes, area: string) => {
    if (area !== AREA || !Object.hasOwn(changes, KEY)) return;
    // Removed: the item's fallback, as @wxt-dev/storage would give.
    callback(readSettings(changes[KEY]!.newValue ?? DEFAULT_SETTINGS));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
