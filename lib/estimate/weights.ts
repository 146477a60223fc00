import type { RepoFile, WeightsSource } from '../facts/memory';
import type { Facts } from '../facts/schema';
import type { HubModelInfo } from '../hub/hub-info';
import type { Message } from '../i18n/format';
import { DTYPE_BYTES, UNPACKED_COUNTS } from '../knowledge/memory-units';
import { findNativeFormat } from '../knowledge/native-formats';
import { readGgufFileName } from '../quant/gguf-file';
import { weightPrecision } from './memory';

// The weights' bytes from the most exact evidence there is: the files themselves, the Hub's element counts per
// dtype, the quantization config, the family's release format, and last the name's size × the level's bits.

export interface Weights {
  bytes: number;
  source: WeightsSource;
  /** A vision/audio projector file loaded beside the model (mmproj), when the repo has one. */
  projectorBytes: number | null;
  /** What a user downloads for these weights (the chosen files; the repo's weights). */
  downloadBytes: number | null;
  basis: Message[];
}

/** The largest file we believe (a 2-trillion-parameter F32 shard set is 8 TB, one file far less). */
const MAX_FILE_BYTES = 1e13;

export const plausibleFiles = (files: readonly RepoFile[] | undefined): RepoFile[] =>
  (files ?? []).filter(
    (file) =>
      typeof file?.path === 'string' &&
      typeof file.bytes === 'number' &&
      Number.isFinite(file.bytes) &&
      file.bytes > 0 &&
      file.bytes <= MAX_FILE_BYTES,
  );

/** The embedding matrices' size, when the shapes are known: quantizers leave them (and lm_head) in 16 bits. */
export interface EmbeddingShape {
  hidden: number;
  vocab: number;
  tied: boolean;
}

export function weightsFor(
  facts: Facts,
  hub: HubModelInfo | null,
  files: readonly RepoFile[],
  embeddings: EmbeddingShape | null = null,
): Weights | null {
  return (
    fromFiles(facts, files) ??
    fromDtypes(hub) ??
    fromQuantConfig(facts, hub, embeddings) ??
    fromFamily(facts) ??
    fromName(facts, embeddings)
  );
}

/** Formats that quantize the linear layers only (embed_tokens and lm_head stay 16-bit); MLX and GGUF quantize those too. */
const LINEAR_ONLY = new Set(['gptq', 'awq', 'bnb', 'int4', 'int8', 'fp8']);

/** Parameters in the embedding matrices, capped at half the model (small models with huge vocabularies). */
const embeddingParameters = (parameters: number, embeddings: EmbeddingShape | null): number =>
  embeddings ? Math.min(parameters / 2, embeddings.vocab * embeddings.hidden * (embeddings.tied ? 1 : 2)) : 0;

export const GB = (bytes: number): string => `${(bytes / 1e9).toFixed(bytes >= 1e11 ? 0 : 1)} GB`;

/** GGUF files grouped by the model they make up (split shards together), projectors apart. */
export function ggufModels(files: readonly RepoFile[]): {
  models: { key: string; level: string | null; files: RepoFile[]; bytes: number }[];
  projectors: RepoFile[];
} {
  const groups = new Map<string, { key: string; level: string | null; files: RepoFile[]; bytes: number }>();
  const projectors: RepoFile[] = [];
  // A file listed twice (a page links each file more than once) is still one file.
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    const info = readGgufFileName(file.path);
    if (!info) continue;
    if (info.sidecar === 'mmproj') {
      projectors.push(file);
      continue;
    }
    if (info.sidecar) continue;
    // A split model's parts share a key of their own: a repo may also hold the same level as one file.
    const key = file.path.replace(/-\d{5}-of-(\d{5})\.gguf$/i, '-of-$1.gguf');
    const group = groups.get(key) ?? { key, level: info.level?.name ?? null, files: [], bytes: 0 };
    group.files.push(file);
    group.bytes += file.bytes;
    groups.set(key, group);
  }
  return { models: [...groups.values()], projectors };
}

/** The projector a runtime loads beside a model: the F16 one when there are several precisions. */
export function pickProjector(projectors: readonly RepoFile[]): RepoFile | null {
  return projectors.find((file) => /f16/i.test(file.path)) ?? projectors[0] ?? null;
}

function fromFiles(facts: Facts, files: readonly RepoFile[]): Weights | null {
  if (files.length === 0) return null;
  const { models, projectors } = ggufModels(files);
  if (facts.file && /^mmproj/i.test(facts.file)) {
    const own = files.find((file) => file.path.endsWith(facts.file!));
    return own
      ? {
          bytes: own.bytes,
          source: 'file',
          projectorBytes: null,
          downloadBytes: own.bytes,
          basis: [{ key: 'memory_weights_projector_file', args: [own.path, GB(own.bytes)] }],
        }
      : null;
  }
  const projector = pickProjector(projectors);
  const projectorBasis: Message[] = projector
    ? [{ key: 'memory_projector_added', args: [projector.path, GB(projector.bytes)] }]
    : [];
  if (models.length > 0) {
    const named = facts.file
      ? models.find((model) => model.files.some((file) => file.path.endsWith(facts.file!)))
      : undefined;
    const wanted = facts.quant.level?.toUpperCase();
    const chosen =
      named ??
      models.find((model) => model.level === wanted) ??
      models.find((model) => model.level === 'Q4_K_M') ??
      [...models].sort((a, b) => a.bytes - b.bytes)[Math.floor((models.length - 1) / 2)]!;
    const why: Message =
      named || chosen.level === wanted
        ? { key: 'memory_weights_file', args: [chosen.files.length, chosen.key, GB(chosen.bytes)] }
        : { key: 'memory_weights_file_picked', args: [chosen.key, GB(chosen.bytes), models.length] };
    return {
      bytes: chosen.bytes,
      source: 'file',
      projectorBytes: projector?.bytes ?? null,
      downloadBytes: chosen.bytes + (projector?.bytes ?? 0),
      basis: [why, ...projectorBasis],
    };
  }
  const top = files.filter((file) => !file.path.includes('/'));
  let weights = top.filter((file) => /\.safetensors$/i.test(file.path));
  if (weights.some((file) => !/^consolidated/i.test(file.path)))
    weights = weights.filter((file) => !/^consolidated/i.test(file.path));
  if (weights.length === 0) weights = top.filter((file) => /^pytorch_model.*\.bin$/i.test(file.path));
  if (weights.length === 0) return null;
  const bytes = weights.reduce((sum, file) => sum + file.bytes, 0);
  return {
    bytes,
    source: 'file',
    projectorBytes: null,
    downloadBytes: bytes,
    basis: [{ key: 'memory_weights_files_summed', args: [weights.length, GB(bytes)] }],
  };
}

function fromDtypes(hub: HubModelInfo | null): Weights | null {
  const dtypes = hub?.safetensors?.dtypes;
  if (!dtypes || Object.keys(dtypes).length === 0) return null;
  // A dtype count dropped as implausible would leave the sum short: not exact any more.
  if (hub!.implausible.some((field) => field.field.startsWith('safetensors.parameters'))) return null;
  const method = hub!.quantizationConfig?.quantMethod ?? null;
  let bytes = 0;
  const parts: string[] = [];
  for (const [dtype, count] of Object.entries(dtypes)) {
    const unpacked = UNPACKED_COUNTS.find((row) => row.quantMethod === method && row.dtype === dtype);
    const width = unpacked?.bytesPerCount ?? DTYPE_BYTES[dtype];
    if (width === undefined) return null;
    bytes += count * width;
    parts.push(`${dtype} ${(count / 1e9).toFixed(2)}B`);
  }
  return {
    bytes,
    source: 'hub-dtypes',
    projectorBytes: null,
    downloadBytes: bytes,
    basis: [{ key: 'memory_weights_hub_dtypes', args: [parts.join(', '), GB(bytes)] }],
  };
}

function fromQuantConfig(facts: Facts, hub: HubModelInfo | null, embeddings: EmbeddingShape | null): Weights | null {
  const config = hub?.quantizationConfig;
  const parameters = facts.params.total;
  if (!config || !parameters) return null;
  const bits = config.bits ?? config.weightBits ?? (config.loadIn4bit ? 4 : config.loadIn8bit ? 8 : null);
  if (!bits || bits >= 16) return null;
  // One 16-bit scale (and a packed zero point) per group; bitsandbytes NF4 one fp32 absmax per 64, or with double
  // quantization an 8-bit absmax per 64 and an fp32 per 256 of those (bitsandbytes' QLoRA paper, section 2).
  const group = config.groupSize && config.groupSize > 0 ? config.groupSize : config.loadIn4bit ? 64 : 128;
  const overhead = config.loadIn4bit ? (config.doubleQuant ? 8 / 64 + 32 / (64 * 256) : 32 / 64) : (16 + bits) / group;
  const bitsPerWeight = bits + overhead;
  // GPTQ, AWQ and bitsandbytes quantize the linear layers only: embed_tokens and lm_head stay 16-bit.
  const embedding = embeddingParameters(parameters, embeddings);
  const bytes = ((parameters - embedding) * bitsPerWeight) / 8 + embedding * 2;
  const basis: Message[] = [
    {
      key: 'memory_weights_quant_config',
      args: [config.quantMethod ?? 'quantization_config', bits, group, bitsPerWeight.toFixed(2)],
    },
  ];
  if (embedding > 0) basis.push({ key: 'memory_weights_embeddings_16bit', args: [(embedding / 1e9).toFixed(2)] });
  return { bytes, source: 'quantization-config', projectorBytes: null, downloadBytes: bytes, basis };
}

function fromFamily(facts: Facts): Weights | null {
  if (facts.quant.format !== null && facts.quant.format !== 'bf16' && facts.quant.format !== 'fp8') return null;
  const row = findNativeFormat(facts.family, facts.version, facts.params.total);
  if (!row) return null;
  return {
    bytes: row.weightsBytes,
    source: 'family',
    projectorBytes: null,
    downloadBytes: row.weightsBytes,
    basis: [{ key: 'memory_weights_family', args: [row.format, GB(row.weightsBytes), row.source] }],
  };
}

function fromName(facts: Facts, embeddings: EmbeddingShape | null): Weights | null {
  const parameters = facts.params.total;
  if (parameters === null || parameters <= 0) return null;
  const precision = weightPrecision(facts);
  const embedding =
    facts.quant.format && LINEAR_ONLY.has(facts.quant.format) ? embeddingParameters(parameters, embeddings) : 0;
  const bytes = ((parameters - embedding) * precision.bitsPerWeight) / 8 + embedding * 2;
  const basis: Message[] = [precision.basis];
  if (embedding > 0) basis.push({ key: 'memory_weights_embeddings_16bit', args: [(embedding / 1e9).toFixed(2)] });
  return { bytes, source: 'name', projectorBytes: null, downloadBytes: bytes, basis };
}
