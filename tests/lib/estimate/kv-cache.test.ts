import { describe, expect, test } from 'vitest';
import { kvBytes, planFromConfig, planFromTable, contextCells } from '../../../lib/estimate/kv-cache';
import { readConfigShape } from '../../../lib/hub/model-config';
import { MODEL_SHAPES, findModelShape } from '../../../lib/knowledge/model-shapes';
import type { KvCacheType } from '../../../lib/facts/memory';

// The KV cache against what llama.cpp itself printed (`llama_kv_cache…: size = … MiB (N cells, L layers …)`) in logs
// people posted; the search index's file id is given so the line can be found again. Within 5 % (these are exact).

const MiB = 2 ** 20;
const shape = (family: string, version: string | null, billions: number) => {
  const row = findModelShape(family, version, billions * 1e9);
  if (!row) throw new Error(`no shape for ${family} ${version} ${billions}B`);
  return row;
};

describe('KV cache against llama.cpp log lines', () => {
  test.each([
    // family, version, size (B), context, type, MiB printed (all caches), where the line was posted
    ['Llama', '3.2', 1, 1024, 'f16', 32, '"size = 32.00 MiB (1024 cells, 16 layers)" — index file 14956061011'],
    ['Llama', '3.2', 3, 1024, 'f16', 112, '"size = 112.00 MiB (1024 cells, 28 layers)" — index file 14162148190'],
    [
      'Mistral',
      null,
      7,
      8192,
      'f16',
      1024,
      '"size = 1024.00 MiB (8192 cells, 32 layers)", n_ctx_train 32768 — index file 51798603302',
    ],
    ['Phi', '3', 3.8, 4096, 'f16', 1536, '"size = 1536.00 MiB (4096 cells, 32 layers)" — index file 68635202314'],
    ['Llama', '3.1', 405, 4096, 'f16', 2016, '"size = 2016.00 MiB (4096 cells, 126 layers)" — index file 21117640961'],
    ['Qwen', '3', 235, 4096, 'f16', 752, '"size = 752.00 MiB (4096 cells, 94 layers)" — index file 62195113185'],
    [
      'Qwen',
      '3',
      30,
      65536,
      'f16',
      6144,
      '"size = 6144.00 MiB (65536 cells, 48 layers)", n_ctx_train 262144 — index file 28957180799',
    ],
    [
      'Qwen',
      '3',
      30,
      32768,
      'q8_0',
      1632,
      '"size = 1632.00 MiB (32768 cells, 48 layers), K (q8_0)" — index file 71489492525',
    ],
    // gpt-oss-20b: "size = 3072.00 MiB (131072 cells, 12 layers)" + "creating SWA KV cache, size = 768 cells" (12 layers × 768 cells = 18 MiB) — index file 44321302313
    ['gpt-oss', null, 21, 131072, 'f16', 3072 + 18, 'iSWA: 3072 MiB full + 18 MiB window'],
  ] as const)('%s %s %sB at %s tokens, %s: %s MiB (%s)', (family, version, billions, context, type, mib, _where) => {
    const plan = planFromTable(shape(family, version, billions));
    const { total } = kvBytes(plan, context, type as KvCacheType);
    expect(Math.abs(total / MiB - mib) / mib).toBeLessThan(0.05);
    expect(total / MiB).toBeCloseTo(mib, 0);
  });

  test('MLA caches the 576-wide latent (K) only: 1152 bytes per layer per token at f16 ("1692.00 MiB (32768 cells, 47 layers), K (f16): 1692.00 MiB, V (f16): 0.00 MiB" — index file 70955542451)', () => {
    const config = {
      model_type: 'deepseek_v2',
      num_hidden_layers: 47,
      num_attention_heads: 20,
      hidden_size: 2048,
      kv_lora_rank: 512,
      qk_rope_head_dim: 64,
      max_position_embeddings: 202752,
    };
    const plan = planFromConfig(readConfigShape(config)!, { key: 'memory_kv_config' })!;
    expect(kvBytes(plan, 32768, 'f16').total / MiB).toBe(1692);
    const v3 = planFromTable(shape('DeepSeek', 'V3', 671));
    expect(kvBytes(v3, 8192, 'f16').total).toBe(61 * 576 * 2 * 8192);
  });
});

describe('KV cache by the rules (kv-cache-rules.md), every row of the shapes table', () => {
  // Expected bytes at 8,192 tokens, f16, computed by hand from each config: full layers × 2 × kvHeads × headDim × 2 B ×
  // 8192; windowed layers × the same row × min(8192, pad256(window + 512)).
  const row = (kv: number, dim: number) => 2 * kv * dim * 2;
  test.each([
    ['Llama 3.1 8B', 'Llama', '3.1', 8, 32 * row(8, 128) * 8192],
    ['Llama 3.1 70B', 'Llama', '3.1', 70, 80 * row(8, 128) * 8192],
    ['Qwen2.5 0.5B', 'Qwen', '2.5', 0.5, 24 * row(2, 64) * 8192],
    ['Qwen2.5 7B', 'Qwen', '2.5', 7, 28 * row(4, 128) * 8192],
    ['Qwen2.5 72B', 'Qwen', '2.5', 72, 80 * row(8, 128) * 8192],
    ['Qwen3 0.6B (head_dim 128, not 1024/16)', 'Qwen', '3', 0.6, 28 * row(8, 128) * 8192],
    ['Mixtral 8x7B', 'Mixtral', null, 46.7, 32 * row(8, 128) * 8192],
    ['Mixtral 8x22B', 'Mixtral', null, 141, 56 * row(8, 128) * 8192],
    // Gemma 2: 13 of 26 layers slide over 4096: 4096 + 512 = 4608 cells.
    ['Gemma 2 2B', 'Gemma', '2', 2.6, 13 * row(4, 256) * 8192 + 13 * row(4, 256) * 4608],
    ['Gemma 2 27B', 'Gemma', '2', 27, 23 * row(16, 128) * 8192 + 23 * row(16, 128) * 4608],
    // Gemma 3: 1 global layer in 6; 1B window 512 → 1024 cells, others 1024 → 1536 cells.
    ['Gemma 3 1B', 'Gemma', '3', 1, 4 * row(1, 256) * 8192 + 22 * row(1, 256) * 1024],
    ['Gemma 3 27B', 'Gemma', '3', 27, 10 * row(16, 128) * 8192 + 52 * row(16, 128) * 1536],
    // Llama 4 Scout: chunked 8192 + 512 → 8704 cells (more than the context here: the context wins).
    ['Llama 4 Scout', 'Llama', '4', 109, 48 * row(8, 128) * 8192],
    ['gpt-oss-120b', 'gpt-oss', null, 117, 18 * row(8, 64) * 8192 + 18 * row(8, 64) * 768],
    ['Phi-4', 'Phi', '4', 14, 40 * row(10, 128) * 8192],
  ] as const)('%s', (_label, family, version, billions, expected) => {
    expect(kvBytes(planFromTable(shape(family, version, billions)), 8192, 'f16').total).toBe(expected);
  });

  test('Llama 4 Scout at 128k: 36 chunked layers keep 8,704 cells', () => {
    const plan = planFromTable(shape('Llama', '4', 109));
    expect(kvBytes(plan, 131072, 'f16').total).toBe(12 * 4096 * 131072 + 36 * 4096 * 8704);
  });

  test.each(MODEL_SHAPES.map((row) => [row.source, row] as const))(
    '%s: grows with context, q8_0 and q4_0 by their block sizes',
    (_source, row) => {
      const plan = planFromTable(row);
      const at = (context: number, type: KvCacheType) => kvBytes(plan, context, type).total;
      expect(at(4096, 'f16')).toBeGreaterThan(0);
      expect(at(32768, 'f16')).toBeGreaterThanOrEqual(at(4096, 'f16'));
      expect(at(8192, 'q8_0') / at(8192, 'f16')).toBeCloseTo(34 / 64, 6);
      expect(at(8192, 'q4_0') / at(8192, 'f16')).toBeCloseTo(18 / 64, 6);
    },
  );

  test('contexts are padded to 256 cells', () => {
    expect(contextCells(1000)).toBe(1024);
    expect(contextCells(8192)).toBe(8192);
    expect(contextCells(40960)).toBe(40960);
  });
});

describe('KV cache from config.json', () => {
  const plan = (config: object) => planFromConfig(readConfigShape(config)!, { key: 'memory_kv_config' });
  const at8k = (config: object) => kvBytes(plan(config)!, 8192, 'f16').total;

  test.each([
    [
      'Qwen3-Next: KV on every 4th layer only',
      {
        model_type: 'qwen3_next',
        num_hidden_layers: 48,
        num_attention_heads: 16,
        num_key_value_heads: 2,
        head_dim: 256,
        hidden_size: 2048,
        full_attention_interval: 4,
      },
      12 * 2 * 2 * 256 * 2 * 8192,
    ],
    [
      'Nemotron-H: the * layers of the pattern',
      {
        model_type: 'nemotron_h',
        num_hidden_layers: 8,
        num_attention_heads: 40,
        num_key_value_heads: 8,
        head_dim: 128,
        hidden_size: 5120,
        hybrid_override_pattern: 'M-M*-M-*',
      },
      2 * 2 * 8 * 128 * 2 * 8192,
    ],
    [
      'LFM2: layer_types conv / full_attention',
      {
        model_type: 'lfm2',
        num_hidden_layers: 4,
        num_attention_heads: 16,
        num_key_value_heads: 8,
        hidden_size: 1024,
        layer_types: ['conv', 'full_attention', 'conv', 'full_attention'],
      },
      2 * 2 * 8 * 64 * 2 * 8192,
    ],
    [
      'Granite 4 hybrid: mamba / attention',
      {
        model_type: 'granitemoehybrid',
        num_hidden_layers: 4,
        num_attention_heads: 32,
        num_key_value_heads: 8,
        hidden_size: 4096,
        layer_types: ['mamba', 'mamba', 'mamba', 'attention'],
      },
      1 * 2 * 8 * 128 * 2 * 8192,
    ],
    [
      'Falcon-H1: every layer caches (attention beside SSM)',
      {
        model_type: 'falcon_h1',
        num_hidden_layers: 4,
        num_attention_heads: 8,
        num_key_value_heads: 2,
        head_dim: 128,
        hidden_size: 1024,
        layer_types: ['mamba', 'mamba', 'mamba', 'mamba'],
      },
      4 * 2 * 2 * 128 * 2 * 8192,
    ],
    [
      'per-layer KV heads (OpenELM style)',
      {
        model_type: 'openelm',
        num_hidden_layers: 3,
        num_attention_heads: 12,
        num_kv_heads: [2, 4, 6],
        head_dim: 64,
        hidden_size: 768,
      },
      (2 + 4 + 6) * 2 * 64 * 2 * 8192,
    ],
    [
      'Mistral 7B v0.1 sliding_window ignored by llama.cpp',
      {
        model_type: 'mistral',
        num_hidden_layers: 32,
        num_attention_heads: 32,
        num_key_value_heads: 8,
        hidden_size: 4096,
        sliding_window: 4096,
      },
      32 * 2 * 8 * 128 * 2 * 8192,
    ],
    [
      'gpt-oss layer_types',
      {
        model_type: 'gpt_oss',
        num_hidden_layers: 4,
        num_attention_heads: 64,
        num_key_value_heads: 8,
        head_dim: 64,
        hidden_size: 2880,
        sliding_window: 128,
        layer_types: ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'],
      },
      2 * 2048 * 8192 + 2 * 2048 * 768,
    ],
    [
      'Gemma 3 nested under text_config, pattern by model type',
      {
        model_type: 'gemma3',
        text_config: {
          model_type: 'gemma3_text',
          num_hidden_layers: 6,
          num_attention_heads: 8,
          num_key_value_heads: 4,
          head_dim: 256,
          hidden_size: 2560,
          sliding_window: 1024,
        },
      },
      1 * 4096 * 8192 + 5 * 4096 * 1536,
    ],
  ] as const)('%s', (_label, config, expected) => {
    expect(at8k(config)).toBe(expected);
  });

  test('Gemma 4: global layers with their own head size and KV heads (gemma-4-12B logs: "136.00 MiB (16384 cells, 8 layers), K (q8_0)" and SWA "255.00 MiB (1536 cells, 40 layers)" — index file 68928723306; GGUF head_count_kv [8,8,8,8,8,1,…], key_length 512, key_length_swa 256)', () => {
    const config = {
      model_type: 'gemma4',
      text_config: {
        model_type: 'gemma4_text',
        num_hidden_layers: 48,
        num_attention_heads: 16,
        num_key_value_heads: 8,
        head_dim: 256,
        num_global_key_value_heads: 1,
        global_head_dim: 512,
        hidden_size: 3840,
        sliding_window: 1024,
        num_kv_shared_layers: 0,
      },
    };
    const layers = plan(config)!;
    expect(kvBytes(layers, 16384, 'q8_0').total / MiB).toBe(136 + 255);
  });

  test('Gemma 3n: the KV-shared last layers cache nothing (llama.cpp n_layer_kv_from_start = 20 of 35)', () => {
    const config = {
      model_type: 'gemma3n_text',
      num_hidden_layers: 35,
      num_attention_heads: 8,
      num_key_value_heads: 2,
      head_dim: 256,
      hidden_size: 2048,
      num_kv_shared_layers: 15,
    };
    expect(plan(config)!.layers).toHaveLength(20);
  });

  test('Mamba has no KV cache', () => {
    expect(at8k({ model_type: 'mamba', num_hidden_layers: 64, hidden_size: 2560 })).toBe(0);
  });

  test('absurd shapes are no shapes', () => {
    expect(readConfigShape({ num_hidden_layers: 1e308 })).toBeNull();
    expect(readConfigShape({ num_hidden_layers: -3 })).toBeNull();
    expect(readConfigShape('not json')).toBeNull();
    expect(plan({ num_hidden_layers: 4 })).toBeNull();
  });
});
