import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

// Settings are a versioned @wxt-dev/storage item: an older version migrates (in the background), and whatever is
// stored, unreadable values fall back to defaults field by field.

// @wxt-dev/storage reads the extension API from globalThis.chrome (through @wxt-dev/browser) when it loads.
vi.stubGlobal('chrome', fakeBrowser);

const { loadSettings, saveSettings } = await import('../../utils/settings-item');
const { migrateV1, migratingSettingsItem } = await import('../../utils/settings-migration');
const { DEFAULT_SETTINGS } = await import('../../lib/settings/settings');

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  test('nothing stored: defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('version 1 (nested badge switches, "lang") migrates to version 2, and views then read it', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { badges: { modelPages: true, listings: false, files: false }, hub: false, lang: 'my' },
      settings$: { v: 1 },
    });
    // Not migrated yet: the view reads what it can (nothing valid: defaults).
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await migratingSettingsItem.migrate();
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      modelPages: true,
      listings: false,
      files: false,
      hubData: false,
      language: 'my',
      compact: false,
    });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  test('settings saved without their version mark keep their version 2 fields through the migration', async () => {
    const saved = {
      ...DEFAULT_SETTINGS,
      listingFilters: true,
      language: 'my',
      hardware: { preset: 'rtx-4090', gpuMemoryGB: 24, gpuCount: 1, systemRamGB: 64, unified: false },
    };
    await fakeBrowser.storage.sync.set({ settings: saved });
    await migratingSettingsItem.migrate();
    expect(await loadSettings()).toEqual(saved);
    expect(migrateV1({ lang: 'en', language: 'my', compact: true } as never)).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      compact: true,
    });
  });

  test('saving writes the version mark with the value', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, compact: true });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  test('migrating unreadable version 1 data gives defaults', () => {
    expect(migrateV1(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateV1({ badges: 'yes' as never, lang: 42 as never })).toEqual(DEFAULT_SETTINGS);
  });

  test('corrupt stored values fall back field by field', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { modelPages: 'no', listings: false, language: 'klingon', compact: 1 },
      settings$: { v: 2 },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, listings: false });
    await fakeBrowser.storage.sync.set({ settings: '<script>alert(1)</script>' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('saving stores only valid settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, compact: true, language: 'en' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, compact: true, language: 'en' });
  });
});

describe('watching the settings (utils/settings-watch.ts, without the storage library)', () => {
  test('a saved change reaches the watcher as valid settings; other keys and areas do not; unwatching stops it', async () => {
    const { watchSettings } = await import('../../utils/settings-watch');
    const seen: unknown[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings({
      ...DEFAULT_SETTINGS,
      dimUnfit: true,
      contextTokens: 32768,
      hardware: { preset: 'rtx-4090', gpuMemoryGB: 24, gpuCount: 1, systemRamGB: 64, unified: false },
    });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.local.set({ settings: { compact: true } });
    expect(seen).toEqual([
      {
        ...DEFAULT_SETTINGS,
        dimUnfit: true,
        contextTokens: 32768,
        hardware: { preset: 'rtx-4090', gpuMemoryGB: 24, gpuCount: 1, systemRamGB: 64, unified: false },
      },
    ]);
    await fakeBrowser.storage.sync.set({ settings: { contextTokens: -4, kvType: 'q8_0' } });
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, kvType: 'q8_0' });
    await fakeBrowser.storage.sync.remove('settings');
    expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
    unwatch();
    await saveSettings({ ...DEFAULT_SETTINGS, compact: true });
    expect(seen).toHaveLength(3);
  });
});
