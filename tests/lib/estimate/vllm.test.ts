import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { HardwareProfile, MemoryFacts } from '../../../lib/facts/memory';
import { longestContext, vllmAllocation, vllmKvBytes } from '../../../lib/estimate/vllm';
import { planFromTable } from '../../../lib/estimate/kv-cache';
import { findModelShape } from '../../../lib/knowledge/model-shapes';
import { VLLM } from '../../../lib/knowledge/memory-units';
import { vllmCommand } from '../../../lib/present/memory-labels';

// vLLM takes gpu_memory_utilization of the GPUs up front; weights, activations, CUDA graphs and non-torch memory sit
// in it and the rest is KV cache, which one request at max_model_len must fit.

const gpu = (gb: number, gpus = 1, unified = false): HardwareProfile => ({
  gpuBytes: gb * 1e9,
  gpus,
  ramBytes: 64e9,
  unified,
});

function memoryOf(
  id: string,
  hardware: HardwareProfile | null,
  contextTokens = 32768,
  kvType: 'f16' | 'q8_0' = 'f16',
): MemoryFacts {
  const facts = classify(id, undefined, { hardware, contextTokens, kvType });
  if (isClassifyError(facts) || !facts.memory) throw new Error('no memory');
  return facts.memory;
}

describe("vLLM's allocation", () => {
  test.each([
    // id, GPU GB, GPUs, context, verdict
    ['meta-llama/Llama-3.1-8B-Instruct', 80, 1, 131072, 'gpu'],
    ['meta-llama/Llama-3.1-8B-Instruct', 24, 1, 32768, 'shorter'],
    ['meta-llama/Llama-3.1-8B-Instruct', 24, 1, 8192, 'gpu'],
    ['meta-llama/Llama-3.1-8B-Instruct', 16, 1, 8192, 'no'],
    // 141 GB of BF16 weights leave two 80 GB GPUs' 147 GB room for ~10K tokens, not 32K.
    ['meta-llama/Llama-3.1-70B-Instruct', 80, 2, 32768, 'shorter'],
    ['meta-llama/Llama-3.1-70B-Instruct', 80, 4, 131072, 'gpu'],
    ['meta-llama/Llama-3.1-70B-Instruct', 80, 1, 8192, 'no'],
    ['Qwen/Qwen2.5-7B-Instruct-AWQ', 12, 1, 32768, 'gpu'],
    ['Qwen/Qwen2.5-7B-Instruct', 16, 1, 32768, 'no'],
    ['Qwen/Qwen2.5-7B-Instruct', 24, 1, 32768, 'gpu'],
  ] as const)('%s on %s GB × %s at %s: %s', (id, gb, gpus, context, verdict) => {
    const vllm = memoryOf(id, gpu(gb, gpus), context).vllm!;
    expect(vllm.verdict).toBe(verdict);
    expect(vllm.budgetBytes).toBeCloseTo(VLLM.utilization * gb * 1e9 * gpus, -1);
    expect(vllm.kvBudgetBytes).toBe(vllm.budgetBytes - vllm.nonKvBytes);
    if (verdict === 'shorter') {
      expect(vllm.maxContextTokens).toBeLessThan(context);
      expect(vllm.maxContextTokens % VLLM.blockSize).toBe(0);
    }
  });

  test('the longest context is the longest whose blocks fit the KV budget, and one block more does not', () => {
    const memory = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(24));
    const facts = classify('meta-llama/Llama-3.1-8B-Instruct');
    if (isClassifyError(facts)) throw new Error(facts.error);
    // Llama 3.1 8B: 32 layers × 8 KV heads × 128 × (K + V) × 2 bytes = 131,072 bytes a token.
    const plan = {
      layers: Array.from({ length: 32 }, () => ({ width: 2048, window: null })),
      totalLayers: 32,
      basis: [],
    };
    const vllm = memory.vllm!;
    expect(vllmKvBytes(plan, vllm.maxContextTokens)).toBeLessThanOrEqual(vllm.kvBudgetBytes);
    expect(vllmKvBytes(plan, vllm.maxContextTokens + VLLM.blockSize)).toBeGreaterThan(vllm.kvBudgetBytes);
    expect(vllmKvBytes(plan, 1)).toBe(131072 * VLLM.blockSize);
  });

  test("a quantized KV cache in the settings is vLLM's fp8 cache: half the bytes, and the command says so", () => {
    const f16 = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(24), 32768, 'f16');
    const q8 = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(24), 32768, 'q8_0');
    expect(f16.vllm).toMatchObject({ kvCacheDtype: 'auto', verdict: 'shorter' });
    expect(q8.vllm).toMatchObject({ kvCacheDtype: 'fp8', verdict: 'gpu', kvBudgetBytes: f16.vllm!.kvBudgetBytes });
    const plan = {
      layers: Array.from({ length: 32 }, () => ({ width: 2048, window: null })),
      totalLayers: 32,
      basis: [],
    };
    expect(vllmKvBytes(plan, 4096, 'fp8') * 2).toBe(vllmKvBytes(plan, 4096, 'auto'));
    // fp8 holds twice the tokens in the same budget (block rounding aside).
    expect(longestContext(plan, 2 ** 30, 131072, 'fp8')).toBe(2 * longestContext(plan, 2 ** 30, 131072, 'auto'));
    const base = 'vllm serve meta-llama/Llama-3.1-8B-Instruct';
    expect(vllmCommand(base, q8)).toBe(`${base} --max-model-len 32768 --kv-cache-dtype fp8`);
    expect(vllmCommand(base, f16)).not.toContain('--kv-cache-dtype');
    expect(vllmCommand(`${base} --kv-cache-dtype fp8_e5m2`, q8)).toBe(
      `${base} --kv-cache-dtype fp8_e5m2 --max-model-len 32768`,
    );
  });

  test('none without a profile, on Apple unified memory, or for a model with no KV shapes', () => {
    expect(memoryOf('meta-llama/Llama-3.1-8B-Instruct', null).vllm).toBeNull();
    expect(memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(48, 1, true)).vllm).toBeNull();
    const plan = { layers: [], totalLayers: 0, basis: [] };
    expect(
      vllmAllocation({
        weightsBytes: 1e9,
        plan,
        contextTokens: 8192,
        maxModelTokens: null,
        hidden: null,
        vocab: null,
        hardware: gpu(24),
        kvType: 'f16',
      }),
    ).toBeNull();
  });

  test('the command carries a --max-model-len that fits, and is left alone where vLLM cannot hold the weights', () => {
    const base = 'vllm serve meta-llama/Llama-3.1-8B-Instruct';
    const shorter = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(24), 32768);
    expect(vllmCommand(base, shorter)).toBe(`${base} --max-model-len ${shorter.vllm!.maxContextTokens}`);
    const fits = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(80), 32768);
    expect(vllmCommand(base, fits)).toBe(`${base} --max-model-len 32768`);
    const no = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(16), 8192);
    expect(vllmCommand(base, no)).toBe(base);
    expect(vllmCommand(base, null)).toBe(base);
  });

  test('a model vLLM fits where llama.cpp fits at the same context only with the shorter length', () => {
    const memory = memoryOf('meta-llama/Llama-3.1-8B-Instruct', gpu(24), 32768);
    expect(memory.fit?.verdict).toBe('gpu');
    expect(memory.vllm?.verdict).toBe('shorter');
  });

  test("vLLM's own refusal, reproduced: Qwen3-8B at its 40,960 tokens needs 5.62 GiB; 4.50 GiB holds 32,768", () => {
    // A vLLM startup error quoted in public notes: "To serve at least one request with the models's max seq len
    // (40960), (5.62 GiB KV cache is needed, which is larger than the available KV cache memory (4.50 GiB). Based on the
    // available memory, the estimated maximum model length is 32768."
    const plan = planFromTable(findModelShape('Qwen', '3', 8e9)!)!;
    expect(vllmKvBytes(plan, 40960) / 2 ** 30).toBeCloseTo(5.62, 2);
    expect(longestContext(plan, 4.5 * 2 ** 30, 40960)).toBe(32768);
  });
});
