import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { TupleKeys } from '../../../lib/support/verdict-cache';

// Name-only verdicts are cached by the tuple of facts they depend on (lib/support/verdict-cache.ts). A key must stay
// unique however many architectures, tasks and formats a session meets; otherwise one model is answered with
// another's verdicts (an earlier numeric scheme let `int4` collide with "no format" after 63 interned strings).

async function freshClassify() {
  vi.resetModules();
  return (await import('../../../lib/classify/classify')).classify;
}

const CORPUS = readFileSync(new URL('../../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);

describe('TupleKeys', () => {
  test.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['int4', null], [null, 'int4'], false],
    [[null, null, false], [null, null, true], false],
    [['x', undefined], ['x', null], false],
  ])('%j and %j share a key: %s', (left, right, same) => {
    const keys = new TupleKeys();
    expect(keys.key(...left) === keys.key(...right)).toBe(same);
  });

  test('ten thousand distinct tuples get ten thousand keys', () => {
    const keys = new TupleKeys();
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(keys.key(`format-${i % 97}`, `arch-${i}`, i % 3 === 0));
    expect(seen.size).toBe(10_000);
  });
});

describe('cached verdicts do not depend on what was classified before', () => {
  test('an int4 model after the unquantized one, and after the whole corpus', async () => {
    const alone = (await freshClassify())('neuralmagic/gemma-2-2b-it-quantized.w4a16');
    const classify = await freshClassify();
    classify('google/gemma-2-2b-it');
    for (const id of CORPUS) classify(id);
    expect(classify('neuralmagic/gemma-2-2b-it-quantized.w4a16')).toEqual(alone);
  });

  test('the corpus in reverse order gives the same facts as in order', async () => {
    const forward = await freshClassify();
    const inOrder = CORPUS.map((id) => forward(id));
    const backward = await freshClassify();
    const reversed = [...CORPUS].reverse().map((id) => backward(id)).reverse();
    const differing = CORPUS.filter((_, index) => JSON.stringify(inOrder[index]) !== JSON.stringify(reversed[index]));
    expect(differing).toEqual([]);
  });
});
