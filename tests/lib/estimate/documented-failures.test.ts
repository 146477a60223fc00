import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { kvBytes, planFromConfig, planFromTable } from '../../../lib/estimate/kv-cache';
import { readConfigShape } from '../../../lib/hub/model-config';
import { findModelShape } from '../../../lib/knowledge/model-shapes';
import type { MemoryOptions } from '../../../lib/facts/memory';

// Where other estimators were wrong in public (their issue threads), what Model Lens says for the same case.

const GB = 1e9;
const GiB = 2 ** 30;
const MiB = 2 ** 20;
const memoryOf = (id: string, options: MemoryOptions = {}) => {
  const facts = classify(id, undefined, options);
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts.memory!;
};

describe('MoE sized by active parameters (llmfit)', () => {
  test('AlexsJones/llmfit#230: Qwen3.5-122B-A10B Q4_K_M is not a "perfect fit at 33 GB" on a 48 GB Mac; it needs 70–75 GB', () => {
    const memory = memoryOf('unsloth/Qwen3.5-122B-A10B-GGUF/Qwen3.5-122B-A10B-Q4_K_M.gguf', {
      hardware: { gpuBytes: 48 * GB, gpus: 1, ramBytes: 0, unified: true },
    });
    expect(memory.weightsBytes! / GB).toBeGreaterThan(70);
    expect(memory.weightsBytes! / GB).toBeLessThan(77);
    expect(memory.fit!.verdict).toBe('no');
  });

  test('AlexsJones/llmfit#497: DeepSeek-V3 at 4 bits is about 390–410 GB, not 22 GB; it does not fit 128 GB', () => {
    const memory = memoryOf('unsloth/DeepSeek-V3-GGUF/DeepSeek-V3-Q4_K_M.gguf', {
      hardware: { gpuBytes: 128 * GB, gpus: 1, ramBytes: 0, unified: true },
    });
    expect(memory.weightsBytes! / GB).toBeGreaterThan(380);
    expect(memory.fit!.verdict).toBe('no');
  });
});

describe('context assumed at the model maximum (llmfit)', () => {
  test('AlexsJones/llmfit#302: a 5.68 GB Qwen3.5-9B Q4_K_M file runs on 8 GB VRAM + 32 GB RAM; llmfit said 26.3 GB (at 262K)', () => {
    const memory = memoryOf('unsloth/Qwen3.5-9B-GGUF/Qwen3.5-9B-Q4_K_M.gguf', {
      files: [{ path: 'Qwen3.5-9B-Q4_K_M.gguf', bytes: 5_680_529_408 }],
      hardware: { gpuBytes: 8 * GB, gpus: 1, ramBytes: 32 * GB, unified: false },
    });
    expect(memory.contextTokens).toBe(8192);
    expect(memory.weightsBytes).toBe(5_680_529_408);
    expect(memory.fit!.verdict).not.toBe('no');
  });
});

describe('sliding-window layers (hf-mem, gguf-parser-go, Ollama)', () => {
  test('gpustack/gguf-parser-go#32: gpt-oss-20b at 131,072 tokens is ≈ 3.00 GiB + ~0.05 GiB in llama.cpp, not 6.00 GiB', () => {
    const total = kvBytes(planFromTable(findModelShape('gpt-oss', null, 21e9)!), 131072, 'f16').total;
    expect(total / GiB).toBeGreaterThan(3.0);
    expect(total / GiB).toBeLessThan(3.06);
  });

  test('alvarobartt/hf-mem#60: gpt-oss-120b windowed layers are not free: 36,864 B per token of context plus 18 windows of 768 cells', () => {
    const plan = planFromTable(findModelShape('gpt-oss', null, 117e9)!);
    const a = kvBytes(plan, 8192, 'f16');
    const b = kvBytes(plan, 16384, 'f16');
    expect((b.total - a.total) / 8192).toBe(36_864);
    expect(a.total - 36_864 * 8192).toBe(18 * 2048 * 768);
    // vLLM's per-token figure for the same model (all 36 layers × 2,048 B, hybrid pages): what kvBytesPerToken reports.
    expect(a.perToken).toBe(73_728);
  });
});

describe('head size and hybrid layers (Ollama, LM Studio)', () => {
  test('ollama/ollama#17201: Qwen3 head size is head_dim 128, not hidden/heads = 64 (Qwen3-0.6B: 112 MiB at 1,024 cells, as llama.cpp logs for 28 layers × 8 KV heads × 128)', () => {
    expect(kvBytes(planFromTable(findModelShape('Qwen', '3', 0.6e9)!), 1024, 'f16').total / MiB).toBe(112);
  });

  test('lmstudio-ai/lmstudio-bug-tracker#1862: a Qwen3.5/3.6-27B-shaped config (64 layers, full attention every 4th) caches 16 layers: 16,384 MiB at 262,144 cells, as llama.cpp logged; the UI had said ~75 GB in all', () => {
    const config = {
      model_type: 'qwen3_5',
      text_config: {
        model_type: 'qwen3_5_text',
        num_hidden_layers: 64,
        full_attention_interval: 4,
        hidden_size: 5120,
        head_dim: 256,
        num_attention_heads: 24,
        num_key_value_heads: 4,
        max_position_embeddings: 262144,
      },
    };
    const plan = planFromConfig(readConfigShape(config)!, { key: 'memory_kv_config' })!;
    expect(plan.layers).toHaveLength(16);
    expect(kvBytes(plan, 262144, 'f16').total / MiB).toBe(16384);
  });
});
