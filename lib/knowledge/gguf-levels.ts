import { own } from '../own';

// GGUF file types (llama.cpp tools/quantize QUANT_OPTIONS at ggml-org/llama.cpp 3f545bec, via
// shared/data/engine-support.json) with whole-model bits per weight measured on Llama-3.1-8B (llama.cpp
// tools/quantize/README.md, as DESIGN.md lists them) and the seed's quality tiers (GGUF Quantization Levels table).
// Checked against every `llama_ftype` of ggml-org/llama.cpp include/llama.h at 3679b65db16ebaabba95a893c62eb6c4840e832c
// (…, TQ1_0 = 36, TQ2_0 = 37, MXFP4_MOE = 38, NVFP4 = 39, Q1_0 = 40) and huggingface.js's `GGMLFileQuantizationType`
// (huggingface/huggingface.js packages/tasks/src/gguf.ts at ce8f585a4de246b302b79851b6a04d11360902c1, which adds
// Unsloth's Q2_K_XL…Q8_K_XL and reads any level with a `_<size variation>` mark). Types llama.cpp removed (Q4_2, Q4_3,
// Q4_1_SOME_F16) are not file names anyone publishes today and have no row.

/** The seed's quality words, extended downwards for the I-quants and ternary types it does not list. */
export const QUALITY_TIERS = [
  'very-low',
  'low',
  'fair',
  'good',
  'better',
  'very-good',
  'very-good-plus',
  'excellent',
  'near-perfect',
  'original',
] as const;
export type QualityTier = (typeof QUALITY_TIERS)[number];

export interface GgufLevel {
  /** Canonical upper-case name: `Q4_K_M`. */
  name: string;
  /** Nominal bit width (the digit in the name; 16 for F16). */
  bits: number;
  /** Whole-model bits per weight. */
  bpw: number;
  /** Where bpw comes from: `measured` (README table), `from-size` (quantize.cpp's size for Llama-3-8B), `nominal`. */
  bpwSource: 'measured' | 'from-size' | 'nominal';
  quality: QualityTier;
}

const L = (
  name: string,
  bits: number,
  bpw: number,
  bpwSource: GgufLevel['bpwSource'],
  quality: QualityTier,
): GgufLevel => ({ name, bits, bpw, bpwSource, quality });

// from-size: quantize.cpp quotes file sizes in GiB for Llama-3-8B (8.03e9 parameters): bpw = GiB * 2^30 * 8 / 8.03e9.
export const GGUF_LEVELS: readonly GgufLevel[] = [
  L('Q1_0', 1, 1.125, 'nominal', 'very-low'),
  L('IQ1_S', 1, 2.0, 'measured', 'very-low'),
  L('IQ1_M', 1, 2.15, 'measured', 'very-low'),
  L('TQ1_0', 1, 1.69, 'nominal', 'very-low'),
  L('TQ2_0', 2, 2.06, 'nominal', 'low'),
  L('Q2_0', 2, 2.25, 'nominal', 'low'),
  L('IQ2_XXS', 2, 2.38, 'measured', 'low'),
  L('IQ2_XS', 2, 2.59, 'measured', 'low'),
  L('IQ2_S', 2, 2.74, 'measured', 'low'),
  L('IQ2_M', 2, 2.93, 'measured', 'low'),
  L('Q2_K_S', 2, 2.97, 'measured', 'low'),
  L('Q2_K', 2, 3.16, 'measured', 'low'),
  L('Q2_K_L', 2, 3.4, 'nominal', 'low'),
  L('IQ3_XXS', 3, 3.25, 'measured', 'fair'),
  L('IQ3_XS', 3, 3.5, 'measured', 'fair'),
  L('IQ3_S', 3, 3.66, 'measured', 'fair'),
  L('IQ3_M', 3, 3.76, 'measured', 'fair'),
  L('Q3_K_S', 3, 3.64, 'measured', 'fair'),
  L('Q3_K_M', 3, 4.0, 'from-size', 'fair'),
  L('Q3_K_L', 3, 4.3, 'measured', 'fair'),
  L('Q3_K_XL', 3, 4.5, 'nominal', 'fair'),
  L('IQ4_XS', 4, 4.46, 'measured', 'good'),
  L('IQ4_NL', 4, 4.68, 'measured', 'good'),
  L('Q4_0', 4, 4.64, 'from-size', 'good'),
  L('Q4_1', 4, 5.11, 'from-size', 'good'),
  L('Q4_0_4_4', 4, 4.64, 'from-size', 'good'),
  L('Q4_0_4_8', 4, 4.64, 'from-size', 'good'),
  L('Q4_0_8_8', 4, 4.64, 'from-size', 'good'),
  L('MXFP4', 4, 4.25, 'nominal', 'good'),
  L('MXFP4_MOE', 4, 4.25, 'nominal', 'good'),
  // ggml's NVFP4 block: 64 values in 36 bytes (E4M3 scales) = 4.5 bits per weight.
  L('NVFP4', 4, 4.5, 'nominal', 'good'),
  L('Q4_K_S', 4, 4.67, 'measured', 'better'),
  L('Q4_K_M', 4, 4.89, 'measured', 'better'),
  L('Q4_K_L', 4, 5.1, 'nominal', 'better'),
  L('Q4_K_XL', 4, 5.1, 'nominal', 'better'),
  L('Q5_0', 5, 5.57, 'from-size', 'very-good'),
  L('Q5_1', 5, 6.04, 'from-size', 'very-good'),
  L('Q5_K_S', 5, 5.57, 'measured', 'very-good-plus'),
  L('Q5_K_M', 5, 5.7, 'measured', 'very-good-plus'),
  L('Q5_K_L', 5, 5.9, 'nominal', 'very-good-plus'),
  L('Q5_K_XL', 5, 5.9, 'nominal', 'very-good-plus'),
  L('Q6_K', 6, 6.56, 'measured', 'excellent'),
  L('Q6_K_L', 6, 6.8, 'nominal', 'excellent'),
  L('Q6_K_XL', 6, 6.8, 'nominal', 'excellent'),
  L('Q8_0', 8, 8.5, 'measured', 'near-perfect'),
  L('Q8_K_XL', 8, 8.7, 'nominal', 'near-perfect'),
  L('F16', 16, 16, 'measured', 'original'),
  L('BF16', 16, 16, 'nominal', 'original'),
  L('F32', 32, 32, 'nominal', 'original'),
];

/** llama.cpp aliases (`Q4_K` means `Q4_K_M`). */
export const GGUF_ALIASES: Readonly<Record<string, string>> = {
  Q3_K: 'Q3_K_M',
  Q4_K: 'Q4_K_M',
  Q5_K: 'Q5_K_M',
  FP16: 'F16',
  FP32: 'F32',
};

/**
 * Quantizers' marks on a level, for every level alike: bartowski's `_L` and Unsloth's `_XL` keep the level's tensors
 * and store the embeddings and output at Q8_0 or higher (their model cards), so about 0.25 bit more per weight.
 * `Q4_K_L` / `Q4_K_XL` name the K-quant family (its `_M` level); `Q8_0_L`, `IQ4_XS_XL`, `Q2_K_XL` name the level itself.
 */
function withQuantizerMarks(levels: readonly GgufLevel[]): GgufLevel[] {
  const all = [...levels];
  const names = new Set(levels.map((level) => level.name));
  for (const level of levels) {
    if (level.name.endsWith('_L') || level.name.endsWith('_XL') || level.bits >= 16) continue;
    const stem = level.name.endsWith('_K_M') ? level.name.slice(0, -2) : level.name;
    for (const mark of ['_L', '_XL']) {
      const name = `${stem}${mark}`;
      if (names.has(name)) continue;
      names.add(name);
      all.push(L(name, level.bits, Math.round((level.bpw + 0.25) * 100) / 100, 'nominal', level.quality));
    }
  }
  return all;
}

const BY_NAME = new Map<string, GgufLevel>(withQuantizerMarks(GGUF_LEVELS).map((level) => [level.name, level]));

/**
 * Finds a GGUF file type by any spelling (`q4_k_m`, `Q4_K`, `UD-Q4_K_XL`, `Q8_0_L`); null when the text is not one.
 * Every type of llama.cpp's `llama_ftype` (include/llama.h) and huggingface.js's `GGMLFileQuantizationType` is a row.
 */
export function findGgufLevel(text: string): GgufLevel | null {
  let upper = text.toUpperCase();
  if (upper.startsWith('UD-') || upper.startsWith('UD_')) upper = upper.slice(3);
  const canonical = own(GGUF_ALIASES, upper) ?? upper;
  return BY_NAME.get(canonical) ?? null;
}
