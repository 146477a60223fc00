import { defineConfig } from 'vitest/config';

// Unit, table, property and corpus tests for lib/ and components/. End-to-end tests live in tests/e2e (Playwright).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
