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
