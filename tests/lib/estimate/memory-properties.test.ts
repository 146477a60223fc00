import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { fitOf } from '../../../lib/estimate/fit';
import { KV_CACHE_TYPES, type HardwareProfile, type MemoryOptions } from '../../../lib/facts/memory';

// Properties: memory grows with context, is never negative or NaN, never "fits" when it does not, and absurd inputs
// give null rather than nonsense.

const IDS = [
  'meta-llama/Llama-3.1-8B-Instruct',
  'google/gemma-3-27b-it',
  'openai/gpt-oss-20b',
  'deepseek-ai/DeepSeek-V3',
  'Qwen/Qwen3-30B-A3B',
  'mistralai/Mixtral-8x22B-v0.1',
  'meta-llama/Llama-4-Scout-17B-16E-Instruct',
  'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
  'Qwen/Qwen2.5-7B-Instruct-AWQ',
  'microsoft/Phi-3.5-mini-instruct',
  'SomeOrg/Unknown-Model-13B',
  'google/gemma-2-2b-it',
];
const memoryOf = (id: string, options: MemoryOptions) => {
  const facts = classify(id, undefined, options);
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts.memory!;
};
const hardware = fc.record({
  gpuBytes: fc.double({ min: 1e9, max: 200e9, noNaN: true }),
  gpus: fc.integer({ min: 1, max: 8 }),
  ramBytes: fc.double({ min: 0, max: 1e12, noNaN: true }),
  unified: fc.boolean(),
});

describe('memory properties', () => {
  test('grows with context and never goes negative, for every KV type', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.integer({ min: 256, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(...KV_CACHE_TYPES),
        (id, a, b, kvType) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const low = memoryOf(id, { contextTokens: small, kvType });
          const high = memoryOf(id, { contextTokens: large, kvType });
          for (const memory of [low, high]) {
            for (const value of [
              memory.weightsBytes,
              memory.kvBytes,
              memory.inferenceBytes,
              memory.overheadBytes,
              memory.kvBytesPerToken,
              memory.downloadBytes,
            ]) {
              if (value !== null) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
            }
          }
          expect(high.inferenceBytes!).toBeGreaterThanOrEqual(low.inferenceBytes!);
          expect(high.contextTokens).toBeGreaterThanOrEqual(low.contextTokens);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a smaller KV type never needs more memory', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.integer({ min: 256, max: 200_000 }), (id, contextTokens) => {
        const [f16, q8, q4] = KV_CACHE_TYPES.map((kvType) => memoryOf(id, { contextTokens, kvType }).inferenceBytes!);
        expect(q8).toBeLessThanOrEqual(f16!);
        expect(q4).toBeLessThanOrEqual(q8!);
      }),
      { numRuns: 60 },
    );
  });

  test('never "fits" on the GPU when it needs more than the GPUs have; offload only within GPU + RAM', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.integer({ min: 256, max: 500_000 }),
        hardware,
        (id, contextTokens, profile: HardwareProfile) => {
          const memory = memoryOf(id, { contextTokens, hardware: profile });
          const fit = memory.fit!;
          const gpuTotal = profile.gpuBytes * profile.gpus;
          expect(fit.neededBytes).toBeGreaterThanOrEqual(memory.inferenceBytes!);
          if (fit.verdict === 'gpu') expect(fit.neededBytes).toBeLessThanOrEqual(gpuTotal);
          if (fit.verdict === 'offload') {
            expect(profile.unified).toBe(false);
            expect(fit.neededBytes).toBeGreaterThan(gpuTotal);
            expect(fit.neededBytes).toBeLessThanOrEqual(gpuTotal + profile.ramBytes);
            // Whole bytes, rounded against fitting: within one byte of the exact difference.
            expect(Math.abs(fit.offloadBytes - (fit.neededBytes - gpuTotal))).toBeLessThanOrEqual(1);
          }
          if (fit.verdict === 'no') expect(fit.neededBytes).toBeGreaterThan(gpuTotal);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('absurd options give sane figures: context and KV type fall back to their defaults, absurd hardware never fits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.oneof(fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-1), fc.constant(1e308)),
        (id, absurd) => {
          const memory = memoryOf(id, {
            contextTokens: absurd,
            kvType: 'q3' as never,
            hardware: {
              gpuBytes: Number.isFinite(absurd) ? Math.min(absurd, 0) : 0,
              gpus: 1,
              ramBytes: 0,
              unified: false,
            },
          });
          expect(memory.contextTokens).toBeLessThanOrEqual(8192);
          expect(memory.kvType).toBe('f16');
          expect(memory.fit?.verdict).toBe('no');
        },
      ),
      { numRuns: 40 },
    );
    expect(fitOf(Number.NaN, { gpuBytes: 24e9, gpus: 1, ramBytes: 0, unified: false })).toBeNull();
    expect(fitOf(null, { gpuBytes: 24e9, gpus: 1, ramBytes: 0, unified: false })).toBeNull();
  });
});

describe('fit and training verdicts (table)', () => {
  const GB = 1e9;
  test.each([
    // id, context, vram GB, gpus, ram GB, unified, verdict
    ['meta-llama/Llama-3.1-8B-Instruct', 8192, 24, 1, 0, false, 'gpu'],
    ['meta-llama/Llama-3.1-8B-Instruct', 8192, 16, 1, 0, false, 'no'],
    ['meta-llama/Llama-3.1-8B-Instruct', 8192, 16, 1, 32, false, 'offload'],
    ['meta-llama/Llama-3.1-8B-Instruct', 131072, 24, 1, 0, false, 'no'],
    ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', 8192, 8, 1, 0, false, 'gpu'],
    ['openai/gpt-oss-20b', 32768, 16, 1, 0, false, 'gpu'],
    // 13.8 GB of weights + 3.1 GB of KV cache at 128k + buffers: more than 16 GB.
    ['openai/gpt-oss-20b', 131072, 16, 1, 0, false, 'no'],
    ['openai/gpt-oss-120b', 8192, 80, 1, 0, false, 'gpu'],
    ['openai/gpt-oss-120b', 8192, 24, 2, 0, false, 'no'],
    ['meta-llama/Llama-3.1-70B-Instruct', 8192, 80, 2, 0, false, 'gpu'],
    ['meta-llama/Llama-3.1-70B-Instruct', 8192, 128, 1, 0, true, 'no'],
    ['deepseek-ai/DeepSeek-V3', 8192, 80, 8, 0, false, 'no'],
  ] as const)(
    '%s at %s tokens on %s GB × %s (+%s GB RAM, unified %s): %s',
    (id, contextTokens, vram, gpus, ram, unified, verdict) => {
      expect(
        memoryOf(id, { contextTokens, hardware: { gpuBytes: vram * GB, gpus, ramBytes: ram * GB, unified } }).fit
          ?.verdict,
      ).toBe(verdict);
    },
  );

  test('training follows the Axolotl route: none for GGUF without a base; QLoRA of the base for AWQ; all three for a trainable repo', () => {
    expect(memoryOf('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', {}).training).toBeNull();
    const awq = JSON.parse(
      require('node:fs').readFileSync('tests/fixtures/api/Qwen--Qwen2.5-7B-Instruct-AWQ.json', 'utf8'),
    );
    const facts = classify(awq.id, awq, { hardware: { gpuBytes: 24 * GB, gpus: 1, ramBytes: 0, unified: false } });
    if (isClassifyError(facts)) throw new Error(facts.error);
    expect(facts.memory!.training).toMatchObject({
      model: 'Qwen/Qwen2.5-7B-Instruct',
      full: null,
      lora: null,
      fit: { qlora: 'gpu', full: null, lora: null },
    });
    const trainable = memoryOf('meta-llama/Llama-3.1-8B-Instruct', {}).training!;
    expect(trainable.full! > trainable.lora! && trainable.lora! > trainable.qlora!).toBe(true);
    expect(memoryOf('openai/whisper-large-v3', {}).training).toBeNull();
  });
});

describe('what the KV cache allowance applies to', () => {
  test('an embedder or a vision encoder has no KV cache growing with context; an LLM without known shapes gets the 20 % allowance, said in the basis', () => {
    const embedder = memoryOf('BAAI/bge-m3', { contextTokens: 8192 });
    expect(embedder.kvBytes).toBeNull();
    expect(embedder.inferenceBytes).toBe(embedder.weightsBytes! + embedder.overheadBytes);
    expect(embedder.basis.map((message) => message.key)).toContain('memory_kv_not_generative');
    const unknown = memoryOf('SomeOrg/Unknown-Model-13B', {});
    expect(unknown.kvBytes).toBeNull();
    expect(unknown.inferenceBytes).toBeCloseTo(unknown.weightsBytes! * 1.2 + unknown.overheadBytes, 0);
    expect(unknown.basis.map((message) => message.key)).toContain('memory_kv_unknown');
  });
});
