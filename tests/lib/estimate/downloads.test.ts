import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts, PageFacts } from '../../../lib/facts/schema';
import type { MemoryOptions } from '../../../lib/facts/memory';

// What a user downloads per precision: a GGUF repo's every ready file, or the repo's own weights beside the model's
// BF16 and FP8 sizes; and DeepSeek-V2-Lite read as the 15.7B release it is (its card), not V2's 236B.

function factsOf(id: string, hub?: unknown, options: MemoryOptions = {}, page?: PageFacts): Facts {
  const facts = classify(id, hub, options, page);
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts;
}
const downloadsOf = (id: string, options: MemoryOptions = {}, hub?: unknown) =>
  Object.fromEntries((factsOf(id, hub, options).memory?.downloads ?? []).map((d) => [d.label, d]));

describe('download sizes per precision', () => {
  test.each([
    // id, label, GB, source, own
    ['meta-llama/Llama-3.1-8B-Instruct', 'BF16', 16.0, 'estimate', true],
    ['meta-llama/Llama-3.1-8B-Instruct', 'FP8', 8.1, 'estimate', false],
    ['Qwen/Qwen2.5-7B-Instruct-AWQ', 'AWQ', 5.5, 'estimate', true],
    ['Qwen/Qwen2.5-7B-Instruct-AWQ', 'BF16', 14.0, 'estimate', false],
    ['openai/gpt-oss-20b', 'MXFP4', 13.8, 'estimate', true],
    ['openai/gpt-oss-20b', 'BF16', 42.0, 'estimate', false],
  ] as const)('%s: %s ≈ %s GB (%s, own %s)', (id, label, gigabytes, source, own) => {
    const download = downloadsOf(id)[label]!;
    expect(download).toMatchObject({ source, own });
    expect(Math.abs(download.bytes / 1e9 - gigabytes) / gigabytes).toBeLessThan(0.1);
  });

  test("exact file sizes and the Hub's dtype counts are named as such", () => {
    const files = [
      { path: 'model-00001-of-00002.safetensors', bytes: 9.9e9 },
      { path: 'model-00002-of-00002.safetensors', bytes: 6.1e9 },
    ];
    expect(downloadsOf('meta-llama/Llama-3.1-8B-Instruct', { files }).BF16).toMatchObject({
      bytes: 16e9,
      source: 'file',
      own: true,
    });
    const hub = { id: 'meta-llama/Llama-3.1-8B-Instruct', safetensors: { parameters: { BF16: 8_030_261_248 } } };
    expect(downloadsOf('meta-llama/Llama-3.1-8B-Instruct', {}, hub).BF16).toMatchObject({
      bytes: 16_060_522_496,
      source: 'hub-dtypes',
    });
  });

  test('a GGUF repo: one row per ready file, largest first, exact where the sizes are known', () => {
    const ggufFiles = ['x-Q4_K_M.gguf', 'x-Q8_0.gguf', 'x-f16.gguf', 'mmproj-x-f16.gguf'];
    const facts = factsOf('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', undefined, {
      ggufFiles,
      files: [{ path: 'x-Q8_0.gguf', bytes: 8.54e9 }],
    });
    const downloads = facts.memory!.downloads!;
    expect(downloads.map((d) => d.label)).toEqual(['F16', 'Q8_0', 'Q4_K_M']);
    expect(downloads[1]).toMatchObject({ bytes: 8.54e9, source: 'file' });
    expect(downloads[2]).toMatchObject({ source: 'estimate' });
  });
});

describe('DeepSeek-V2-Lite is the 15.7B release (deepseek-ai/DeepSeek-V2-Lite model card), V2 the 236B one', () => {
  test.each([
    // id, total B, active B, KV bytes a token (MLA: layers × (512 + 64) × 2 bytes), max context
    ['deepseek-ai/DeepSeek-V2-Lite', 15.7, 2.4, 27 * 576 * 2, 32768],
    ['deepseek-ai/DeepSeek-V2-Lite-Chat', 15.7, 2.4, 27 * 576 * 2, 32768],
    ['deepseek-ai/DeepSeek-V2-Chat', 236, 21, 60 * 576 * 2, 131072],
    ['deepseek-ai/DeepSeek-V2', 236, 21, 60 * 576 * 2, 131072],
  ] as const)('%s: %sB total, %sB active, %s bytes of KV a token', (id, total, active, perToken, maxContext) => {
    const facts = factsOf(id, undefined, { contextTokens: 8192, kvType: 'f16' });
    expect(facts.params.total! / 1e9).toBeCloseTo(total, 1);
    expect(facts.params.active! / 1e9).toBeCloseTo(active, 1);
    expect(facts.memory!.kvBytesPerToken).toBe(perToken);
    expect(facts.maxContext).toBe(maxContext);
    expect(facts.memory!.weightsBytes! / 1e9).toBeCloseTo(total * 2, 0);
  });
});
