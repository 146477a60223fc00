import { describe, expect, test } from 'vitest';
import type { ConfigEnv, TargetBrowser, UserManifest } from 'wxt';
import config from '../wxt.config';

// The manifest per browser, as WXT asks wxt.config.ts for it (no build needed). `npm run lint:firefox` checks the
// built Firefox extension itself with web-ext lint (AMO's linter), which fails on a missing add-on ID but only warns
// about missing data_collection_permissions: this pins what the linter would let slip.
async function manifestFor(browser: TargetBrowser): Promise<UserManifest> {
  const env: ConfigEnv = { browser, manifestVersion: 3, mode: 'production', command: 'build' };
  const manifest = config.manifest;
  return typeof manifest === 'function' ? manifest(env) : (manifest ?? {});
}

describe('wxt.config.ts', () => {
  test('every browser gets Manifest V3 (.output/chrome-mv3, .output/firefox-mv3)', () => {
    expect(config.manifestVersion).toBe(3);
  });

  test('Firefox: a fixed add-on ID, a minimum version with storage.session, and no data collected', async () => {
    const { browser_specific_settings: settings } = await manifestFor('firefox');
    expect(settings?.gecko?.id).toBe('model-lens@model-lens.dev');
    expect(Number.parseFloat(settings?.gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140); // data_collection_permissions
    expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
  });

  test('Chrome gets no Firefox keys, and both browsers ask for the same permissions', async () => {
    const chrome = await manifestFor('chrome');
    const firefox = await manifestFor('firefox');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
    expect(chrome.permissions).toEqual(['storage', 'contextMenus']);
    expect(chrome.host_permissions).toEqual(['https://huggingface.co/*']);
  });
});
