import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest permissions are justified in README.md ("Permissions"); tests/e2e/manifest.spec.ts pins them.
export default defineConfig({
  imports: false, // explicit imports only: every file says where its names come from
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Model Lens',
    description: 'Decodes Hugging Face model names: category, size, stage, quantization, Axolotl and serving support.',
    permissions: ['storage'],
    host_permissions: ['https://huggingface.co/*'],
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
