// Families whose original release is not BF16: their weights' size as the publisher states it, for answers from the
// name alone (with Hub data the dtype counts decide). A row applies to a name whose family, version and size match.

export interface NativeFormat {
  family: string;
  version: string | null;
  /** The size label's parameter count in billions (matched within 15 %). */
  billions: number;
  /** The format the weights ship in, as people name it. */
  format: string;
  /** Bytes of the released checkpoint (what is downloaded and loaded). */
  weightsBytes: number;
  source: string;
}

const GIB = 2 ** 30;

export const NATIVE_FORMATS: readonly NativeFormat[] = [
  // MoE expert weights in MXFP4 (4-bit + one E8M0 scale per 32), attention and embeddings in BF16.
  {
    family: 'gpt-oss',
    version: null,
    billions: 21,
    format: 'MXFP4',
    weightsBytes: 12.82 * GIB,
    source:
      'openai/gpt-oss-20b model card ("gpt-oss-120b & gpt-oss-20b Model Card", Table 1: checkpoint size 12.8 GiB)',
  },
  {
    family: 'gpt-oss',
    version: null,
    billions: 117,
    format: 'MXFP4',
    weightsBytes: 60.77 * GIB,
    source:
      'openai/gpt-oss-120b model card ("gpt-oss-120b & gpt-oss-20b Model Card", Table 1: checkpoint size 60.8 GiB)',
  },
  // FP8 (e4m3, 128×128 block scales) for the 671B main model; the 14B multi-token-prediction module is part of the 685B checkpoint.
  {
    family: 'DeepSeek',
    version: 'V3',
    billions: 671,
    format: 'FP8',
    weightsBytes: 688.6e9,
    source: 'deepseek-ai/DeepSeek-V3 README ("685B … FP8"), 163 safetensors shards',
  },
  {
    family: 'DeepSeek-R1',
    version: null,
    billions: 671,
    format: 'FP8',
    weightsBytes: 688.6e9,
    source: 'deepseek-ai/DeepSeek-R1 README (same architecture and FP8 checkpoint as V3)',
  },
];

export function findNativeFormat(
  family: string | null,
  version: string | null,
  parameters: number | null,
): NativeFormat | null {
  if (!family || parameters === null || parameters <= 0) return null;
  const billions = parameters / 1e9;
  const plain = (value: string): string => value.toLowerCase().replace(/^v(?=\d)/, '');
  return (
    NATIVE_FORMATS.find(
      (row) =>
        row.family.toLowerCase() === family.toLowerCase() &&
        (row.version === null || (version !== null && plain(row.version) === plain(version))) &&
        Math.abs(row.billions - billions) / row.billions < 0.15,
    ) ?? null
  );
}
