import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../lib/settings/settings';

// The user's choices, synced across their browsers. Versioned: version 1 (the first draft) kept the badge switches in
// a nested object and called the language `lang`; migrations bring any stored version to the current one, and
// readSettings turns anything unreadable into defaults.

export interface SettingsV1 {
  badges?: { modelPages?: boolean; listings?: boolean; files?: boolean };
  hub?: boolean;
  lang?: string;
}

export function migrateV1(old: SettingsV1 | null | undefined): Settings {
  const value = old && typeof old === 'object' ? old : {};
  return readSettings({
    modelPages: value.badges?.modelPages,
    listings: value.badges?.listings,
    files: value.badges?.files,
    hubData: value.hub,
    language: value.lang,
  });
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1 },
});

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
