import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../lib/settings/settings';
import { SETTINGS_KEY, SETTINGS_VERSION } from './settings-item';

// Version 1 was the settings shape of the first development builds: the badge switches in a nested object and the
// language called `lang`. The background defines the item with its migrations, so they run once per browser start.

export interface SettingsV1 {
  badges?: { modelPages?: boolean; listings?: boolean; files?: boolean };
  hub?: boolean;
  lang?: string;
}

/**
 * Version 1's fields moved to their version 2 names. Fields already in version 2's shape are kept: settings saved
 * without their version mark (by builds before saveSettings wrote it) read as version 1, and every browser start
 * would otherwise reset them to the defaults.
 */
export function migrateV1(old: (SettingsV1 & Partial<Settings>) | null | undefined): Settings {
  const value = old && typeof old === 'object' ? old : {};
  const { badges, hub, lang, ...current } = value;
  return readSettings({
    ...current,
    modelPages: badges?.modelPages ?? current.modelPages,
    listings: badges?.listings ?? current.listings,
    files: badges?.files ?? current.files,
    hubData: hub ?? current.hubData,
    language: lang ?? current.language,
  });
}

/** Defining the item with migrations starts them; `migrate()` resolves when they are done. */
export const migratingSettingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});
