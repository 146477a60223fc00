import { describe, expect, test } from 'vitest';
import { classify } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';
import { compareRows, compareSuggestion } from '../../../lib/present/compare';

// The popup's compare: one row per fact either side has, in badge order, verdicts last, with what differs.

const facts = (id: string, hub?: unknown) => classify(id, hub) as Facts;

describe('compareRows', () => {
  test('a model and its AWQ quantization: the quant and the verdicts differ, the family facts do not', () => {
    const original = facts('Qwen/Qwen2.5-7B-Instruct');
    const awq = facts('Qwen/Qwen2.5-7B-Instruct-AWQ');
    const rows = compareRows(original, awq);
    const byFact = Object.fromEntries(rows.map((row) => [row.fact, row]));
    expect(byFact.category).toMatchObject({ differs: false, left: { value: 'llm' }, right: { value: 'llm' } });
    expect(byFact.quant).toMatchObject({ differs: true, left: null, right: { value: 'awq' } });
    expect(byFact.license).toMatchObject({ differs: false, left: { value: 'open' } });
    // Verdicts come after every other fact, Axolotl first.
    const firstVerdict = rows.findIndex((row) => row.fact === 'axolotl');
    expect(rows.slice(firstVerdict).every((row) => row.fact === 'axolotl' || row.fact.startsWith('serving-'))).toBe(
      true,
    );
    expect(rows.slice(0, firstVerdict).some((row) => row.fact === 'quant')).toBe(true);
  });

  test('the same model twice: nothing differs', () => {
    const a = facts('mistralai/Mixtral-8x7B-Instruct-v0.1');
    expect(compareRows(a, a).every((row) => !row.differs)).toBe(true);
  });

  test('facts only one side has (capabilities, licence) are rows with an empty side', () => {
    const rows = compareRows(facts('Qwen/Qwen3-8B'), facts('someone/plain-model'));
    expect(rows.find((row) => row.fact === 'capabilities')).toMatchObject({
      right: null,
      differs: true,
      left: { value: 'reasoning,tools' },
    });
  });
});

describe('compareSuggestion', () => {
  test.each([
    [
      'Qwen/Qwen2.5-7B-Instruct-AWQ',
      { id: 'Qwen/Qwen2.5-7B-Instruct-AWQ', tags: ['base_model:quantized:Qwen/Qwen2.5-7B-Instruct'] },
      'Qwen/Qwen2.5-7B-Instruct',
    ],
    ['Qwen/Qwen2.5-7B-Instruct', undefined, null],
  ])('%s → %s', (id, hub, suggestion) => {
    expect(compareSuggestion(facts(id, hub))).toBe(suggestion);
  });
});

test("sizes within 1% (the name's 7.62B, the Hub's exact count) are the same size", () => {
  const hub = { id: 'Qwen/Qwen2.5-7B-Instruct', safetensors: { parameters: { BF16: 7615616512 }, total: 7615616512 } };
  const row = compareRows(facts('Qwen/Qwen2.5-7B-Instruct', hub), facts('Qwen/Qwen2.5-7B-Instruct-AWQ')).find(
    (entry) => entry.fact === 'params',
  );
  expect(row?.left?.value).not.toBe(row?.right?.value);
  expect(row?.differs).toBe(false);
  const bigger = compareRows(facts('Qwen/Qwen2.5-7B-Instruct'), facts('Qwen/Qwen2.5-14B-Instruct')).find(
    (entry) => entry.fact === 'params',
  );
  expect(bigger?.differs).toBe(true);
});

describe('memory in the compare', () => {
  test('memory at the chosen context is a row, with the fit verdict when hardware is set', () => {
    const options = {
      contextTokens: 32768,
      kvType: 'f16' as const,
      hardware: { gpuBytes: 12e9, gpus: 1, ramBytes: 32e9, unified: false },
    };
    const original = classify('Qwen/Qwen2.5-7B-Instruct', undefined, options) as Facts;
    const awq = classify('Qwen/Qwen2.5-7B-Instruct-AWQ', undefined, options) as Facts;
    const byFact = Object.fromEntries(compareRows(original, awq).map((row) => [row.fact, row]));
    expect(byFact.memory).toMatchObject({
      differs: true,
      left: { value: String(original.memory!.inferenceBytes), data: { context: '32768' } },
      right: { value: String(awq.memory!.inferenceBytes), data: { context: '32768' } },
    });
    expect(Number(byFact.memory!.left!.value)).toBeGreaterThan(Number(byFact.memory!.right!.value));
    expect(byFact.fit).toMatchObject({ differs: true, left: { value: 'offload' }, right: { value: 'gpu' } });
    // Without hardware: memory, no fit row.
    const plain = compareRows(facts('Qwen/Qwen2.5-7B-Instruct'), facts('Qwen/Qwen2.5-7B-Instruct-AWQ'));
    expect(plain.some((row) => row.fact === 'memory')).toBe(true);
    expect(plain.some((row) => row.fact === 'fit')).toBe(false);
  });

  test('memory figures within 5 % at the same context are the same need; at other contexts they differ', () => {
    const at = (id: string, contextTokens: number) => classify(id, undefined, { contextTokens }) as Facts;
    const row = (a: Facts, b: Facts) => compareRows(a, b).find((entry) => entry.fact === 'memory')!;
    expect(
      row(at('meta-llama/Llama-3.1-8B-Instruct', 8192), at('meta-llama/Llama-3.1-8B-Instruct', 8192)).differs,
    ).toBe(false);
    expect(
      row(at('meta-llama/Llama-3.1-8B-Instruct', 8192), at('meta-llama/Llama-3.1-8B-Instruct', 16384)).differs,
    ).toBe(true);
  });
});
