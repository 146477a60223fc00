import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { PLAUSIBLE, readHubInfo } from '../../../lib/hub/hub-info';

// #13 item 7: implausible numeric Hub fields are treated as missing, with the reason in the evidence. Every numeric
// field the readers take: safetensors.total, safetensors.parameters.*, gguf.total, gguf.context_length, numParameters.

const FIELDS: {
  name: string;
  put: (value: unknown) => Record<string, unknown>;
  read: (info: NonNullable<ReturnType<typeof readHubInfo>>) => number | null | undefined;
  max: number;
}[] = [
  {
    name: 'safetensors.total',
    put: (value) => ({ safetensors: { total: value, parameters: { BF16: 8e9 } } }),
    read: (info) => info.safetensors?.total,
    max: PLAUSIBLE.parameters,
  },
  {
    name: 'safetensors.parameters.BF16',
    put: (value) => ({ safetensors: { total: 8e9, parameters: { BF16: value } } }),
    read: (info) => info.safetensors?.dtypes.BF16,
    max: PLAUSIBLE.parameters,
  },
  {
    name: 'gguf.total',
    put: (value) => ({ gguf: { total: value, architecture: 'llama' } }),
    read: (info) => info.gguf?.total,
    max: PLAUSIBLE.parameters,
  },
  {
    name: 'gguf.context_length',
    put: (value) => ({ gguf: { total: 8e9, context_length: value } }),
    read: (info) => info.gguf?.contextLength,
    max: PLAUSIBLE.contextTokens,
  },
  {
    name: 'numParameters',
    put: (value) => ({ numParameters: value }),
    read: (info) => info.numParameters,
    max: PLAUSIBLE.parameters,
  },
];

const absurd = fc.oneof(
  fc.constantFrom(
    1e308,
    Number.MAX_VALUE,
    Infinity,
    -Infinity,
    Number.NaN,
    -1,
    0,
    -1e12,
    '8000000000',
    null,
    true,
    [],
    {},
  ),
  fc.double({ min: 1e13 + 1, max: 1e300, noNaN: true }),
  fc.double({ max: 0, noNaN: true }),
);

describe('numeric Hub fields', () => {
  test.each(FIELDS.map((field) => [field.name, field] as const))(
    '%s: absurd values read as missing, plausible ones kept',
    (_name, field) => {
      fc.assert(
        fc.property(absurd, (value) => {
          const info = readHubInfo({ id: 'org/Model-8B', ...field.put(value) })!;
          expect(field.read(info) ?? null).toBeNull();
          if (value !== null) expect(info.implausible.map((entry) => entry.field)).toContain(field.name);
        }),
        { numRuns: 100 },
      );
      fc.assert(
        fc.property(fc.integer({ min: 1, max: Math.min(field.max, Number.MAX_SAFE_INTEGER) }), (value) => {
          const info = readHubInfo({ id: 'org/Model-8B', ...field.put(value) })!;
          expect(field.read(info)).toBe(value);
          expect(info.implausible).toEqual([]);
        }),
        { numRuns: 100 },
      );
    },
  );

  test("safetensors.total 1e308 (the attack's page): no size from it, the reason in the evidence, no QLoRA figure in exabytes", () => {
    const facts = classify('attacker/Model', {
      id: 'attacker/Model',
      safetensors: { total: 1e308, parameters: { BF16: 1e308 } },
      config: { architectures: ['LlamaForCausalLM'], model_type: 'llama' },
    });
    if (isClassifyError(facts)) throw new Error(facts.error);
    expect(facts.params.total).toBeNull();
    expect(facts.memory).toBeNull();
    expect(facts.evidence.filter((evidence) => evidence.field === 'params').map((evidence) => evidence.key)).toContain(
      'evidence_hub_implausible_large',
    );
  });

  test('any numbers in any field never give a non-finite or negative memory figure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.oneof(absurd, fc.double({ noNaN: false })), (field, value) => {
        const facts = classify('meta-llama/Llama-3.1-8B', { id: 'meta-llama/Llama-3.1-8B', ...field.put(value) });
        if (isClassifyError(facts)) throw new Error(facts.error);
        const memory = facts.memory;
        if (facts.params.total !== null) expect(facts.params.total).toBeLessThanOrEqual(PLAUSIBLE.parameters);
        if (memory)
          for (const figure of [memory.weightsBytes, memory.inferenceBytes, memory.kvBytes])
            if (figure !== null) expect(Number.isFinite(figure) && figure >= 0).toBe(true);
        if (facts.maxContext !== null) expect(facts.maxContext).toBeLessThanOrEqual(PLAUSIBLE.contextTokens);
      }),
      { numRuns: 200 },
    );
  });
});
