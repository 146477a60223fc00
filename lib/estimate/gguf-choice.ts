import type { RepoFile } from '../facts/memory';
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
): GgufOptions {
  const sizes = new Map<string, number>();
  for (const file of files) sizes.set(file.path, file.bytes);
  const all = [...new Set([...paths, ...files.map((file) => file.path)])];
  const groups = new Map<string, { level: string | null; bpw: number | null; parts: string[]; count: number }>();
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
    const group = groups.get(key) ?? {
      level: info.level?.name ?? null,
      bpw: info.level?.bpw ?? null,
      parts: [],
      count: split ? Number(split[2]) : 1,
    };
    group.parts.push(path);
    groups.set(key, group);
  }
  const models: GgufOption[] = [];
  for (const [key, group] of groups) {
    const known = group.parts.map((part) => sizes.get(part));
    const exact = group.parts.length === group.count && known.every((bytes) => bytes !== undefined);
    const estimate = parameters && parameters > 0 && group.bpw ? (parameters * group.bpw) / 8 : null;
    const bytes = exact ? known.reduce<number>((sum, part) => sum + part!, 0) : estimate;
    if (bytes === null || !Number.isFinite(bytes) || bytes <= 0) continue;
    models.push({ key, level: group.level, parts: group.count, bytes, exact });
  }
  const projectorPath = projectors.find((path) => /f16/i.test(path)) ?? projectors[0] ?? null;
  return {
    models,
    projector: projectorPath ? { path: projectorPath, bytes: sizes.get(projectorPath) ?? null } : null,
  };
}
