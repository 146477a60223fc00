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

/** Defining the item with migrations starts them; `migrate()` resolves when they are done. */
export const migratingSettingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});
