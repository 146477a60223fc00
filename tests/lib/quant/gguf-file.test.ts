import { describe, expect, test } from 'vitest';
import { readGgufFileName } from '../../../lib/quant/gguf-file';

// File names as quantizers publish them (ggml-org, Unsloth, bartowski, mradermacher): level, sidecar, shard.
describe('readGgufFileName', () => {
  test.each([
    ['gpt-oss-120b-mxfp4-00001-of-00003.gguf', 'MXFP4', { index: 1, count: 3 }],
    ['UD-Q4_K_XL/Kimi-K2-Instruct-UD-Q4_K_XL-00002-of-00013.gguf', 'Q4_K_XL', { index: 2, count: 13 }],
    ['Qwen3.6-35B-A3B-NVFP4-MTP.gguf', 'NVFP4', null],
    ['Mira-v1.7-27B.i1-Q4_K_M.gguf', 'Q4_K_M', null],
    ['Llama-3.2-3B-Instruct-Q6_K_L.gguf', 'Q6_K_L', null],
    ['Llama-3.2-3B-Instruct-Q8_0_L.gguf', 'Q8_0_L', null],
    ['model-TQ2_0.gguf', 'TQ2_0', null],
    ['model-Q4_0_4_8.gguf', 'Q4_0_4_8', null],
    ['model-IQ1_S.gguf', 'IQ1_S', null],
    ['Bonsai-8B-Q1_0.gguf', 'Q1_0', null],
    ['ggml-model-f16.gguf', 'F16', null],
    ['model-BF16.gguf', 'BF16', null],
  ])('%s → %s', (file, level, shard) => {
    const info = readGgufFileName(file);
    expect(info?.level?.name ?? null).toBe(level);
    expect(info?.shard ?? null).toEqual(shard);
  });

  test.each([['llama-2-7b.ggmlv3.q4_0.bin'], ['model.safetensors']])('%s is not a GGUF file', (file) =>
    expect(readGgufFileName(file)).toBeNull(),
  );

  test.each([
    ['mmproj-model-f16.gguf', 'mmproj'],
    ['mtp-model-Q8_0.gguf', 'mtp'],
  ])('%s is a %s sidecar', (file, sidecar) => expect(readGgufFileName(file)?.sidecar).toBe(sidecar));

  test('a name with no level word has no level', () => expect(readGgufFileName('my-model.gguf')?.level).toBeNull());
});
