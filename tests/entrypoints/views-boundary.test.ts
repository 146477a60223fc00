import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The content script, the popup and the options page are views: the knowledge (rules, families, engine matrices,
// class tables, catalogs) is loaded once, in the background, and reached through utils/background-client.ts. This walks
// each view's imports and fails when one reaches the knowledge directly (it would land in every tab's bundle).

const ROOT = resolve(import.meta.dirname, '../..');
const VIEWS = ['entrypoints/content/index.ts', 'entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'];
// (utils/settings-migration.ts too: defining the migrating item runs its migrations, which belong to the background.)
const KNOWLEDGE = [
  /^utils\/settings-migration\.ts$/,
  /^lib\/classify\//,
  /^lib\/support\//,
  /^lib\/hub\/(?!hub-info\.ts$|page-data\.ts$)/,
  /^lib\/i18n\/(catalogs|english)\.ts$/,
  /^lib\/i18n\/messages\//,
  /^lib\/engine\/answer\.ts$/,
];

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

/** Every file a view reaches through static and dynamic imports, with the chain that led there. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[resolve(ROOT, entry), [entry]]]);
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!/\.tsx?$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s(?!type\b)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
    )) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3]!);
      if (!target || seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, relative(ROOT, target)]);
      queue.push(target);
    }
  }
  return seen;
}

describe.each(VIEWS)('%s', (entry) => {
  test('does not import the knowledge (it asks the background)', () => {
    const reached = reachable(entry);
    const leaks = [...reached]
      .filter(([file]) => KNOWLEDGE.some((pattern) => pattern.test(relative(ROOT, file))))
      .map(([, chain]) => chain.join(' → '));
    expect(leaks).toEqual([]);
    expect(reached.size).toBeGreaterThan(3);
  });
});

test('the walker sees a leak when there is one', () => {
  const reached = [...reachable('lib/messages/answer.ts').keys()].map((file) => relative(ROOT, file));
  expect(reached).toContain('lib/classify-model.ts');
  expect(reached).toContain('lib/i18n/catalogs.ts');
});
