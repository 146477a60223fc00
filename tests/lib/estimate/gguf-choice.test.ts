import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { HardwareProfile, MemoryFacts, MemoryOptions } from '../../../lib/facts/memory';
import { ggufOptions } from '../../../lib/estimate/gguf-choice';
import { GGUF_LEVELS } from '../../../lib/knowledge/gguf-levels';

// A GGUF repo's files, each estimated, and the one the figures (and the fit badge) are for: the largest that fits on
// the GPU, else the smallest; without a profile the repo's own level, else Q4_K_M. Paths as bartowski's
// Meta-Llama-3.1-8B-Instruct-GGUF page lists them (tests/fixtures/pages/model-files--bartowski--…-GGUF.html).

const ID = 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF';
const LEVELS = ['IQ2_M', 'Q3_K_M', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'f16'];
const PATHS = [
  ...LEVELS.map((level) => `Meta-Llama-3.1-8B-Instruct-${level}.gguf`),
  'Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf',
  'Meta-Llama-3.1-8B-Instruct-Q8_0-00002-of-00002.gguf',
  'mmproj-Meta-Llama-3.1-8B-Instruct-f16.gguf',
];
const gpu = (gb: number, ramGB = 0): HardwareProfile => ({
  gpuBytes: gb * 1e9,
  gpus: 1,
  ramBytes: ramGB * 1e9,
  unified: false,
});

function memoryOf(options: MemoryOptions): MemoryFacts {
  const facts = classify(ID, undefined, { contextTokens: 8192, kvType: 'f16', ggufFiles: PATHS, ...options });
  if (isClassifyError(facts) || !facts.memory) throw new Error('no memory');
  return facts.memory;
}

describe('the file a GGUF repo is estimated for', () => {
  test.each([
    // GPU GB, RAM GB, file level, reason, verdict
    [24, 64, 'F16', 'best', 'gpu'],
    [12, 64, 'Q8_0', 'best', 'gpu'],
    [8, 64, 'Q5_K_M', 'best', 'gpu'],
    [6, 64, 'Q3_K_M', 'best', 'gpu'],
    [3, 64, 'IQ2_M', 'smallest', 'offload'],
    [3, 0, 'IQ2_M', 'smallest', 'no'],
  ] as const)('%s GB GPU, %s GB RAM: %s (%s, %s)', (gb, ram, level, reason, verdict) => {
    const memory = memoryOf({ hardware: gpu(gb, ram) });
    expect(memory.file).toMatchObject({ level, reason, exact: false, of: 8 });
    expect(memory.fit?.verdict).toBe(verdict);
    // The figures are the chosen file's: weights = its bytes.
    expect(memory.weightsBytes).toBe(memory.file!.bytes);
  });

  test('the chosen file is the largest whose figures fit: the next larger one does not', () => {
    for (const gb of [6, 8, 12, 16, 24]) {
      const memory = memoryOf({ hardware: gpu(gb) });
      expect(memory.fit?.verdict).toBe('gpu');
      expect(memory.fit!.neededBytes).toBeLessThanOrEqual(gb * 1e9);
    }
  });

  test('without a profile: the Q4_K_M file, named as a default', () => {
    const memory = memoryOf({});
    expect(memory.file).toMatchObject({ level: 'Q4_K_M', reason: 'default' });
    expect(memory.fit).toBeNull();
    expect(memory.basis[0]).toMatchObject({ key: 'memory2_file_default' });
  });

  test('exact sizes from the files beat the estimate; a split model is its parts summed', () => {
    const files = [
      { path: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', bytes: 4.92e9 },
      { path: 'Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf', bytes: 4.27e9 },
      { path: 'Meta-Llama-3.1-8B-Instruct-Q8_0-00002-of-00002.gguf', bytes: 4.27e9 },
    ];
    const options = ggufOptions(PATHS, files, 8.03e9);
    const byKey = Object.fromEntries(options.models.map((model) => [model.key, model]));
    expect(byKey['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf']).toMatchObject({ bytes: 4.92e9, exact: true, parts: 1 });
    expect(byKey['Meta-Llama-3.1-8B-Instruct-Q8_0-of-00002.gguf']).toMatchObject({
      bytes: 8.54e9,
      exact: true,
      parts: 2,
    });
    // Estimated: parameters × the level's bits per weight.
    const q6 = GGUF_LEVELS.find((level) => level.name === 'Q6_K')!;
    expect(byKey['Meta-Llama-3.1-8B-Instruct-Q6_K.gguf']).toMatchObject({ bytes: (8.03e9 * q6.bpw) / 8, exact: false });
  });

  test('a split model with a part missing from the sizes is estimated whole, never half', () => {
    const options = ggufOptions(
      PATHS,
      [{ path: 'Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf', bytes: 4.27e9 }],
      8.03e9,
    );
    const split = options.models.find((model) => model.key.endsWith('Q8_0-of-00002.gguf'))!;
    expect(split.exact).toBe(false);
    expect(split.bytes).toBeGreaterThan(8e9);
  });

  test('a projector is not a model: never chosen, added to the model when its size is known', () => {
    const options = ggufOptions(PATHS, [{ path: 'mmproj-Meta-Llama-3.1-8B-Instruct-f16.gguf', bytes: 0.6e9 }], 8.03e9);
    expect(options.models.some((model) => model.key.startsWith('mmproj'))).toBe(false);
    expect(options.projector).toEqual({ path: 'mmproj-Meta-Llama-3.1-8B-Instruct-f16.gguf', bytes: 0.6e9 });
    const memory = memoryOf({
      hardware: gpu(24),
      files: [{ path: 'mmproj-Meta-Llama-3.1-8B-Instruct-f16.gguf', bytes: 0.6e9 }],
    });
    expect(memory.projectorBytes).toBe(0.6e9);
    expect(memory.inferenceBytes).toBeGreaterThan(memory.weightsBytes! + 0.6e9);
  });

  test('no parameter count and no sizes: no file to estimate, the name-based figures stand', () => {
    expect(ggufOptions(['model-Q4_K_M.gguf'], [], null).models).toEqual([]);
  });

  test('a file named in the input keeps its own figures (the Files tab, a file URL)', () => {
    const facts = classify(`${ID}/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf`, undefined, {
      ggufFiles: PATHS,
      hardware: gpu(24),
    });
    if (isClassifyError(facts)) throw new Error(facts.error);
    expect(facts.memory?.file).toBeUndefined();
  });
});

// The Files tab's sizes of bartowski/Meta-Llama-3.1-8B-Instruct-GGUF (the fixture page), against the estimate from the
// parameter count (8,030,261,248, the Hub's gguf.total) × each level's bits: within 10 %, and never more than 1 % short
// (a short estimate could call a file that does not fit a fit).
const FILE_SIZES: readonly (readonly [string, string])[] = [
  ['Meta-Llama-3.1-8B-Instruct-IQ2_M.gguf', '2.95 GB'],
  ['Meta-Llama-3.1-8B-Instruct-IQ3_M.gguf', '3.78 GB'],
  ['Meta-Llama-3.1-8B-Instruct-IQ3_XS.gguf', '3.52 GB'],
  ['Meta-Llama-3.1-8B-Instruct-IQ4_XS.gguf', '4.48 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q2_K.gguf', '3.18 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q2_K_L.gguf', '3.7 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q3_K_L.gguf', '4.32 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q3_K_M.gguf', '4.02 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q3_K_S.gguf', '3.66 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q3_K_XL.gguf', '4.79 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q4_0.gguf', '4.66 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q4_K_L.gguf', '5.32 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', '4.92 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q4_K_S.gguf', '4.7 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q5_K_L.gguf', '6.07 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf', '5.73 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q5_K_S.gguf', '5.6 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q6_K.gguf', '6.59 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q6_K_L.gguf', '6.86 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf', '4.27 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q8_0-00002-of-00002.gguf', '4.27 GB'],
  ['Meta-Llama-3.1-8B-Instruct-Q8_0.gguf', '8.54 GB'],
  ['Meta-Llama-3.1-8B-Instruct-UD-Q4_K_XL.gguf', '5.01 GB'],
  ['Meta-Llama-3.1-8B-Instruct-f16.gguf', '16.1 GB'],
  ['Meta-Llama-3.1-8B-Instruct-f32.gguf', '32.1 GB'],
  ['mmproj-Meta-Llama-3.1-8B-Instruct-f16.gguf', '625 MB'],
];
const toBytes = (text: string) =>
  Number(text.split(' ')[0]) * { GB: 1e9, MB: 1e6, kB: 1e3 }[text.split(' ')[1] as 'GB'];

describe('estimated file sizes against the real ones', () => {
  const paths = FILE_SIZES.map(([path]) => path);
  const exact = ggufOptions(
    paths,
    FILE_SIZES.map(([path, size]) => ({ path, bytes: toBytes(size) })),
    8_030_261_248,
  );
  test.each([
    ['with the embedding shapes (128,256 × 4,096, untied)', 2 * 128_256 * 4096],
    ['without shapes', null],
  ] as const)('%s', (_, embeddings) => {
    const estimated = ggufOptions(paths, [], 8_030_261_248, embeddings);
    expect(estimated.models).toHaveLength(exact.models.length);
    for (const model of estimated.models) {
      const real = exact.models.find((entry) => entry.key === model.key)!;
      const error = (model.bytes - real.bytes) / real.bytes;
      expect.soft(Math.abs(error), model.key).toBeLessThan(0.1);
      expect.soft(error, model.key).toBeGreaterThan(-0.01);
    }
  });
});
