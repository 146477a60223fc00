import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { MemoryOptions } from '../../../lib/facts/memory';
import { ggufModels } from '../../../lib/estimate/weights';

// Weights against real sizes. "Real" means: a size stated by the publisher (model card), or the Hub's file listing as
// recalled (not re-checked here: the Hub is unreachable); the fixtures' own file sizes are made up and not used.
// Within 2 % from files and dtype counts, within 10 % from the name.

const api = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/api/${name}.json`, 'utf8'));
const memoryOf = (id: string, hub?: unknown, options: MemoryOptions = {}) => {
  const facts = classify(id, hub, options);
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts.memory!;
};
const near = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(tolerance);

describe('weights from the Hub dtype counts (fixtures: counts as the Hub reports them)', () => {
  test.each([
    // fixture, real size in GB, where the real size comes from
    ['openai--gpt-oss-120b', 65.25, 'model card Table 1: 60.77 GiB (MXFP4 experts; U8 counts unpacked by the Hub)'],
    ['deepseek-ai--DeepSeek-V3', 688.6, 'README: 685B parameters in FP8 + BF16, 163 shards (recalled)'],
    ['Qwen--Qwen2.5-7B-Instruct-AWQ', 5.58, 'Hub file listing, 2 shards (recalled)'],
    ['hugging-quants--Meta-Llama-3.1-8B-Instruct-AWQ-INT4', 5.73, 'Hub file listing (recalled)'],
    ['unsloth--Meta-Llama-3.1-8B-Instruct-bnb-4bit', 5.7, 'Hub file listing (recalled)'],
    ['mlx-community--Meta-Llama-3.1-8B-Instruct-4bit', 4.52, 'Hub file listing (recalled)'],
    ['meta-llama--Llama-3.1-8B-Instruct', 16.06, '4 shards, 16.06 GB (recalled)'],
    ['neuralmagic--Meta-Llama-3.1-8B-Instruct-FP8', 9.08, 'Hub file listing (recalled)'],
  ] as const)('%s ≈ %s GB (%s)', (fixture, gigabytes, _where) => {
    const hub = api(fixture) as { id: string };
    const memory = memoryOf(hub.id, hub);
    expect(memory.weightsSource).toBe('hub-dtypes');
    near(memory.weightsBytes! / 1e9, gigabytes, 0.02);
  });
});

describe('weights from files', () => {
  const gemmaFiles = [
    { path: 'google_gemma-3-27b-it-Q4_K_M.gguf', bytes: 16_546_689_344 },
    { path: 'google_gemma-3-27b-it-Q8_0.gguf', bytes: 28_712_312_032 },
    { path: 'google_gemma-3-27b-it-bf16/google_gemma-3-27b-it-bf16-00001-of-00002.gguf', bytes: 39_000_000_000 },
    { path: 'google_gemma-3-27b-it-bf16/google_gemma-3-27b-it-bf16-00002-of-00002.gguf', bytes: 15_030_000_000 },
    { path: 'mmproj-google_gemma-3-27b-it-f16.gguf', bytes: 857_924_736 },
    { path: 'mmproj-google_gemma-3-27b-it-f32.gguf', bytes: 1_710_000_000 },
  ];

  test('a GGUF repo: the Q4_K_M file (the usual pick), its projector added beside it, never as the model', () => {
    const memory = memoryOf('bartowski/google_gemma-3-27b-it-GGUF', undefined, { files: gemmaFiles });
    expect(memory.weightsSource).toBe('file');
    expect(memory.weightsBytes).toBe(16_546_689_344);
    expect(memory.projectorBytes).toBe(857_924_736);
    expect(memory.downloadBytes).toBe(16_546_689_344 + 857_924_736);
    expect(memory.inferenceBytes!).toBeGreaterThan(memory.weightsBytes! + memory.projectorBytes! + memory.kvBytes!);
  });

  test('a named level is that file', () => {
    const memory = memoryOf('bartowski/google_gemma-3-27b-it-GGUF/google_gemma-3-27b-it-Q8_0.gguf', undefined, {
      files: gemmaFiles,
    });
    expect(memory.weightsBytes).toBe(28_712_312_032);
  });

  test('split shards summed', () => {
    const files = [
      { path: 'qwen2.5-7b-instruct-q8_0-00001-of-00002.gguf', bytes: 3_990_000_000 },
      { path: 'qwen2.5-7b-instruct-q8_0-00002-of-00002.gguf', bytes: 4_110_000_000 },
      { path: 'qwen2.5-7b-instruct-q4_k_m.gguf', bytes: 4_680_000_000 },
    ];
    const memory = memoryOf('Qwen/Qwen2.5-7B-Instruct-GGUF/qwen2.5-7b-instruct-q8_0-00001-of-00002.gguf', undefined, {
      files,
    });
    expect(memory.weightsBytes).toBe(8_100_000_000);
  });

  test('an mmproj file is a projector of a few hundred MB, not the 27B model', () => {
    const withFile = memoryOf('bartowski/google_gemma-3-27b-it-GGUF/mmproj-google_gemma-3-27b-it-f16.gguf', undefined, {
      files: gemmaFiles,
    });
    expect(withFile.weightsBytes).toBe(857_924_736);
    expect(withFile.kvBytes).toBeNull();
    const facts = classify('mmproj-google_gemma-3-27b-it-f16.gguf');
    expect(isClassifyError(facts) ? 'error' : facts.memory).toBeNull();
  });

  test('safetensors shards summed; consolidated copies and subfolders left out', () => {
    const memory = memoryOf('mistralai/Mistral-7B-Instruct-v0.3', undefined, {
      files: [
        { path: 'model-00001-of-00003.safetensors', bytes: 4_949_453_792 },
        { path: 'model-00002-of-00003.safetensors', bytes: 4_999_819_336 },
        { path: 'model-00003-of-00003.safetensors', bytes: 4_546_807_800 },
        { path: 'consolidated.safetensors', bytes: 14_496_078_512 },
        { path: 'original/consolidated.00.pth', bytes: 14_496_078_512 },
      ],
    });
    expect(memory.weightsSource).toBe('file');
    expect(memory.weightsBytes).toBe(4_949_453_792 + 4_999_819_336 + 4_546_807_800);
  });

  test('absurd file sizes are ignored (the next evidence decides)', () => {
    const memory = memoryOf('meta-llama/Llama-3.1-8B', undefined, {
      files: [
        { path: 'model.safetensors', bytes: 1e308 },
        { path: 'x.safetensors', bytes: -5 },
      ],
    });
    expect(memory.weightsSource).toBe('name');
  });
});

describe('weights from the family release format and from the name', () => {
  test.each([
    // id, GB real, source expected, where the real size comes from
    ['openai/gpt-oss-20b', 13.77, 'family', 'model card Table 1: 12.82 GiB'],
    ['openai/gpt-oss-120b', 65.25, 'family', 'model card Table 1: 60.77 GiB'],
    ['deepseek-ai/DeepSeek-V3', 688.6, 'family', 'FP8 checkpoint'],
    [
      'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
      4.92,
      'name',
      'Hub file listing: 4.92 GB (recalled)',
    ],
    [
      'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q8_0.gguf',
      8.54,
      'name',
      'Hub file listing: 8.54 GB (recalled)',
    ],
    [
      'bartowski/google_gemma-3-27b-it-GGUF/google_gemma-3-27b-it-Q4_K_M.gguf',
      16.5,
      'name',
      'Hub file listing: 16.5 GB (recalled)',
    ],
    ['Qwen/Qwen2.5-7B-Instruct', 15.23, 'name', '4 shards, 15.23 GB'],
    // Packed formats quantize the linear layers only: Llama 3's 128K vocabulary keeps 1.05B parameters in 16 bits.
    ['hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4', 5.73, 'name', 'Hub file listing (recalled)'],
    ['Qwen/Qwen2.5-7B-Instruct-AWQ', 5.58, 'name', 'Hub file listing (recalled)'],
    ['unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit', 5.7, 'name', 'Hub file listing (recalled)'],
    ['neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8', 9.08, 'name', 'Hub file listing (recalled)'],
    ['mlx-community/Meta-Llama-3.1-8B-Instruct-4bit', 4.52, 'name', 'Hub file listing (recalled)'],
    ['TheBloke/Llama-2-7B-GPTQ', 3.9, 'name', 'Hub file listing (recalled)'],
  ] as const)('%s ≈ %s GB from the %s (%s)', (id, gigabytes, source, _where) => {
    const memory = memoryOf(id);
    expect(memory.weightsSource).toBe(source);
    near(memory.weightsBytes! / 1e9, gigabytes, source === 'name' ? 0.1 : 0.02);
  });

  test('quantization_config without dtype counts: bits and group size, embeddings and lm_head in 16 bits (hugging-quants AWQ-INT4: 5.73 GB real)', () => {
    const hub = {
      id: 'someone/Llama-3.1-8B-Instruct-AWQ',
      config: {
        architectures: ['LlamaForCausalLM'],
        model_type: 'llama',
        quantization_config: { quant_method: 'awq', bits: 4, group_size: 128 },
      },
    };
    const memory = memoryOf(hub.id, hub);
    expect(memory.weightsSource).toBe('quantization-config');
    near(memory.weightsBytes! / 1e9, 5.73, 0.02);
  });
});

describe('files listed twice', () => {
  test('a split model listed twice by the page (file link and download link) is summed once', () => {
    const part = (index: number) => ({ path: `m-Q8_0-0000${index}-of-00002.gguf`, bytes: 4.27e9 });
    const { models } = ggufModels([part(1), part(2), part(1), part(2)]);
    expect(models).toHaveLength(1);
    expect(models[0]!.bytes).toBe(2 * 4.27e9);
  });
  test('a level held both as one file and split in parts: two models, not one of three files', () => {
    const { models } = ggufModels([
      { path: 'm-Q8_0.gguf', bytes: 8.54e9 },
      { path: 'm-Q8_0-00001-of-00002.gguf', bytes: 4.27e9 },
      { path: 'm-Q8_0-00002-of-00002.gguf', bytes: 4.27e9 },
    ]);
    expect(models.map((model) => model.bytes)).toEqual([8.54e9, 2 * 4.27e9]);
  });
});
