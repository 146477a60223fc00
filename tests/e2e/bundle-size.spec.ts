import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Size budgets of the built Chrome extension (the e2e command builds first). Deterministic, so a plain failing test:
// what every huggingface.co tab loads (the content script) and what opening the popup loads (its page's scripts and
// styles). The background, which holds the knowledge, is loaded once per browser and has no budget here.

const OUTPUT = '.output/chrome-mv3';
const KB = 1024;
const BUDGETS = { content: 30 * KB, popup: 40 * KB };

const gzipped = (file: string) => gzipSync(readFileSync(join(OUTPUT, file)), { level: 9 }).length;

/** The files a built page loads: its module script, the chunks it preloads and its stylesheets. */
function pageFiles(html: string): string[] {
  const text = readFileSync(join(OUTPUT, html), 'utf8');
  const references = [...text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  return [html, ...new Set(references)];
}

function contentFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8')) as {
    content_scripts: { js?: string[]; css?: string[] }[];
  };
  return manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
}

const report = (files: string[]) => files.map((file) => `${file} ${(gzipped(file) / KB).toFixed(1)} KB`).join(', ');
const total = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);

test(`content script ≤ ${BUDGETS.content / KB} KB gzip`, () => {
  const files = contentFiles();
  expect(files.length).toBeGreaterThan(0);
  console.log(`content script: ${(total(files) / KB).toFixed(1)} KB gzip (${report(files)})`);
  expect(total(files)).toBeLessThanOrEqual(BUDGETS.content);
});

test(`popup ≤ ${BUDGETS.popup / KB} KB gzip`, () => {
  const files = pageFiles('popup.html');
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  console.log(`popup: ${(total(files) / KB).toFixed(1)} KB gzip (${report(files)})`);
  expect(total(files)).toBeLessThanOrEqual(BUDGETS.popup);
});
