import type { RepoFile } from '../facts/memory';
import { findGgufLevel, type GgufLevel } from '../knowledge/gguf-levels';
import { readGgufFileName } from '../quant/gguf-file';

// The GGUF files a repo offers, each as one model to choose from: a split model's parts summed, projectors (mmproj)
// apart. Sizes are the files' own when the page gave them, else the parameter count × the level's bits per weight.

export interface GgufOption {
  /** The file's path; a split model's parts share one key (`…-Q8_0-of-00002.gguf`). */
  key: string;
  level: string | null;
  parts: number;
  bytes: number;
  /** The bytes are the files' sizes (every part's), not an estimate from the level. */
  exact: boolean;
}

export interface GgufOptions {
  models: GgufOption[];
  /** The projector a runtime loads beside the model (the F16 one when there are several); null bytes when unsized. */
  projector: { path: string; bytes: number | null } | null;
}

const SPLIT_PART = /-(\d{5})-of-(\d{5})\.gguf$/i;

/**
 * Every model file among `paths` (the page's `ggufFilePaths`) and `files` (paths with sizes). A file listed twice is
 * one file; a model whose size is neither known nor computable (no parameter count, no level) is left out.
 */
export function ggufOptions(
  paths: readonly string[],
  files: readonly RepoFile[],
  parameters: number | null,
  embeddingParameters: number | null = null,
): GgufOptions {
  const sizes = new Map<string, number>();
  for (const file of files) sizes.set(file.path, file.bytes);
  const all = [...new Set([...paths, ...files.map((file) => file.path)])];
  const groups = new Map<string, { level: GgufLevel | null; parts: string[]; count: number }>();
  const projectors: string[] = [];
  for (const path of all) {
    const info = readGgufFileName(path);
    if (!info) continue;
    if (info.sidecar === 'mmproj') {
      projectors.push(path);
      continue;
    }
    if (info.sidecar) continue;
    const split = SPLIT_PART.exec(path);
    const key = split ? path.replace(SPLIT_PART, '-of-$2.gguf') : path;
    const group = groups.get(key) ?? { level: info.level ?? null, parts: [], count: split ? Number(split[2]) : 1 };
    group.parts.push(path);
    groups.set(key, group);
  }
  const models: GgufOption[] = [];
  for (const [key, group] of groups) {
    const known = group.parts.map((part) => sizes.get(part));
    const exact = group.parts.length === group.count && known.every((bytes) => bytes !== undefined);
    const estimate =
      parameters && parameters > 0 && group.level ? levelBytes(group.level, parameters, embeddingParameters) : null;
    const bytes = exact ? known.reduce<number>((sum, part) => sum + part!, 0) : estimate;
    if (bytes === null || !Number.isFinite(bytes) || bytes <= 0) continue;
    models.push({ key, level: group.level?.name ?? null, parts: group.count, bytes, exact });
  }
  const projectorPath = projectors.find((path) => /f16/i.test(path)) ?? projectors[0] ?? null;
  return {
    models,
    projector: projectorPath ? { path: projectorPath, bytes: sizes.get(projectorPath) ?? null } : null,
  };
}

/** Embedding and output tensors as a share of the parameters when the shapes are unknown (Llama 3.1 8B: 13 %). */
const EMBEDDING_SHARE = 0.15;

/**
 * A level's bytes for `parameters`. Quantizers' `_L` / `_XL` marks (bartowski, Unsloth: "Q8_0 for embed and output
 * weights", their model cards) keep a base level's tensors and store the embeddings and output at Q8_0, which weighs
 * more than gguf-levels' nominal +0.25 bit where the vocabulary is large (Llama 3.1's 128K: Q2_K_L is 3.70 GB, not 3.41).
 */
function levelBytes(level: GgufLevel, parameters: number, embeddingParameters: number | null): number {
  const base = level.bpwSource === 'nominal' ? markedBase(level.name) : null;
  if (!base) return (parameters * level.bpw) / 8;
  const q8 = findGgufLevel('Q8_0')!.bpw;
  const embedding = Math.min(parameters / 2, embeddingParameters ?? parameters * EMBEDDING_SHARE);
  return Math.max((parameters * level.bpw) / 8, ((parameters - embedding) * base.bpw + embedding * q8) / 8);
}

/** The level a `_L` / `_XL` mark is put on: its stem's measured `_L` (Q3_K_XL → Q3_K_L), `_M` (Q4_K_L → Q4_K_M), or itself. */
function markedBase(name: string): GgufLevel | null {
  const mark = /_X?L$/.exec(name);
  if (!mark) return null;
  const stem = name.slice(0, mark.index);
  for (const candidate of [`${stem}_L`, `${stem}_M`, stem]) {
    const level = findGgufLevel(candidate);
    if (level && level.bpwSource !== 'nominal') return level;
  }
  return null;
}
