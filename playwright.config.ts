import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, every huggingface.co request routed
// to fixtures (tests/e2e/fixtures.ts). One worker: each test owns a persistent browser context.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
