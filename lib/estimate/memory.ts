import { findGgufLevel } from '../quant/gguf-levels';
import type { Facts, QuantFormat } from '../schema';

// Memory needs from the parameter count and the weights' bits per weight. Estimates, not measurements: the KV cache
// and activations depend on context length and batch size, so they are covered by a stated margin.

/** Effective bits per weight of whole quantized checkpoints, scales and zero points included. */
const FORMAT_BPW: Partial<Record<QuantFormat, { bpw: number; why: string }>> = {
  fp32: { bpw: 32, why: '32-bit floats' },
  fp16: { bpw: 16, why: '16-bit floats' },
  bf16: { bpw: 16, why: '16-bit floats' },
  fp8: { bpw: 8.1, why: '8-bit floats plus per-block scales' },
  int8: { bpw: 8.25, why: '8-bit integers plus per-channel scales' },
  int4: { bpw: 4.25, why: '4-bit integers plus one 16-bit scale per 128 weights' },
  gptq: { bpw: 4.25, why: 'GPTQ 4-bit with group size 128 (scales and zeros per group)' },
  awq: { bpw: 4.25, why: 'AWQ 4-bit with group size 128' },
  bnb: { bpw: 4.5, why: 'bitsandbytes NF4: 4 bits plus one fp32 absmax per 64 weights' },
  mlc: { bpw: 4.5, why: 'MLC q4f16: 4 bits plus one fp16 scale per 32 weights' },
  mlx: { bpw: 4.5, why: 'MLX affine 4-bit: fp16 scale and bias per 64 weights' },
};

export interface WeightPrecision {
  bitsPerWeight: number;
  /** Why this figure: a GGUF level's measured bpw, a format's packing, or an unquantized default. */
  basis: string;
}

export function weightPrecision(facts: Facts): WeightPrecision {
  const { format, bits, level } = facts.quant;
  const gguf = level ? findGgufLevel(level) : null;
  if (gguf) return { bitsPerWeight: gguf.bpw, basis: `GGUF ${gguf.name}: ${gguf.bpw} bpw (llama.cpp, whole model, Llama-3.1-8B)` };
  if (format === 'exl2' || format === 'exl3') return { bitsPerWeight: bits ?? 4.65, basis: bits ? `${format.toUpperCase()} ${bits} bpw` : 'EXL2 at a typical 4.65 bpw' };
  if ((format === 'mlx' || format === 'mlc') && bits && bits < 16) return { bitsPerWeight: bits + 0.5, basis: `${format.toUpperCase()} ${bits}-bit with group scales` };
  if (format === 'bnb' && bits === 8) return { bitsPerWeight: 8.25, basis: 'bitsandbytes LLM.int8' };
  if (format === 'gguf' || format === 'ggml') return { bitsPerWeight: 4.89, basis: 'GGUF at Q4_K_M (the usual choice), 4.89 bpw' };
  const known = format ? FORMAT_BPW[format] : undefined;
  if (known) return { bitsPerWeight: known.bpw, basis: known.why };
  return { bitsPerWeight: 16, basis: 'unquantized, assumed BF16 (16 bits)' };
}

export interface MemoryEstimate {
  parameters: number;
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

export function estimateMemory(facts: Facts): MemoryEstimate | null {
  const parameters = facts.params.total;
  if (parameters === null || parameters <= 0) return null;
  const precision = weightPrecision(facts);
  const weightsBytes = (parameters * precision.bitsPerWeight) / 8;
  const adapterState = parameters * 0.01 * 16; // LoRA weights, gradients and AdamW states for ~1% of parameters
  const quantized = facts.quant.format !== null && !['fp16', 'bf16', 'fp32'].includes(facts.quant.format);
  return {
    parameters,
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
