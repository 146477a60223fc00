import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import {
  configHasShapes,
  MAX_PROPS_CHARS,
  modelFromHeaderProps,
  modelsFromListProps,
  plainJson,
} from '../../../lib/hub/page-data';

// Issue 13, item 4: one deeply nested field in a page's embedded data removed every badge (the data could not cross
// the message boundary), and a 20 MB string held the page. Page data is reduced before it is sent anywhere.

const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const header = (model: string): string => `{"model":${model}}`;
/** What crossing a message boundary does (runtime.sendMessage serialises as JSON). */
const crossesBoundary = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('a header with a hostile field keeps the rest of its data', () => {
  test('20,000 levels of nesting in one field', () => {
    const model = modelFromHeaderProps(
      header(
        `{"id":"Qwen/Qwen2.5-7B-Instruct","pipeline_tag":"text-generation","cardData":${nested(20_000)},"config":{"model_type":"qwen2","architectures":["Qwen2ForCausalLM"]}}`,
      ),
    );
    expect(model).not.toBeNull();
    const sent = crossesBoundary(model) as Record<string, unknown>;
    expect(sent.pipeline_tag).toBe('text-generation');
    const facts = classify('Qwen/Qwen2.5-7B-Instruct', sent);
    expect(isClassifyError(facts)).toBe(false);
    if (!isClassifyError(facts)) expect(facts.category).toBe('llm');
  });

  test('a 20 MB string field is dropped, the others kept', () => {
    const big = 'x'.repeat(20_000_000);
    const model = modelFromHeaderProps(header(`{"id":"a/b","pipeline_tag":"${big}","library_name":"transformers"}`));
    // The whole attribute is over the size read at all: nothing is parsed (no long task), the API is asked instead.
    expect(model).toBeNull();
    const inside = plainJson({ id: 'a/b', pipeline_tag: 'y'.repeat(100_000), library_name: 'transformers' }) as Record<
      string,
      unknown
    >;
    expect(inside).toEqual({ id: 'a/b', library_name: 'transformers' });
  });

  test('attributes over the limit are not parsed', () => {
    const padded = header(`{"id":"a/b","x":"${'y'.repeat(MAX_PROPS_CHARS)}"}`);
    expect(modelFromHeaderProps(padded)).toBeNull();
  });

  test('only the fields Model Lens reads are kept', () => {
    const model = modelFromHeaderProps(
      header('{"id":"a/b","tags":["gguf"],"widgetData":[{"text":"hi"}],"spaces":["x/y"]}'),
    );
    expect(model).toEqual({ id: 'a/b', tags: ['gguf'] });
  });
});

describe('a listing with one bad entry loses only that entry', () => {
  test('deep nesting in the third of five models', () => {
    const entries = [1, 2, 3, 4, 5].map((n) =>
      n === 3
        ? `{"id":"org/m${n}","pipeline_tag":"text-generation","config":${nested(20_000)}}`
        : `{"id":"org/m${n}","pipeline_tag":"text-generation"}`,
    );
    const models = modelsFromListProps(`{"initialValues":{"models":[${entries.join(',')}]}}`);
    expect([...models.keys()]).toEqual(['org/m1', 'org/m2', 'org/m3', 'org/m4', 'org/m5']);
    const sent = crossesBoundary([...models.values()]) as Record<string, unknown>[];
    expect(sent.map((model) => model.pipeline_tag)).toEqual(Array(5).fill('text-generation'));
  });

  test('entries that are not models are skipped', () => {
    const models = modelsFromListProps('{"models":[null,1,"x",{"id":5},{"id":"a/b"},[{"id":"c/d"}]]}');
    expect([...models.keys()]).toEqual(['a/b']);
  });
});

describe('plainJson', () => {
  test.each([
    [
      { a: 1, b: 'x', c: [true, null] },
      { a: 1, b: 'x', c: [true, null] },
    ],
    [{ a: Number.NaN, b: Infinity, c: () => 1, d: undefined }, {}],
    [Array.from({ length: 5000 }, (_, i) => i), Array.from({ length: 1000 }, (_, i) => i)],
  ])('%#', (input, expected) => {
    expect(plainJson(input)).toEqual(expected);
  });

  test('never throws on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(() => plainJson(hostile)).not.toThrow();
  });
});

describe('configHasShapes', () => {
  test.each([
    [{ num_hidden_layers: 32, hidden_size: 4096 }, true],
    [{ text_config: { num_hidden_layers: 32, hidden_size: 4096 } }, true],
    [{ architectures: ['LlamaForCausalLM'], model_type: 'llama' }, false],
    [null, false],
  ])('%j → %s', (config, expected) => {
    expect(configHasShapes(config)).toBe(expected);
  });
});
