import type { Message } from '../i18n/format';
import { findGgufLevel } from '../knowledge/gguf-levels';
import type { Facts, QuantFormat } from '../facts/schema';
import { hasTowers, sizeLabelIsBackbone } from './towers';

// Memory needs from the parameter count and the weights' bits per weight. Estimates, not measurements: the KV cache
// and activations depend on context length and batch size, so they are covered by a stated margin.

/** Effective bits per weight of whole quantized checkpoints, scales and zero points included. */
// Packing (why each figure): fp8 adds per-block scales; int8 per-channel scales; GPTQ/AWQ/int4 4-bit with one 16-bit
// scale (and zero) per 128 weights; bitsandbytes NF4 one fp32 absmax per 64 weights; MLC q4f16 one fp16 scale per 32;
// MLX affine 4-bit an fp16 scale and bias per 64.
const FORMAT_BPW: Partial<Record<QuantFormat, number>> = {
  fp32: 32,
  fp16: 16,
  bf16: 16,
  fp8: 8.1,
  int8: 8.25,
  int4: 4.25,
  gptq: 4.25,
  awq: 4.25,
  bnb: 4.5,
  mlc: 4.5,
  mlx: 4.5,
};

export interface WeightPrecision {
  bitsPerWeight: number;
  /** Why this figure: a GGUF level's measured bpw, a format's packing, or an unquantized default. */
  basis: Message;
}

export function weightPrecision(facts: Facts): WeightPrecision {
  const { format, bits, level } = facts.quant;
  const gguf = level ? findGgufLevel(level) : null;
  if (gguf) return { bitsPerWeight: gguf.bpw, basis: { key: 'memory_basis_gguf', args: [gguf.name, gguf.bpw] } };
  if (format === 'exl2' || format === 'exl3') {
    return bits
      ? { bitsPerWeight: bits, basis: { key: 'memory_basis_bpw', args: [format.toUpperCase(), bits] } }
      : { bitsPerWeight: 4.65, basis: { key: 'memory_basis_exl2_typical' } };
  }
  if ((format === 'mlx' || format === 'mlc') && bits && bits < 16)
    return {
      bitsPerWeight: bits + 0.5,
      basis: { key: 'memory_basis_group_scales', args: [format.toUpperCase(), bits] },
    };
  if (format === 'bnb' && bits === 8)
    return { bitsPerWeight: 8.25, basis: { key: 'memory_basis_format', args: ['bitsandbytes LLM.int8', 8.25] } };
  if (format === 'gguf' || format === 'ggml')
    return { bitsPerWeight: 4.89, basis: { key: 'memory_basis_gguf_typical' } };
  const known = format ? FORMAT_BPW[format] : undefined;
  if (known && format)
    return { bitsPerWeight: known, basis: { key: 'memory_basis_format', args: [format.toUpperCase(), known] } };
  return { bitsPerWeight: 16, basis: { key: 'memory_basis_unquantized' } };
}

export interface MemoryEstimate {
  parameters: number;
  /** The parameter count is the language model's only (a multimodal name's size label): every figure is a lower bound. */
  atLeast: boolean;
  precision: WeightPrecision;
  /** Bytes of the weights themselves (file size, roughly). */
  weightsBytes: number;
  /** Weights plus 20% for the KV cache and activations at a modest context (4–8K tokens, batch 1). */
  inferenceBytes: number;
  training: {
    /** Mixed-precision AdamW: 18 bytes per parameter (Transformers "model memory anatomy"), plus 20% activations. */
    fullBytes: number | null;
    /** BF16 frozen base + LoRA adapters and their optimizer state (~1% of parameters), plus 20%. */
    loraBytes: number;
    /** 4-bit NF4 frozen base + LoRA, plus 20%. */
    qloraBytes: number;
  };
}

const MARGIN = 1.2;

/**
 * The first, crude estimate (weights + 20 %), kept for components/sheet/Memory.tsx until the sheet shows
 * facts.memory (lib/estimate/memory-facts.ts), which replaces it everywhere else.
 */
export function estimateMemory(facts: Facts): MemoryEstimate | null {
  const parameters = facts.params.total;
  if (parameters === null || parameters <= 0) return null;
  const precision = weightPrecision(facts);
  const weightsBytes = (parameters * precision.bitsPerWeight) / 8;
  const adapterState = parameters * 0.01 * 16; // LoRA weights, gradients and AdamW states for ~1% of parameters
  const quantized = facts.quant.format !== null && !['fp16', 'bf16', 'fp32'].includes(facts.quant.format);
  // Only where towers sit beside the language model (an embedder's label is its backbone's, rounded either way).
  const atLeast = hasTowers(facts) && sizeLabelIsBackbone(facts);
  return {
    parameters,
    atLeast,
    precision,
    weightsBytes,
    inferenceBytes: weightsBytes * MARGIN,
    training: {
      fullBytes: quantized ? null : parameters * 18 * MARGIN,
      loraBytes: (parameters * 2 + adapterState) * MARGIN,
      qloraBytes: ((parameters * 4.5) / 8 + adapterState) * MARGIN,
    },
  };
}

/** "4.9 GB", "512 MB": decimal units, as GPU cards and file sizes are sold. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e12) return `${(bytes / 1e12).toFixed(bytes >= 1e13 ? 0 : 1)} TB`;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(bytes >= 1e11 ? 0 : 1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}
