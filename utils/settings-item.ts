import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../lib/settings/settings';
import { SETTINGS_KEY } from './settings-watch';

export { SETTINGS_KEY, watchSettings } from './settings-watch';

// The user's choices, synced across their browsers, in a versioned item. Migrations between versions run once, in
// the background (utils/settings-migration.ts); views read the item as it is, and readSettings turns anything
// unreadable (not yet migrated, hand-edited, corrupt) into valid settings field by field. Running the migration check
// from every tab would cost each page one more storage read.

export const SETTINGS_VERSION = 2;

export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** The stored settings, always valid (corrupt or hand-edited values fall back to defaults field by field). */
export async function loadSettings(): Promise<Settings> {
  try {
    return readSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Saves the settings with their version mark: without it the background's migration reads them as version 1. */
export async function saveSettings(settings: Settings): Promise<void> {
  await Promise.all([settingsItem.setValue(readSettings(settings)), settingsItem.setMeta({ v: SETTINGS_VERSION })]);
}
