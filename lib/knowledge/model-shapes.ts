// Attention shapes of popular model families, for KV-cache figures when only the name is known (no config.json).
// Each row is the text model's config.json as published on the Hub (`source` names the repo and file); values that
// llama.cpp reads differently from the config say so in `attention` (see lib/estimate/kv-cache.ts and
// /work/shared/research/kv-cache-rules.md). A row applies to a name whose family, version and size match.
// Checked against copies of these configs quoted in public code and issues (search index, December 2026): Gemma 2
// 2B/9B/27B, Gemma 3 1B/27B, Llama 4 Scout text_config, Phi-3.5-MoE, Mixtral 8x7B/8x22B, gpt-oss-120b (hf-mem #60);
// the KV-cache rows against llama.cpp's own allocation logs (tests/lib/estimate/kv-cache.test.ts).

/** How llama.cpp caches a model's layers (llama-kv-cache*.cpp / llama-model.cpp, commit a5bb8ba4, via ollama/ollama@ef00199fb). */
export type AttentionLayout =
  /** Every layer caches every token. */
  | { kind: 'full' }
  /** Sliding-window layers keep `window` (+ the micro-batch); every `period`-th layer (the last of each group) is global. */
  | { kind: 'swa'; window: number; period: number }
  /** Llama 4: chunked local attention over `window` tokens; every `period`-th layer is global. */
  | { kind: 'chunked'; window: number; period: number }
  /** Multi-head latent attention (DeepSeek-V2/V3, Kimi-K2): one latent row of kvLoraRank + ropeDim per layer. */
  | { kind: 'mla'; kvLoraRank: number; ropeDim: number };

export interface ModelShape {
  /** Family as lib/classify names it, the version (null: any) and the size label's parameter count in billions. */
  family: string;
  version: string | null;
  billions: number;
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  hidden: number;
  vocab: number;
  maxContext: number;
  attention: AttentionLayout;
  /** The config.json the figures were read from (Hub repo + file). */
  source: string;
}

const FULL = { kind: 'full' } as const;

const row = (
  family: string,
  version: string | null,
  billions: number,
  [layers, heads, kvHeads, headDim, hidden, vocab, maxContext]: readonly [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ],
  attention: AttentionLayout,
  source: string,
): ModelShape => ({
  family,
  version,
  billions,
  layers,
  heads,
  kvHeads,
  headDim,
  hidden,
  vocab,
  maxContext,
  attention,
  source,
});

//                                       layers heads kv  headDim hidden vocab   maxContext
export const MODEL_SHAPES: readonly ModelShape[] = [
  row('Llama', '3.2', 1.24, [16, 32, 8, 64, 2048, 128256, 131072], FULL, 'meta-llama/Llama-3.2-1B config.json'),
  row('Llama', '3.2', 3, [28, 24, 8, 128, 3072, 128256, 131072], FULL, 'meta-llama/Llama-3.2-3B config.json'),
  row('Llama', '3.1', 8, [32, 32, 8, 128, 4096, 128256, 131072], FULL, 'meta-llama/Llama-3.1-8B config.json'),
  row('Llama', '3', 8, [32, 32, 8, 128, 4096, 128256, 8192], FULL, 'meta-llama/Meta-Llama-3-8B config.json'),
  row('Llama', '3.1', 70, [80, 64, 8, 128, 8192, 128256, 131072], FULL, 'meta-llama/Llama-3.1-70B config.json'),
  row(
    'Llama',
    '3.3',
    70,
    [80, 64, 8, 128, 8192, 128256, 131072],
    FULL,
    'meta-llama/Llama-3.3-70B-Instruct config.json',
  ),
  row('Llama', '3', 70, [80, 64, 8, 128, 8192, 128256, 8192], FULL, 'meta-llama/Meta-Llama-3-70B config.json'),
  row('Llama', '3.1', 405, [126, 128, 8, 128, 16384, 128256, 131072], FULL, 'meta-llama/Llama-3.1-405B config.json'),
  // Llama 4: text_config; attention_chunk_size 8192, every 4th layer global (no RoPE); llama.cpp: LLAMA_SWA_TYPE_CHUNKED, n_swa 8192, pattern 4.
  row(
    'Llama',
    '4',
    109,
    [48, 40, 8, 128, 5120, 202048, 10485760],
    { kind: 'chunked', window: 8192, period: 4 },
    'meta-llama/Llama-4-Scout-17B-16E-Instruct config.json (text_config)',
  ),
  row('Qwen', '2.5', 0.5, [24, 14, 2, 64, 896, 151936, 32768], FULL, 'Qwen/Qwen2.5-0.5B config.json'),
  row('Qwen', '2.5', 1.5, [28, 12, 2, 128, 1536, 151936, 32768], FULL, 'Qwen/Qwen2.5-1.5B config.json'),
  row('Qwen', '2.5', 3, [36, 16, 2, 128, 2048, 151936, 32768], FULL, 'Qwen/Qwen2.5-3B config.json'),
  row('Qwen', '2.5', 7, [28, 28, 4, 128, 3584, 152064, 32768], FULL, 'Qwen/Qwen2.5-7B config.json'),
  row('Qwen', '2.5', 14, [48, 40, 8, 128, 5120, 152064, 32768], FULL, 'Qwen/Qwen2.5-14B config.json'),
  row('Qwen', '2.5', 32, [64, 40, 8, 128, 5120, 152064, 32768], FULL, 'Qwen/Qwen2.5-32B config.json'),
  row('Qwen', '2.5', 72, [80, 64, 8, 128, 8192, 152064, 32768], FULL, 'Qwen/Qwen2.5-72B config.json'),
  // Qwen3: explicit head_dim 128 (not hidden / heads).
  row('QwQ', null, 32, [64, 40, 8, 128, 5120, 152064, 40960], FULL, 'Qwen/QwQ-32B config.json'),
  row('Qwen', '3', 0.6, [28, 16, 8, 128, 1024, 151936, 40960], FULL, 'Qwen/Qwen3-0.6B config.json'),
  row('Qwen', '3', 1.7, [28, 16, 8, 128, 2048, 151936, 40960], FULL, 'Qwen/Qwen3-1.7B config.json'),
  row('Qwen', '3', 4, [36, 32, 8, 128, 2560, 151936, 40960], FULL, 'Qwen/Qwen3-4B config.json'),
  row('Qwen', '3', 8, [36, 32, 8, 128, 4096, 151936, 40960], FULL, 'Qwen/Qwen3-8B config.json'),
  row('Qwen', '3', 14, [40, 40, 8, 128, 5120, 151936, 40960], FULL, 'Qwen/Qwen3-14B config.json'),
  row('Qwen', '3', 32, [64, 64, 8, 128, 5120, 151936, 40960], FULL, 'Qwen/Qwen3-32B config.json'),
  row('Qwen', '3', 30, [48, 32, 4, 128, 2048, 151936, 40960], FULL, 'Qwen/Qwen3-30B-A3B config.json'),
  row('Qwen', '3', 235, [94, 64, 4, 128, 4096, 151936, 40960], FULL, 'Qwen/Qwen3-235B-A22B config.json'),
  // Mistral 7B v0.1 declares sliding_window 4096; llama.cpp's llama arch ignores it (kv-cache-rules.md rule 5).
  row('Mistral', null, 7, [32, 32, 8, 128, 4096, 32768, 32768], FULL, 'mistralai/Mistral-7B-v0.3 config.json'),
  row('Mixtral', null, 47, [32, 32, 8, 128, 4096, 32000, 32768], FULL, 'mistralai/Mixtral-8x7B-v0.1 config.json'),
  row('Mixtral', null, 141, [56, 48, 8, 128, 6144, 32000, 65536], FULL, 'mistralai/Mixtral-8x22B-v0.1 config.json'),
  // Gemma 2: every other layer slides over 4096 (llama.cpp set_swa_pattern(2)).
  row(
    'Gemma',
    '2',
    2.6,
    [26, 8, 4, 256, 2304, 256000, 8192],
    { kind: 'swa', window: 4096, period: 2 },
    'google/gemma-2-2b config.json',
  ),
  row(
    'Gemma',
    '2',
    9,
    [42, 16, 8, 256, 3584, 256000, 8192],
    { kind: 'swa', window: 4096, period: 2 },
    'google/gemma-2-9b config.json',
  ),
  row(
    'Gemma',
    '2',
    27,
    [46, 32, 16, 128, 4608, 256000, 8192],
    { kind: 'swa', window: 4096, period: 2 },
    'google/gemma-2-27b config.json',
  ),
  // Gemma 3: five sliding layers then one global (sliding_window_pattern 6).
  row(
    'Gemma',
    '3',
    1,
    [26, 4, 1, 256, 1152, 262144, 32768],
    { kind: 'swa', window: 512, period: 6 },
    'google/gemma-3-1b-it config.json',
  ),
  row(
    'Gemma',
    '3',
    4,
    [34, 8, 4, 256, 2560, 262208, 131072],
    { kind: 'swa', window: 1024, period: 6 },
    'google/gemma-3-4b-it config.json (text_config)',
  ),
  row(
    'Gemma',
    '3',
    12,
    [48, 16, 8, 256, 3840, 262208, 131072],
    { kind: 'swa', window: 1024, period: 6 },
    'google/gemma-3-12b-it config.json (text_config)',
  ),
  row(
    'Gemma',
    '3',
    27,
    [62, 32, 16, 128, 5376, 262208, 131072],
    { kind: 'swa', window: 1024, period: 6 },
    'google/gemma-3-27b-it config.json (text_config)',
  ),
  // Phi-3 declares sliding_window 2047; llama.cpp disables Phi SWA ("Phi SWA is currently disabled").
  row('Phi', '3', 3.8, [32, 32, 32, 96, 3072, 32064, 4096], FULL, 'microsoft/Phi-3-mini-4k-instruct config.json'),
  row('Phi', '3', 14, [40, 40, 10, 128, 5120, 32064, 4096], FULL, 'microsoft/Phi-3-medium-4k-instruct config.json'),
  row('Phi', '3.5', 3.8, [32, 32, 32, 96, 3072, 32064, 131072], FULL, 'microsoft/Phi-3.5-mini-instruct config.json'),
  row('Phi', '3.5', 42, [32, 32, 8, 128, 4096, 32064, 131072], FULL, 'microsoft/Phi-3.5-MoE-instruct config.json'),
  row('Phi', '4', 14, [40, 40, 10, 128, 5120, 100352, 16384], FULL, 'microsoft/phi-4 config.json'),
  row('Phi', '4', 3.8, [32, 24, 8, 128, 3072, 200064, 131072], FULL, 'microsoft/Phi-4-mini-instruct config.json'),
  // DeepSeek-V3/R1: MLA, kv_lora_rank 512 + qk_rope_head_dim 64; llama.cpp caches the 576-wide latent only (a5bb8ba4).
  row(
    'DeepSeek',
    'V3',
    671,
    [61, 128, 128, 192, 7168, 129280, 163840],
    { kind: 'mla', kvLoraRank: 512, ropeDim: 64 },
    'deepseek-ai/DeepSeek-V3 config.json',
  ),
  row(
    'DeepSeek-R1',
    null,
    671,
    [61, 128, 128, 192, 7168, 129280, 163840],
    { kind: 'mla', kvLoraRank: 512, ropeDim: 64 },
    'deepseek-ai/DeepSeek-R1 config.json',
  ),
  // DeepSeek-V2: MLA like V3. The Lite release (15.7B, 2.4B active) is read from its name (release-sizes.ts); its card
  // gives 32K of context (config.json's max_position_embeddings 163840 is the YaRN ceiling).
  row(
    'DeepSeek',
    'V2',
    15.7,
    [27, 16, 16, 192, 2048, 102400, 32768],
    { kind: 'mla', kvLoraRank: 512, ropeDim: 64 },
    'deepseek-ai/DeepSeek-V2-Lite config.json and model card',
  ),
  row(
    'DeepSeek',
    'V2',
    236,
    [60, 128, 128, 192, 5120, 102400, 131072],
    { kind: 'mla', kvLoraRank: 512, ropeDim: 64 },
    'deepseek-ai/DeepSeek-V2 config.json and model card (128K context)',
  ),
  // gpt-oss: layer_types alternate sliding (128) and full; head_dim 64 (llama.cpp LLM_ARCH_OPENAI_MOE pattern 2).
  row(
    'gpt-oss',
    null,
    21,
    [24, 64, 8, 64, 2880, 201088, 131072],
    { kind: 'swa', window: 128, period: 2 },
    'openai/gpt-oss-20b config.json',
  ),
  row(
    'gpt-oss',
    null,
    117,
    [36, 64, 8, 64, 2880, 201088, 131072],
    { kind: 'swa', window: 128, period: 2 },
    'openai/gpt-oss-120b config.json',
  ),
];

/** The row for a family, version and size (the nearest row within 30 % of its size: "7.6B" and "7B" name the same model; Qwen3-0.6B has 0.75B). */
export function findModelShape(
  family: string | null,
  version: string | null,
  parameters: number | null,
): ModelShape | null {
  if (!family || parameters === null || parameters <= 0) return null;
  const billions = parameters / 1e9;
  let best: ModelShape | null = null;
  let bestGap = Infinity;
  for (const shape of MODEL_SHAPES) {
    if (shape.family.toLowerCase() !== family.toLowerCase()) continue;
    if (shape.version !== null && version !== null && plainVersion(shape.version) !== plainVersion(version)) continue;
    if (shape.version !== null && version === null) continue;
    const gap = Math.abs(shape.billions - billions) / shape.billions;
    if (gap < 0.3 && gap < bestGap) {
      best = shape;
      bestGap = gap;
    }
  }
  return best;
}

/** "v0.1", "V3" and "3" compare without their v. */
const plainVersion = (version: string): string => version.toLowerCase().replace(/^v(?=\d)/, '');
