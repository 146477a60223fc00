import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { isSchemaValid } from '../../support/schema-check';

// Untrusted text in, schema-valid facts (or an error object) out: never a throw, the same answer twice.

const hubLike = fc.record({
  id: fc.string({ maxLength: 40 }),
  pipeline_tag: fc.option(
    fc.constantFrom('text-generation', 'image-text-to-text', 'feature-extraction', 'nonsense', ''),
    { nil: undefined },
  ),
  tags: fc.option(
    fc.array(
      fc.oneof(
        fc.constantFrom('gguf', 'gptq', 'awq', '4-bit', 'lora', 'base_model:quantized:a/b', 'base_model:adapter:x/y'),
        fc.string(),
      ),
      { maxLength: 6 },
    ),
    { nil: undefined },
  ),
  config: fc.option(
    fc.oneof(
      fc.constant({}),
      fc.record({
        architectures: fc.array(fc.string({ maxLength: 30 }), { maxLength: 2 }),
        model_type: fc.string({ maxLength: 10 }),
      }),
    ),
    { nil: undefined },
  ),
  safetensors: fc.option(
    fc.record({
      total: fc.oneof(fc.integer(), fc.double()),
      parameters: fc.dictionary(fc.string({ maxLength: 4 }), fc.integer()),
    }),
    { nil: undefined },
  ),
  gguf: fc.option(
    fc.record({ total: fc.oneof(fc.integer(), fc.constant(Number.NaN)), architecture: fc.string({ maxLength: 8 }) }),
    { nil: undefined },
  ),
});

const nameLike = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,60}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,60})?$/);

describe('classify on arbitrary input', () => {
  test('any string up to 10,000 characters: no throw, schema-valid, deterministic', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 10_000 }), fc.string({ unit: 'binary', maxLength: 2_000 }), nameLike),
        (input) => {
          const first = classify(input);
          expect(isSchemaValid(first)).toBe(true);
          expect(classify(input)).toEqual(first);
        },
      ),
      { numRuns: 600 },
    );
  });

  test('model-like names with arbitrary Hub JSON: no throw, schema-valid, deterministic', () => {
    fc.assert(
      fc.property(nameLike, fc.oneof(hubLike, fc.anything()), (input, hub) => {
        const first = classify(input, hub);
        expect(isSchemaValid(first)).toBe(true);
        expect(classify(input, hub)).toEqual(first);
      }),
      { numRuns: 600 },
    );
  });

  // Knowledge tables are object literals: a name token or Hub value such as `constructor` must find nothing in them.
  test("Object's property names in every string of the name and the Hub JSON are unknown words, never an error", () => {
    const inherited = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name');
    const word = fc.oneof(inherited, fc.constantFrom('gguf', 'awq', 'text-generation', 'LlamaForCausalLM', 'llama'));
    const hub = fc.record({
      id: fc.tuple(inherited, inherited).map(([org, name]) => `${org}/${name}`),
      pipeline_tag: word,
      library_name: word,
      tags: fc.array(
        fc.oneof(
          word,
          inherited.map((value) => `base_model:${value}:a/b`),
        ),
        { maxLength: 4 },
      ),
      config: fc.record({
        architectures: fc.array(word, { maxLength: 2 }),
        model_type: word,
        quantization_config: fc.record({ quant_method: word }),
      }),
      gguf: fc.record({ total: fc.integer({ min: 1, max: 1e11 }), architecture: word }),
      safetensors: fc.record({
        total: fc.integer({ min: 1, max: 1e11 }),
        parameters: fc.dictionary(word, fc.integer({ min: 1, max: 1e11 })),
      }),
    });
    const name = fc
      .array(fc.oneof(inherited, fc.constantFrom('llama', '7B', 'Instruct', 'Q4_K_M', 'gguf', 'v1')), {
        minLength: 1,
        maxLength: 5,
      })
      .map((parts) => parts.join('-'));
    fc.assert(
      fc.property(name, fc.option(hub, { nil: undefined }), (input, hubInfo) => {
        const result = classify(input, hubInfo);
        expect(isClassifyError(result) ? result.error : null).toBeNull();
        expect(isSchemaValid(result)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  test('every non-null fact has evidence', () => {
    fc.assert(
      fc.property(nameLike, (input) => {
        const result = classify(input);
        if (isClassifyError(result)) return;
        const fields = new Set(result.evidence.map((evidence) => evidence.field));
        if (result.category !== 'unknown') expect(fields.has('category')).toBe(true);
        if (result.stage) expect(fields.has('stage')).toBe(true);
        if (result.quant.format) expect(fields.has('quant')).toBe(true);
        if (result.params.total !== null || result.params.active !== null) expect(fields.has('params')).toBe(true);
        if (result.family) expect(fields.has('family')).toBe(true);
        for (const field of ['alignment', 'finetune', 'modality', 'purpose'] as const)
          if (result[field].length > 0) expect(fields.has(field)).toBe(true);
        expect(fields.has('axolotl')).toBe(true);
        expect(fields.has('serving-vllm')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
