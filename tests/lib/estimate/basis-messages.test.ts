import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { fileFits } from '../../../lib/messages/file-fits';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { formatMessage } from '../../../lib/i18n/format';
import type { MemoryFacts } from '../../../lib/facts/memory';

// Every memory basis and context evidence the estimator produces is a message in both languages, with its
// placeholders filled: over every API fixture, name-only answers and a Files tab.

const fixtures = readdirSync('tests/fixtures/api')
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`tests/fixtures/api/${name}`, 'utf8')) as { id: string });
const hardware = { gpuBytes: 24e9, gpus: 1, ramBytes: 64e9, unified: false };

function memories(): { id: string; memory: MemoryFacts; context: { key?: string; args?: string[] }[] }[] {
  const out: { id: string; memory: MemoryFacts; context: { key?: string; args?: string[] }[] }[] = [];
  for (const hub of fixtures) {
    for (const facts of [
      classify(hub.id, hub, { hardware, contextTokens: 1_000_000 }),
      classify(hub.id, undefined, { kvType: 'q4_0' }),
    ]) {
      if (isClassifyError(facts) || !facts.memory) continue;
      out.push({
        id: facts.id,
        memory: facts.memory,
        context: facts.evidence.filter(
          (evidence) => evidence.field === 'context' || evidence.key?.startsWith('evidence_hub_implausible'),
        ),
      });
    }
  }
  const files = [
    { path: 'm-Q4_K_M.gguf', bytes: 4.9e9 },
    { path: 'm-Q8_0-00001-of-00002.gguf', bytes: 4e9 },
    { path: 'm-Q8_0-00002-of-00002.gguf', bytes: 4.5e9 },
    { path: 'mmproj-m-f16.gguf', bytes: 6e8 },
  ];
  for (const fit of fileFits('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', undefined, { hardware }, files))
    if (fit) out.push({ id: fit.path, memory: fit.memory, context: [] });
  return out;
}

describe('memory basis messages', () => {
  const all = memories();

  test('there are many to check', () => {
    expect(all.length).toBeGreaterThan(150);
  });

  test.each(['en', 'my'] as const)(
    'every basis key exists in %s and renders without an unfilled placeholder',
    (lang) => {
      const catalog = CATALOGS[lang];
      for (const { id, memory, context } of all) {
        for (const message of [
          ...memory.basis,
          ...context.map((evidence) => ({ key: evidence.key!, args: evidence.args })),
        ]) {
          expect(catalog[message.key], `${id}: ${message.key}`).toBeDefined();
          const text = formatMessage(catalog, message.key, (message.args ?? []).map(String));
          expect(text, `${id}: ${message.key}`).not.toMatch(/\$\d/);
          expect(text, `${id}: ${message.key}`).not.toMatch(/undefined|NaN|Infinity/);
        }
      }
    },
  );
});
