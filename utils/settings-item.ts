import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../lib/settings/settings';

// The user's choices, synced across their browsers. Not versioned: readSettings turns anything stored (a later
// version's shape, hand-edited or corrupt values) into valid settings field by field. (A versioned item would check
// for migrations in every tab the content script starts in: one more storage read per page.)

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/** The stored settings, always valid (corrupt or hand-edited values fall back to defaults field by field). */
export async function loadSettings(): Promise<Settings> {
  try {
    return readSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(readSettings(settings));
}

/** Calls back with valid settings whenever they change (options page, another browser). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(readSettings(value)));
}
