import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { HardwareProfile } from '../../../lib/facts/memory';
import { english, type MessageKey } from '../../../lib/i18n/english';
import type { Message } from '../../../lib/i18n/format';
import { fitBadge } from '../../../lib/present/badges';
import { fileNote, vllmNote } from '../../../lib/estimate/notes';

// A GGUF repo's fit badge names the best file that fits the user's hardware, not the repo's own level.

const say = (message: Message) => english(message.key as MessageKey, message.args);
const ID = 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF';
const PATHS = ['IQ2_M', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'f16'].map(
  (level) => `Meta-Llama-3.1-8B-Instruct-${level}.gguf`,
);
const gpu = (gb: number, ramGB = 64): HardwareProfile => ({
  gpuBytes: gb * 1e9,
  gpus: 1,
  ramBytes: ramGB * 1e9,
  unified: false,
});

function factsOf(hardware: HardwareProfile | null) {
  const facts = classify(ID, undefined, { hardware, contextTokens: 32768, kvType: 'q8_0', ggufFiles: PATHS });
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts;
}

describe('the fit badge of a GGUF repo', () => {
  test.each([
    // GPU GB, value, file level, label, sheet note
    [24, 'gpu', 'F16', 'fits 24 GB · F16 · 32K', 'fits: F16, 16.1 GB · llama.cpp, every layer on the GPU'],
    [8, 'gpu', 'Q4_K_M', 'fits 8 GB · Q4_K_M · 32K', 'fits: Q4_K_M, 4.9 GB · llama.cpp, every layer on the GPU'],
    [3, 'offload', 'IQ2_M', null, null],
  ] as const)('%s GB: %s, names %s', (gb, value, level, label, note) => {
    const facts = factsOf(gpu(gb));
    const badge = fitBadge(facts)!;
    expect(badge.value).toBe(value);
    expect(badge.data).toMatchObject({
      precision: level,
      file: `Meta-Llama-3.1-8B-Instruct-${level === 'F16' ? 'f16' : level}.gguf`,
    });
    expect(badge.meaning.key).toBe(`memory2_meaning_fit_file_${value}`);
    expect(say(badge.meaning)).toContain(level);
    // Sizes from the level, not the files: a guess, styled as one.
    expect(badge.guess).toBe(true);
    if (label) expect(say(badge.label)).toBe(label);
    if (note) expect(say(fileNote(facts.memory!)!)).toBe(note);
  });

  test('the repo named for one level still gets the best file (the level in its name is not what fits)', () => {
    const facts = classify('someone/Llama-3.1-8B-Instruct-Q2_K-GGUF', undefined, {
      hardware: gpu(12),
      ggufFiles: PATHS,
      contextTokens: 8192,
    });
    if (isClassifyError(facts)) throw new Error(facts.error);
    expect(fitBadge(facts)!.data?.precision).toBe('Q8_0');
  });

  test('the vLLM note says when vLLM needs a shorter context, with the --max-model-len', () => {
    const facts = classify('meta-llama/Llama-3.1-8B-Instruct', undefined, { hardware: gpu(24), contextTokens: 32768 });
    if (isClassifyError(facts)) throw new Error(facts.error);
    const text = say(vllmNote(facts.memory!)!);
    expect(text).toContain('vLLM does not fit at 32K');
    expect(text).toContain(`--max-model-len ${facts.memory!.vllm!.maxContextTokens}`);
  });

  test('with a quantized KV cache in the settings, the vLLM note names the fp8 cache and its flag', () => {
    const options = { hardware: gpu(24), kvType: 'q8_0' as const };
    const fits = classify('meta-llama/Llama-3.1-8B-Instruct', undefined, { ...options, contextTokens: 32768 });
    const shorter = classify('meta-llama/Llama-3.1-8B-Instruct', undefined, { ...options, contextTokens: 131072 });
    if (isClassifyError(fits) || isClassifyError(shorter)) throw new Error('classify');
    expect(say(vllmNote(fits.memory!)!)).toContain('KV cache in fp8 (--kv-cache-dtype fp8');
    const text = say(vllmNote(shorter.memory!)!);
    expect(text).toContain('vLLM does not fit at 128K');
    expect(text).toContain(`--max-model-len ${shorter.memory!.vllm!.maxContextTokens} --kv-cache-dtype fp8`);
  });
});
