import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The built manifests ask for nothing beyond README.md's "Permissions" table, and nothing broad at all. It reads
// .output/<browser>-mv<n>/manifest.json, so it runs after a build: `npm run test:e2e` (wxt build && playwright test)
// builds first. No browser is launched.

const OUTPUT = resolve('.output');
const README = readFileSync(resolve('README.md'), 'utf8');

/** What wxt build turns into a manifest: a manifest older than any of these is stale. */
const MANIFEST_INPUTS = ['wxt.config.ts', 'package.json', 'entrypoints'];

/** Permissions and match patterns no version of this extension should ask for, whatever the README says. */
const BROAD = [
  '<all_urls>',
  '*://*/*',
  'http://*/*',
  'https://*/*',
  'tabs',
  'webRequest',
  'webRequestBlocking',
  'scripting',
  'debugger',
  'cookies',
  'history',
  'management',
  'nativeMessaging',
  'proxy',
  'downloads',
  'bookmarks',
  'clipboardRead',
  'declarativeNetRequest',
  'declarativeNetRequestWithHostAccess',
  'webNavigation',
  'userScripts',
  'privacy',
  'browsingData',
  'pageCapture',
  'tabCapture',
];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; exclude_matches?: string[]; include_globs?: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: string | Record<string, string>;
}

/** First-column entries of the table under "## Permissions", without their backticks. */
function readmePermissions(): string[] {
  const section = /^## Permissions\n([\s\S]*?)(?=^## )/m.exec(README)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.split('|')[1]!.trim())
    .filter((cell) => /^`[^`]+`$/.test(cell))
    .map((cell) => cell.slice(1, -1));
}

function newestInput(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestInput(join(path, entry))));
}

/** Every built target (chrome-mv3 always; firefox-mv2 / firefox-mv3 when built), with its manifest. */
function builtManifests(): [target: string, manifest: Manifest][] {
  const targets = existsSync(OUTPUT)
    ? readdirSync(OUTPUT).filter((dir) => /^\w+-mv[23]$/.test(dir) && existsSync(join(OUTPUT, dir, 'manifest.json')))
    : [];
  return targets
    .sort()
    .map((target) => [target, JSON.parse(readFileSync(join(OUTPUT, target, 'manifest.json'), 'utf8')) as Manifest]);
}

/** Everything the manifest asks for: API permissions, host permissions and content script matches. */
function requested(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

const documented = readmePermissions();
const manifests = builtManifests();

test('README lists the permissions in its table', () => {
  expect(documented).toEqual(['storage', 'contextMenus', 'https://huggingface.co/*']);
});

test('README lists nothing broad', () => {
  expect(documented.filter((entry) => BROAD.includes(entry) || /^[^:]*:\/\/\*/.test(entry))).toEqual([]);
});

/** Sources changed since `target` was built. */
function staleInputs(target: string): string[] {
  const built = statSync(join(OUTPUT, target, 'manifest.json')).mtimeMs;
  return MANIFEST_INPUTS.filter((input) => newestInput(resolve(input)) > built);
}

test('the Chrome build exists and is newer than its sources (run `npm run build`, or `npm run test:e2e`, which builds)', () => {
  expect(existsSync(join(OUTPUT, 'chrome-mv3', 'manifest.json')), '.output/chrome-mv3/manifest.json is missing').toBe(
    true,
  );
  expect(staleInputs('chrome-mv3'), 'changed since the last build').toEqual([]);
});

for (const [target, manifest] of manifests) {
  test.describe(`${target}/manifest.json`, () => {
    // `npm run test:e2e` builds Chrome only: another browser's build is checked when it is current, skipped when not.
    test.skip(
      target !== 'chrome-mv3' && staleInputs(target).length > 0,
      `stale: rebuild with \`wxt build -b ${target.split('-')[0]}\``,
    );

    test('asks only for what README.md lists', () => {
      expect([...new Set(requested(manifest))].filter((entry) => !documented.includes(entry))).toEqual([]);
    });

    test('asks for everything README.md lists ("exactly these")', () => {
      expect(documented.filter((entry) => !requested(manifest).includes(entry))).toEqual([]);
    });

    test('asks for nothing broad', () => {
      const broad = requested(manifest).filter(
        (entry) => BROAD.includes(entry) || /^[^:]*:\/\/\*/.test(entry) || entry.startsWith('http://'),
      );
      expect(broad).toEqual([]);
    });

    test('runs content scripts on https://huggingface.co/* only', () => {
      const scripts = manifest.content_scripts ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(script.matches).toEqual(['https://huggingface.co/*']);
        expect(script.include_globs ?? []).toEqual([]);
      }
    });

    test('exposes only the guide page, and only to huggingface.co', () => {
      // The content script inlines its styles into a shadow root; the fact sheet's evidence links open the guide.
      expect(manifest.web_accessible_resources ?? []).toEqual([
        { resources: ['guide.html'], matches: ['https://huggingface.co/*'] },
      ]);
    });

    test('takes no messages from web pages and keeps the default content security policy', () => {
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy).toBeUndefined();
    });
  });
}
