import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

// Settings are stored with @wxt-dev/storage; whatever is stored, unreadable values fall back to defaults field by field.

// @wxt-dev/storage reads the extension API from globalThis.chrome (through @wxt-dev/browser) when it loads.
vi.stubGlobal('chrome', fakeBrowser);

const { loadSettings, saveSettings } = await import('../../utils/settings-item');
const { DEFAULT_SETTINGS } = await import('../../lib/settings/settings');

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  test('nothing stored: defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('corrupt stored values fall back field by field', async () => {
    await fakeBrowser.storage.sync.set({ settings: { modelPages: 'no', listings: false, language: 'klingon', compact: 1 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, listings: false });
    await fakeBrowser.storage.sync.set({ settings: '<script>alert(1)</script>' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('saving stores only valid settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, compact: true, language: 'en' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, compact: true, language: 'en' });
  });
});
