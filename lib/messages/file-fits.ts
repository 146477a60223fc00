import { classify, isClassifyError } from '../classify-model';
import type { MemoryOptions, RepoFile } from '../facts/memory';
import { memoryFor, shapesFor } from '../estimate/memory-facts';
import { ggufModels, plausibleFiles } from '../estimate/weights';
import { readHubInfo, type HubModelInfo } from '../hub/hub-info';
import type { FileFit } from './protocol';

/**
 * Memory and fit of every GGUF file of a repo's Files tab: its own weights (split shards summed, each shard answering
 * for its whole model), the KV cache at the user's context, the buffers. A projector (mmproj) answers for itself.
 * Files that are not GGUF models get null.
 */
export function fileFits(
  id: string,
  hubInfo: unknown,
  options: MemoryOptions,
  files: readonly RepoFile[],
): (FileFit | null)[] {
  const facts = classify(id, hubInfo, { ...options, files: [] });
  if (isClassifyError(facts)) return files.map(() => null);
  const hub: HubModelInfo | null = hubInfo === undefined || hubInfo === null ? null : readHubInfo(hubInfo);
  const shapes = shapesFor(
    facts,
    options.config ??
      (typeof hubInfo === 'object' && hubInfo !== null ? (hubInfo as { config?: unknown }).config : undefined),
  );
  const usable = plausibleFiles(files);
  const { models, projectors } = ggufModels(usable);
  const groupOf = new Map<string, { key: string; files: RepoFile[]; bytes: number }>();
  for (const model of models) for (const file of model.files) groupOf.set(file.path, model);
  return files.map((file) => {
    const projector = projectors.find((candidate) => candidate.path === file.path);
    const group = groupOf.get(file.path);
    if (!projector && !group) return null;
    const bytes = projector ? projector.bytes : group!.bytes;
    const path = projector ? projector.path : group!.key;
    const key = projector ? 'memory_weights_projector_file' : 'memory_weights_file';
    const args = projector
      ? [path, `${(bytes / 1e9).toFixed(1)} GB`]
      : [group!.files.length, path, `${(bytes / 1e9).toFixed(1)} GB`];
    const { memory } = memoryFor({ facts, hub, options, sidecar: projector !== undefined }, shapes, {
      bytes,
      source: 'file',
      projectorBytes: null,
      downloadBytes: bytes,
      basis: [{ key, args }],
    });
    return memory ? { path: file.path, memory } : null;
  });
}
