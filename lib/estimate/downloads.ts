import type { DownloadSize, WeightsSource } from '../facts/memory';
import type { Facts } from '../facts/schema';
import type { GgufOptions } from './gguf-choice';
import type { Weights } from './weights';

// What a user downloads per precision: a GGUF repo's every ready file (exact when the page gave sizes), or the repo's
// own weights, and beside them what the model's BF16 and FP8 releases would weigh (parameters × 2 bytes; FP8's one
// byte plus per-block scales, 8.1 bits as lib/estimate/memory.ts counts them).

const FP8_BITS = 8.1;

const SOURCES: Readonly<Record<WeightsSource, DownloadSize['source']>> = {
  file: 'file',
  'hub-dtypes': 'hub-dtypes',
  'quantization-config': 'estimate',
  family: 'estimate',
  name: 'estimate',
};

export function downloadsFor(facts: Facts, weights: Weights, gguf: GgufOptions | null): DownloadSize[] {
  if (gguf && gguf.models.length > 0) {
    const files: DownloadSize[] = gguf.models.map((model) => ({
      label: model.level ?? model.key,
      bytes: model.bytes,
      source: model.exact ? 'file' : 'estimate',
      own: true,
      ...(model.parts > 1 ? { parts: model.parts } : {}),
    }));
    return files.sort((a, b) => b.bytes - a.bytes);
  }
  const out: DownloadSize[] = [];
  // A family released in its own format (gpt-oss in MXFP4) is named by it.
  const own =
    weights.source === 'family' ? String(weights.basis[0]?.args?.[0] ?? 'BF16').toUpperCase() : ownLabel(facts);
  if (weights.downloadBytes !== null && weights.downloadBytes > 0)
    out.push({ label: own, bytes: weights.downloadBytes, source: SOURCES[weights.source], own: true });
  const parameters = facts.params.total;
  if (parameters !== null && parameters > 0) {
    if (own !== 'BF16') out.push({ label: 'BF16', bytes: parameters * 2, source: 'estimate', own: false });
    if (own !== 'FP8') out.push({ label: 'FP8', bytes: (parameters * FP8_BITS) / 8, source: 'estimate', own: false });
  }
  return out;
}

/** The repo's own precision as people name it: its GGUF level, its quantization format, else BF16. */
function ownLabel(facts: Facts): string {
  if (facts.quant.level) return facts.quant.level;
  const format = facts.quant.format;
  if (!format || format === 'bf16' || format === 'fp16') return format === 'fp16' ? 'FP16' : 'BF16';
  return format.toUpperCase();
}
