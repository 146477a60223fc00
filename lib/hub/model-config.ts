// Reads a repo's config.json (untrusted JSON) into the attention shapes the KV-cache estimate needs. Never throws;
// a field that is missing, not a number or implausible is null. Multimodal configs nest the language model under
// text_config (Gemma 3, Llama 4, LLaVA, Mistral 3), llm_config (InternVL) or language_config.

export type LayerKind = 'full' | 'sliding' | 'chunked' | 'none';

export interface ConfigShape {
  modelType: string | null;
  layers: number;
  heads: number | null;
  /** Per layer when the config lists them (OpenELM, per-layer GQA); 0 for layers without attention. */
  kvHeads: number | readonly number[] | null;
  /** Explicit head_dim, else hidden / heads. */
  headDim: number | null;
  /** Gemma 4: global (full-attention) layers have their own head size and KV heads. */
  globalHeadDim: number | null;
  globalKvHeads: number | null;
  /** Gemma 3n / 4: the last N layers reuse earlier layers' KV and cache nothing (llama.cpp n_layer_kv_from_start). */
  sharedKvLayers: number;
  hidden: number | null;
  vocab: number | null;
  /** Input and output embeddings are one matrix (tie_word_embeddings). */
  tiedEmbeddings: boolean;
  /** Layer kinds when the config says them (layer_types, hybrid patterns); null: decided by the model type. */
  layerKinds: readonly LayerKind[] | null;
  slidingWindow: number | null;
  slidingPeriod: number | null;
  chunkSize: number | null;
  mla: { kvLoraRank: number; ropeDim: number } | null;
  maxPositions: number | null;
  rope: { factor: number; original: number } | null;
  /** No KV cache at all (Mamba, RWKV: recurrent state only). */
  recurrent: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A positive whole number no larger than max (1e8 tokens, 1e6 widths): anything else is not a shape. */
const whole = (value: unknown, max = 1e6): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max ? value : null;
const positive = (value: unknown, max: number): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max ? value : null;
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const RECURRENT_TYPES = new Set(['mamba', 'mamba2', 'rwkv', 'rwkv5', 'rwkv6', 'rwkv7', 'xlstm']);

/** The language model's config inside a multimodal one, or the config itself. */
function textConfig(config: Json): Json {
  for (const key of ['text_config', 'llm_config', 'language_config', 'thinker_config']) {
    const inner = config[key];
    if (isObject(inner)) {
      const nested = isObject(inner.text_config) ? inner.text_config : inner;
      if (whole(nested.num_hidden_layers) || whole(nested.n_layer))
        return { ...nested, model_type: nested.model_type ?? config.model_type };
    }
  }
  return config;
}

export function readConfigShape(json: unknown): ConfigShape | null {
  if (!isObject(json)) return null;
  const config = textConfig(json);
  const modelType = str(config.model_type);
  const layers = whole(config.num_hidden_layers) ?? whole(config.n_layer) ?? whole(config.num_layers);
  if (layers === null || layers > 10000) return null;
  const heads = whole(config.num_attention_heads) ?? whole(config.n_head);
  const hidden = whole(config.hidden_size) ?? whole(config.d_model) ?? whole(config.n_embd);
  const kvList = Array.isArray(config.num_key_value_heads)
    ? config.num_key_value_heads
    : Array.isArray(config.num_kv_heads)
      ? config.num_kv_heads
      : null;
  const kvHeads =
    kvList && kvList.length === layers && kvList.every((n) => n === 0 || whole(n) !== null)
      ? (kvList as number[])
      : (whole(config.num_key_value_heads) ??
        whole(config.num_kv_heads) ??
        whole(config.multi_query_group_num) ??
        (config.multi_query === true ? 1 : heads));
  const headDim = whole(config.head_dim) ?? (hidden && heads && hidden % heads === 0 ? hidden / heads : null);
  const kvLoraRank = whole(config.kv_lora_rank);
  const ropeDim = whole(config.qk_rope_head_dim);
  const rope = isObject(config.rope_scaling) ? config.rope_scaling : null;
  const ropeFactor = rope ? positive(rope.factor, 1e4) : null;
  const ropeOriginal = rope ? whole(rope.original_max_position_embeddings, 1e8) : null;
  return {
    modelType,
    layers,
    heads,
    kvHeads,
    headDim,
    globalHeadDim: whole(config.global_head_dim),
    globalKvHeads: whole(config.num_global_key_value_heads),
    sharedKvLayers: Math.min(layers, whole(config.num_kv_shared_layers) ?? 0),
    hidden,
    vocab: whole(config.vocab_size, 1e7) ?? whole(config.padded_vocab_size, 1e7),
    tiedEmbeddings: config.tie_word_embeddings === true || json.tie_word_embeddings === true,
    layerKinds: readLayerKinds(config, layers),
    slidingWindow: config.use_sliding_window === false ? null : whole(config.sliding_window, 1e8),
    slidingPeriod: whole(config.sliding_window_pattern, 1000),
    chunkSize: whole(config.attention_chunk_size, 1e8),
    mla: kvLoraRank && ropeDim ? { kvLoraRank, ropeDim } : null,
    maxPositions:
      whole(config.max_position_embeddings, 1e8) ?? whole(config.n_positions, 1e8) ?? whole(config.seq_length, 1e8),
    rope: ropeFactor && ropeOriginal ? { factor: ropeFactor, original: ropeOriginal } : null,
    recurrent: modelType !== null && RECURRENT_TYPES.has(modelType),
  };
}

const KIND_WORDS: Readonly<Record<string, LayerKind>> = {
  full_attention: 'full',
  attention: 'full',
  global: 'full',
  sliding_attention: 'sliding',
  local: 'sliding',
  chunked_attention: 'chunked',
  linear_attention: 'none',
  mamba: 'none',
  conv: 'none',
  recurrent: 'none',
  ssm: 'none',
};

/** layer_types / layers_block_type word lists, Nemotron-H's pattern string, Qwen3-Next's full-attention interval. */
function readLayerKinds(config: Json, layers: number): LayerKind[] | null {
  const list = Array.isArray(config.layer_types)
    ? config.layer_types
    : Array.isArray(config.layers_block_type)
      ? config.layers_block_type
      : null;
  if (list && list.length === layers) {
    const kinds = list.map((word) => (typeof word === 'string' ? KIND_WORDS[word.toLowerCase()] : undefined));
    if (kinds.every((kind): kind is LayerKind => kind !== undefined)) return kinds;
  }
  const pattern = str(config.hybrid_override_pattern);
  if (pattern && pattern.length === layers) return [...pattern].map((symbol) => (symbol === '*' ? 'full' : 'none'));
  // Qwen3-Next, Qwen3.5/3.6 (qwen3_5): linear-attention (Gated DeltaNet) layers with every interval-th layer full.
  const interval = whole(config.full_attention_interval, 1000);
  if (interval) return Array.from({ length: layers }, (_, i) => ((i + 1) % interval === 0 ? 'full' : 'none'));
  if (Array.isArray(config.full_attn_idxs)) {
    const full = new Set(config.full_attn_idxs.filter((index) => whole(index, layers) !== null || index === 0));
    return Array.from({ length: layers }, (_, i) => (full.has(i) ? 'full' : 'none'));
  }
  return null;
}
