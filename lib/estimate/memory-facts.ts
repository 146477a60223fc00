import {
  KV_CACHE_TYPES,
  type ChosenFile,
  type KvCacheType,
  type MemoryFacts,
  type MemoryOptions,
  type RepoFile,
} from '../facts/memory';
import type { Facts } from '../facts/schema';
import type { HubModelInfo } from '../hub/hub-info';
import { readConfigShape, type ConfigShape } from '../hub/model-config';
import type { Message } from '../i18n/format';
import { BUFFERS } from '../knowledge/memory-units';
import { findModelShape, type ModelShape } from '../knowledge/model-shapes';
import { CONTEXT_LIMITS, DEFAULT_CONTEXT_TOKENS } from '../settings/settings';
import { maxContextOf } from './context';
import { fitOf } from './fit';
import { kvBytes, planFromConfig, planFromTable, type KvPlan } from './kv-cache';
import { downloadsFor } from './downloads';
import { memoryNotes } from './notes';
import { ggufOptions, type GgufOptions } from './gguf-choice';
import { trainingFor } from './training';
import { hasTowers, sizeLabelIsBackbone } from './towers';
import { vllmAllocation } from './vllm';
import { GB, plausibleFiles, weightsFor, type Weights } from './weights';

// facts.memory: weights from the most exact evidence, the KV cache at the user's context as llama.cpp allocates it,
// a projector beside the model, the engine's buffers, training for Axolotl's route, and the fit on the user's hardware.

export interface MemoryInput {
  facts: Facts;
  hub: HubModelInfo | null;
  options: MemoryOptions;
  /** The input is a sidecar (mmproj projector): its own file is all there is. */
  sidecar: boolean;
}

export interface MemoryResult {
  memory: MemoryFacts | null;
  maxContext: { tokens: number; basis: Message; source: 'hub' | 'name' } | null;
}

/** Shapes for the KV cache and buffers: the repo's config.json, else the family table. */
export interface Shapes {
  config: ConfigShape | null;
  table: ModelShape | null;
  plan: KvPlan | null;
}

export function shapesFor(facts: Facts, config: unknown): Shapes {
  const configShape = config === undefined || config === null ? null : readConfigShape(config);
  const table = findModelShape(facts.family, facts.version, facts.params.total);
  const plan =
    (configShape && planFromConfig(configShape, { key: 'memory_kv_config' })) ?? (table ? planFromTable(table) : null);
  return { config: configShape, table, plan };
}

export function memoryFor(
  input: MemoryInput,
  shapes: Shapes = shapesFor(input.facts, input.options.config),
  weightsOverride?: Weights | null,
): MemoryResult {
  const result =
    (weightsOverride === undefined ? chooseGgufFile(input, shapes) : null) ?? estimate(input, shapes, weightsOverride);
  const memory = result.memory && wholeBytes(result.memory);
  return { ...result, memory: memory && { ...memory, notes: memoryNotes(memory) } };
}

/**
 * A GGUF repo (its page's file list, or files with sizes and a hardware profile): every model file estimated, and the
 * figures of the one a user would pick: the largest that fits on the GPU; when none does, the smallest (its verdict
 * says how far off it is); without a profile, the level the repo is named for, else Q4_K_M, else the middle one.
 */
function chooseGgufFile(input: MemoryInput, shapes: Shapes): MemoryResult | null {
  const { facts, hub, options } = input;
  if (input.sidecar || facts.file) return null;
  const listed = options.ggufFiles ?? [];
  const files = plausibleFiles(options.files);
  if (listed.length === 0 && !(options.hardware && files.some((file) => /\.gguf$/i.test(file.path)))) return null;
  const hidden = shapes.config?.hidden ?? shapes.table?.hidden ?? null;
  const vocab = shapes.config?.vocab ?? shapes.table?.vocab ?? null;
  const tied = shapes.config?.tiedEmbeddings ?? false;
  const gguf = ggufOptions(
    listed,
    files,
    facts.params.total ?? hub?.gguf?.total ?? null,
    hidden && vocab ? hidden * vocab * (tied ? 1 : 2) : null,
  );
  if (gguf.models.length === 0) return null;
  const projectorBytes = gguf.projector?.bytes ?? null;
  const results = gguf.models.map((model) => {
    const why: Message = model.exact
      ? { key: 'memory_weights_file', args: [model.parts, model.key, GB(model.bytes)] }
      : { key: 'memory2_weights_file_estimated', args: [model.key, model.level ?? '?', GB(model.bytes)] };
    const basis: Message[] = [why];
    if (gguf.projector)
      basis.push(
        projectorBytes === null
          ? { key: 'memory2_projector_unsized', args: [gguf.projector.path] }
          : { key: 'memory_projector_added', args: [gguf.projector.path, GB(projectorBytes)] },
      );
    const weights: Weights = {
      bytes: model.bytes,
      source: model.exact ? 'file' : 'name',
      projectorBytes,
      downloadBytes: model.bytes + (projectorBytes ?? 0),
      basis,
    };
    return { model, result: estimate(input, shapes, weights, gguf) };
  });
  const usable = results.filter((entry) => entry.result.memory !== null);
  if (usable.length === 0) return null;
  const bySize = [...usable].sort((a, b) => a.model.bytes - b.model.bytes);
  let chosen: (typeof usable)[number];
  let reason: ChosenFile['reason'];
  if (options.hardware) {
    const fitting = bySize.filter((entry) => entry.result.memory!.fit?.verdict === 'gpu');
    chosen = fitting.at(-1) ?? bySize[0]!;
    reason = fitting.length > 0 ? 'best' : 'smallest';
  } else {
    const wanted = facts.quant.level?.toUpperCase();
    chosen =
      bySize.find((entry) => entry.model.level === wanted) ??
      bySize.find((entry) => entry.model.level === 'Q4_K_M') ??
      bySize[Math.floor((bySize.length - 1) / 2)]!;
    reason = 'default';
  }
  const memory = chosen.result.memory!;
  const file: ChosenFile = {
    path: chosen.model.key,
    level: chosen.model.level,
    parts: chosen.model.parts,
    bytes: chosen.model.bytes,
    exact: chosen.model.exact,
    reason,
    of: usable.length,
  };
  const chosenBasis: Message = {
    key: `memory2_file_${reason}`,
    args: [file.level ?? file.path, GB(file.bytes), usable.length],
  };
  return { ...chosen.result, memory: { ...memory, file, basis: [chosenBasis, ...memory.basis] } };
}

/** Byte figures are whole bytes (the badges carry inferenceBytes as an integer). */
function wholeBytes(memory: MemoryFacts): MemoryFacts {
  const round = (value: number | null): number | null => (value === null ? null : Math.round(value));
  const { training, fit } = memory;
  return {
    ...memory,
    weightsBytes: round(memory.weightsBytes),
    kvBytesPerToken: round(memory.kvBytesPerToken),
    kvBytes: round(memory.kvBytes),
    projectorBytes: round(memory.projectorBytes),
    overheadBytes: Math.round(memory.overheadBytes),
    inferenceBytes: round(memory.inferenceBytes),
    downloadBytes: round(memory.downloadBytes),
    training: training && {
      ...training,
      full: round(training.full),
      lora: round(training.lora),
      qlora: round(training.qlora),
    },
    fit: fit && { ...fit, neededBytes: Math.round(fit.neededBytes), offloadBytes: Math.round(fit.offloadBytes) },
    file: memory.file && { ...memory.file, bytes: Math.round(memory.file.bytes) },
    downloads: memory.downloads?.map((download) => ({ ...download, bytes: Math.round(download.bytes) })),
    vllm: memory.vllm && {
      ...memory.vllm,
      budgetBytes: Math.round(memory.vllm.budgetBytes),
      nonKvBytes: Math.round(memory.vllm.nonKvBytes),
      kvBudgetBytes: Math.round(memory.vllm.kvBudgetBytes),
    },
  };
}

function estimate(
  input: MemoryInput,
  shapes: Shapes,
  weightsOverride?: Weights | null,
  gguf: GgufOptions | null = null,
): MemoryResult {
  const { facts, hub, options } = input;
  const maxContext = maxContextOf(facts, hub, shapes.config, shapes.table);
  const hiddenSize = shapes.config?.hidden ?? shapes.table?.hidden ?? null;
  const vocabSize = shapes.config?.vocab ?? shapes.table?.vocab ?? null;
  const embeddings =
    hiddenSize && vocabSize
      ? { hidden: hiddenSize, vocab: vocabSize, tied: shapes.config?.tiedEmbeddings ?? false }
      : null;
  const weights = weightsOverride ?? weightsFor(facts, hub, plausibleFiles(options.files), embeddings);
  if (!weights || !Number.isFinite(weights.bytes) || weights.bytes <= 0) return { memory: null, maxContext };
  const kvType: KvCacheType = KV_CACHE_TYPES.includes(options.kvType as KvCacheType) ? options.kvType! : 'f16';
  const requested = wholeIn(options.contextTokens) ?? DEFAULT_CONTEXT_TOKENS;
  const contextTokens = maxContext ? Math.min(requested, maxContext.tokens) : requested;
  const basis: Message[] = [...weights.basis];
  if (facts.params.active !== null && facts.params.total !== null && facts.params.active < facts.params.total) {
    basis.push({
      key: 'memory_moe_total',
      args: [(facts.params.total / 1e9).toFixed(1), (facts.params.active / 1e9).toFixed(1)],
    });
  }
  if (input.sidecar) {
    // A projector's size is its file's: the model's size label says nothing about it.
    if (weights.source !== 'file') return { memory: null, maxContext };
    basis.push({ key: 'memory_projector_alone' });
    return {
      memory: {
        weightsBytes: weights.bytes,
        weightsSource: weights.source,
        kvBytesPerToken: null,
        kvBytes: null,
        contextTokens,
        kvType,
        projectorBytes: null,
        overheadBytes: 0,
        inferenceBytes: weights.bytes,
        downloadBytes: weights.downloadBytes,
        training: null,
        fit: fitOf(weights.bytes, options.hardware),
        basis,
        downloads: [],
        vllm: null,
      },
      maxContext,
    };
  }
  if (maxContext && requested > maxContext.tokens)
    basis.push({ key: 'memory_context_capped', args: [maxContext.tokens] });
  let kv: { total: number; perToken: number } | null = null;
  const generates = !NO_TOKEN_BY_TOKEN.has(facts.category);
  if (shapes.plan && generates) {
    kv = kvBytes(shapes.plan, contextTokens, kvType);
    basis.push(...shapes.plan.basis, { key: 'memory_kv_at', args: [contextTokens, kvType] });
  } else {
    basis.push({ key: generates ? 'memory_kv_unknown' : 'memory_kv_not_generative' });
  }
  const compute = hiddenSize && vocabSize ? 4 * BUFFERS.batch * (hiddenSize + vocabSize) : BUFFERS.fallbackComputeBytes;
  const overheadBytes = compute + BUFFERS.runtimeBytes;
  basis.push({ key: 'memory_buffers', args: [Math.round(overheadBytes / 2 ** 20)] });
  const projectorBytes = weights.projectorBytes;
  // Without layer shapes the cache is unknown: a 20 % allowance of the weights stands in for it, and says so.
  const kvPart = kv ? kv.total : generates ? weights.bytes * 0.2 : 0;
  const inferenceBytes = weights.bytes + (projectorBytes ?? 0) + kvPart + overheadBytes;
  const trainingShape =
    shapes.config?.hidden && shapes.config.vocab
      ? { layers: shapes.config.layers, hidden: shapes.config.hidden, vocab: shapes.config.vocab }
      : shapes.table
        ? { layers: shapes.table.layers, hidden: shapes.table.hidden, vocab: shapes.table.vocab }
        : null;
  const towers = towersUnknown(facts, weights);
  if (towers && options.hardware) basis.push({ key: 'memory_fit_tower_allowance', args: [TOWER_ALLOWANCE * 100] });
  const training = trainingFor(
    facts,
    weights.source === 'name' && facts.quant.format === null ? null : weights.bytes,
    trainingShape,
    options.hardware,
  );
  if (training && training.model !== facts.id) basis.push({ key: 'memory_training_base', args: [training.model] });
  return {
    memory: {
      weightsBytes: weights.bytes,
      weightsSource: weights.source,
      kvBytesPerToken: kv ? kv.perToken : null,
      kvBytes: kv ? kv.total : null,
      contextTokens,
      kvType,
      projectorBytes,
      overheadBytes,
      inferenceBytes,
      downloadBytes: weights.downloadBytes,
      training,
      // Towers beside a language model named by its own size are not in these figures: judge the fit with room for them.
      fit: fitOf(towers ? inferenceBytes + weights.bytes * TOWER_ALLOWANCE : inferenceBytes, options.hardware),
      basis,
      downloads: downloadsFor(facts, weights, gguf),
      vllm:
        shapes.plan && generates
          ? vllmAllocation({
              weightsBytes: weights.bytes * (towers ? 1 + TOWER_ALLOWANCE : 1) + (projectorBytes ?? 0),
              plan: shapes.plan,
              contextTokens,
              maxModelTokens: maxContext?.tokens ?? null,
              hidden: hiddenSize,
              vocab: vocabSize,
              hardware: options.hardware,
              kvType,
            })
          : null,
    },
    maxContext,
  };
}

/** Categories that encode or denoise in one pass rather than generate token by token: no KV cache grows with context. */
const NO_TOKEN_BY_TOKEN: ReadonlySet<Facts['category']> = new Set(['embedding', 'vision', 'image-generation']);

/** Vision towers are a few percent to a fifth of a VLM's parameters (SigLIP 400M beside Gemma 3 27B; 2.5B of Llama 3.2 11B). */
const TOWER_ALLOWANCE = 0.2;

function towersUnknown(facts: Facts, weights: Weights): boolean {
  if (weights.source !== 'name' || weights.projectorBytes !== null) return false;
  return hasTowers(facts) && sizeLabelIsBackbone(facts);
}

const wholeIn = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= CONTEXT_LIMITS.max
    ? Math.round(value)
    : null;

export type { RepoFile };
