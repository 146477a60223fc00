import type { KvCacheType } from '../facts/memory';
import type { Message } from '../i18n/format';
import type { ConfigShape, LayerKind } from '../hub/model-config';
import { KV_TYPE_BYTES, LLAMA_CPP } from '../knowledge/memory-units';
import type { ModelShape } from '../knowledge/model-shapes';

// The KV cache as llama.cpp allocates it (commit a5bb8ba4 via ollama/ollama@ef00199fb; the rules are quoted in
// /work/shared/research/kv-cache-rules.md): per layer with a cache, (K width + V width) × cells × element size.
// Cells: the context padded to 256; sliding-window and chunked layers hold min(context, window + ubatch) padded to
// 256 (llama-kv-cache-iswa.cpp, swa_full off as in llama-server); MLA layers cache one latent row (K only);
// recurrent layers none. Flash attention on (llama.cpp's default), so V rows are not padded to the widest layer.

export interface KvLayer {
  /** Elements per token: K and V rows of this layer. */
  width: number;
  /** Tokens the layer keeps: null for every token of the context, else its window. */
  window: number | null;
}

export interface KvPlan {
  layers: readonly KvLayer[];
  /** Total layers, those with no cache included. */
  totalLayers: number;
  basis: Message[];
}

/** llama.cpp's model types that ignore a config's sliding_window (kv-cache-rules.md rule 5: llama/qwen2/mistral archs, Phi-3). */
const WINDOW_IGNORED = new Set([
  'llama',
  'mistral',
  'mixtral',
  'qwen2',
  'qwen2_moe',
  'qwen3',
  'qwen3_moe',
  'phi3',
  'phimoe',
  'qwen2_vl',
  'qwen2_5_vl',
]);
/** Where llama.cpp sets a sliding pattern by model type when the config lists no layer types (set_swa_pattern). */
const SWA_PERIOD: Readonly<Record<string, number>> = {
  gemma2: 2,
  gemma3: 6,
  gemma3_text: 6,
  gemma4: 6,
  gemma4_text: 6,
  cohere2: 4,
  gpt_oss: 2,
};
/** Architectures whose layers all cache although the config lists recurrent ones (Falcon-H1: attention beside SSM). */
const EVERY_LAYER_CACHES = new Set(['falcon_h1']);

export function planFromConfig(config: ConfigShape, source: Message): KvPlan | null {
  if (config.recurrent)
    return { layers: [], totalLayers: config.layers, basis: [source, { key: 'memory_kv_recurrent' }] };
  const type = config.modelType ?? '';
  if (config.mla) {
    const width = config.mla.kvLoraRank + config.mla.ropeDim;
    return {
      layers: Array.from({ length: config.layers }, () => ({ width, window: null })),
      totalLayers: config.layers,
      basis: [source, { key: 'memory_kv_mla', args: [config.layers, width] }],
    };
  }
  if (config.headDim === null || config.kvHeads === null) return null;
  const kinds = layerKinds(config, type);
  const layers: KvLayer[] = [];
  const cached = config.layers - config.sharedKvLayers;
  for (let i = 0; i < cached; i++) {
    const kind = kinds[i]!;
    const global = kind === 'full' && (config.globalHeadDim !== null || config.globalKvHeads !== null);
    const perLayer = typeof config.kvHeads === 'number' ? config.kvHeads : config.kvHeads[i]!;
    const heads = global ? (config.globalKvHeads ?? perLayer) : perLayer;
    const headDim = global ? (config.globalHeadDim ?? config.headDim) : config.headDim;
    if (kind === 'none' || heads === 0) continue;
    const window = kind === 'sliding' ? config.slidingWindow : kind === 'chunked' ? (config.chunkSize ?? 8192) : null;
    layers.push({ width: 2 * heads * headDim, window });
  }
  return {
    layers,
    totalLayers: config.layers,
    basis: [source, ...describe(layers, config.layers, config.headDim, config.kvHeads)],
  };
}

function layerKinds(config: ConfigShape, type: string): LayerKind[] {
  const n = config.layers;
  if (EVERY_LAYER_CACHES.has(type)) return Array.from({ length: n }, () => 'full');
  let kinds: LayerKind[];
  if (config.layerKinds) kinds = [...config.layerKinds];
  else if (config.chunkSize && type.startsWith('llama4'))
    kinds = Array.from({ length: n }, (_, i) => (i % 4 < 3 ? 'chunked' : 'full'));
  else {
    const period = config.slidingPeriod ?? SWA_PERIOD[type] ?? null;
    kinds = Array.from({ length: n }, (_, i) =>
      period && config.slidingWindow ? (i % period < period - 1 ? 'sliding' : 'full') : 'full',
    );
  }
  // Without a sliding window, or for the archs llama.cpp runs with full attention, windowed layers cache everything.
  if (!config.slidingWindow || WINDOW_IGNORED.has(type))
    kinds = kinds.map((kind) => (kind === 'sliding' ? 'full' : kind));
  return kinds;
}

export function planFromTable(shape: ModelShape): KvPlan {
  const source: Message = { key: 'memory_kv_table', args: [shape.source] };
  const { attention } = shape;
  if (attention.kind === 'mla') {
    const width = attention.kvLoraRank + attention.ropeDim;
    return {
      layers: Array.from({ length: shape.layers }, () => ({ width, window: null })),
      totalLayers: shape.layers,
      basis: [source, { key: 'memory_kv_mla', args: [shape.layers, width] }],
    };
  }
  const layers = Array.from({ length: shape.layers }, (_, i): KvLayer => {
    const windowed = attention.kind !== 'full' && i % attention.period < attention.period - 1;
    return { width: 2 * shape.kvHeads * shape.headDim, window: windowed ? attention.window : null };
  });
  return {
    layers,
    totalLayers: shape.layers,
    basis: [source, ...describe(layers, shape.layers, shape.headDim, shape.kvHeads)],
  };
}

function describe(
  layers: readonly KvLayer[],
  total: number,
  headDim: number,
  kvHeads: number | readonly number[],
): Message[] {
  const heads = typeof kvHeads === 'number' ? String(kvHeads) : `${Math.min(...kvHeads)}–${Math.max(...kvHeads)}`;
  const out: Message[] = [{ key: 'memory_kv_shape', args: [layers.length, heads, headDim] }];
  const windowed = layers.filter((layer) => layer.window !== null);
  if (windowed.length > 0) out.push({ key: 'memory_kv_window', args: [windowed.length, total, windowed[0]!.window!] });
  if (layers.length < total) out.push({ key: 'memory_kv_no_cache_layers', args: [total - layers.length, total] });
  return out;
}

const pad = (tokens: number): number => Math.ceil(tokens / LLAMA_CPP.ctxPad) * LLAMA_CPP.ctxPad;

/** Cells of the context as llama.cpp allocates them. */
export const contextCells = (contextTokens: number): number => pad(Math.max(1, contextTokens));

/** Bytes of the cache at a context, and per token of context (every cached layer's row). */
export function kvBytes(plan: KvPlan, contextTokens: number, kvType: KvCacheType): { total: number; perToken: number } {
  const cells = contextCells(contextTokens);
  const size = KV_TYPE_BYTES[kvType];
  let total = 0;
  let perToken = 0;
  for (const layer of plan.layers) {
    const layerCells = layer.window === null ? cells : Math.min(cells, pad(layer.window + LLAMA_CPP.ubatch));
    total += layer.width * layerCells * size;
    perToken += layer.width * size;
  }
  return { total, perToken };
}
