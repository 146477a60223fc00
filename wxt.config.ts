import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The interface's messages live in lib/i18n/messages/<lang>/*.json, one file per area (lib formats them at runtime in
// the language the user picks); the build publishes them merged as the extension's _locales, which the manifest's name
// and description use.
const LOCALES = ['en', 'my'] as const;

function mergedCatalog(lang: string): string {
  const dir = `lib/i18n/messages/${lang}`;
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return JSON.stringify(
    Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')))),
    null,
    2,
  );
}

// Manifest permissions are justified in README.md ("Permissions"); tests/e2e/manifest.spec.ts pins them;
// tests/wxt-config.test.ts pins the per-browser manifest (the Firefox-only keys).
export default defineConfig({
  imports: false, // explicit imports only: every file says where its names come from
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const lang of LOCALES) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: mergedCatalog(lang) });
      }
    },
  },
  // Manifest V3 for every browser (WXT would build Firefox as MV2): `.output/chrome-mv3/` and `.output/firefox-mv3/`.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'contextMenus'],
    host_permissions: ['https://huggingface.co/*'],
    // Keyboard shortcuts (issue #16), listed on the options page; users change them in the browser's shortcut settings.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' } },
      'open-fact-sheet': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_shortcut_open_sheet__' },
    },
    // The fact sheet on huggingface.co links its evidence to the guide page (guide.html#section): a page opens an
    // extension page only when it is web-accessible, and only huggingface.co may.
    web_accessible_resources: [{ resources: ['guide.html'], matches: ['https://huggingface.co/*'] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A fixed ID: Firefox MV3 requires one, and storage.sync (the settings) is keyed on it.
          id: 'model-lens@model-lens.dev',
          // 140 (ESR): storage.session (115) and the built-in data consent below (140) are native there.
          strict_min_version: '140.0',
          // No user data leaves the browser: the only requests are to huggingface.co's public model API.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // `wxt zip -b firefox` also zips the sources for AMO's reviewers (they rebuild from them); tests, their saved
  // huggingface.co pages and their run output are not needed for that.
  zip: {
    excludeSources: ['docs/**', 'tests/**', 'test-results/**', 'playwright-report/**', '**/*.log'],
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
