import { findGgufLevel, type GgufLevel } from '../knowledge/gguf-levels';

/** What a file name in a GGUF repo says: its level, whether it is a projector sidecar, which shard it is. */
export interface GgufFileInfo {
  file: string;
  level: GgufLevel | null;
  /** `mmproj` (vision/audio projector) or `mtp`, loaded beside a model. */
  sidecar: string | null;
  shard: { index: number; count: number } | null;
}

const SHARD = /-(\d{5})-of-(\d{5})\.gguf$/i;
// A level is a name token: Q4_K_M, IQ3_XS, TQ1_0, MXFP4(_MOE), NVFP4, F16/BF16/F32, with Unsloth's UD- prefix and the
// quantizers' _L/_XL marks (gguf-levels.ts); mradermacher's `i1-` imatrix prefix is a separate token before it.
const LEVEL =
  /(?:^|[-._])((?:UD-)?(?:I?Q\d(?:_[0-9A-Z]+)*|TQ[12]_0|MXFP4(?:_MOE)?|NVFP4|BF16|F16|F32|FP16))(?=[-._]|$)/gi;

export function readGgufFileName(path: string): GgufFileInfo | null {
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (!/\.gguf$/i.test(file)) return null;
  const shardMatch = SHARD.exec(file);
  const stem = file.replace(SHARD, '.gguf').replace(/\.gguf$/i, '');
  const sidecar = /^mmproj/i.test(stem) ? 'mmproj' : /^mtp[-_]/i.test(stem) ? 'mtp' : null;
  let level: GgufLevel | null = null;
  for (const match of stem.matchAll(LEVEL)) {
    const found = findGgufLevel(match[1]!.replace(/^FP16$/i, 'F16'));
    if (found) level = found;
  }
  return {
    file,
    level,
    sidecar,
    shard: shardMatch ? { index: Number(shardMatch[1]), count: Number(shardMatch[2]) } : null,
  };
}
