import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { draftFromName } from '../../../lib/classify/name-facts';
import { parseModelInput } from '../../../lib/input/parse-input';
import { axolotlVerdict } from '../../../lib/support/axolotl';
import { nameOnlyVerdicts } from '../../../lib/support/name-verdicts';
import { servingVerdicts } from '../../../lib/support/serving';

// Cached verdicts must be the verdicts: keys of different facts never meet, whatever order names come in.

describe('verdict cache keys', () => {
  test('after the whole corpus, an EXL2 repo still gets EXL2 verdicts (the old packed keys collided with int8)', () => {
    const corpus = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    for (const id of corpus) classify(id);
    const facts = classify('turboderp/Llama-3-8B-Instruct-exl2');
    if (isClassifyError(facts)) throw new Error(facts.error);
    expect(facts.quant.format).toBe('exl2');
    expect(facts.serving.exllamav2).toMatchObject({ verdict: 'yes', reasonKey: 'serving_exl2_native' });
    expect(facts.serving.vllm).toMatchObject({ verdict: 'no', reasonArgs: ['vLLM', 'exl2'] });
  });
});

describe('cached verdicts do not depend on what was classified before', () => {
  async function freshClassify() {
    vi.resetModules();
    return (await import('../../../lib/classify-model')).classify;
  }
  const corpus = () =>
    readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);

  test('an int4 model after the unquantized one and the whole corpus gets what it gets alone', async () => {
    const alone = (await freshClassify())('neuralmagic/gemma-2-2b-it-quantized.w4a16');
    const session = await freshClassify();
    session('google/gemma-2-2b-it');
    for (const id of corpus()) session(id);
    expect(session('neuralmagic/gemma-2-2b-it-quantized.w4a16')).toEqual(alone);
  });

  test('the corpus in reverse order gives the same facts as in order', async () => {
    const ids = corpus();
    const forward = await freshClassify();
    const inOrder = ids.map((id) => JSON.stringify(forward(id)));
    const backward = await freshClassify();
    const reversed = [...ids]
      .reverse()
      .map((id) => JSON.stringify(backward(id)))
      .reverse();
    expect(ids.filter((_, index) => inOrder[index] !== reversed[index])).toEqual([]);
    // Twice the corpus, each sheet serialized: seconds on a loaded machine.
  }, 30_000);
});

describe('cached name-only verdicts are the verdicts (#15.5)', () => {
  const ids = ['dev.jsonl', 'unseen.jsonl'].flatMap((file) =>
    readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id),
  );
  const draftOf = (id: string) => {
    const parsed = parseModelInput(id);
    return parsed.ok ? draftFromName(parsed.ref) : null;
  };

  test('for every corpus ID, in order and in reverse, the cached verdicts equal ones computed afresh', () => {
    let compared = 0;
    for (const id of [...ids, ...[...ids].reverse()]) {
      const cached = draftOf(id);
      const fresh = draftOf(id);
      if (!cached || !fresh) continue;
      expect(nameOnlyVerdicts(cached), id).toEqual({ axolotl: axolotlVerdict(fresh), serving: servingVerdicts(fresh) });
      compared++;
    }
    expect(compared).toBeGreaterThan(10_000);
  }, 60_000);
});
