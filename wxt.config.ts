import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The interface's messages live in lib/i18n/messages/<lang>.json (lib formats them at runtime in the language the
// user picks); the build publishes them as the extension's _locales, which the manifest's name and description use.
const LOCALES = ['en', 'my'] as const;

// Manifest permissions are justified in README.md ("Permissions"); tests/e2e/manifest.spec.ts pins them.
export default defineConfig({
  imports: false, // explicit imports only: every file says where its names come from
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const lang of LOCALES) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: readFileSync(`lib/i18n/messages/${lang}.json`, 'utf8') });
      }
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'contextMenus'],
    host_permissions: ['https://huggingface.co/*'],
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
