import type { HardwareProfile, KvCacheType, VllmAllocation } from '../facts/memory';
import { VLLM } from '../knowledge/memory-units';
import type { KvPlan } from './kv-cache';

// How vLLM itself would lay the model out on the user's GPUs: it takes `gpu_memory_utilization` of each GPU up front,
// places the weights, the activation peak of its profiling run, CUDA graphs and non-torch memory in it, and makes
// the rest KV cache blocks. One request at max_model_len must fit those blocks, or vLLM does not start.

export interface VllmInput {
  /** Weights (and any projector) loaded on the GPUs. */
  weightsBytes: number;
  plan: KvPlan;
  /** The context asked for, and the longest the model takes (vLLM's max_model_len cannot exceed it). */
  contextTokens: number;
  maxModelTokens: number | null;
  hidden: number | null;
  vocab: number | null;
  hardware: HardwareProfile | null | undefined;
  /** The settings' KV cache type: a quantized one (q8_0, q4_0) is vLLM's fp8 cache. */
  kvType: KvCacheType;
}

/** vLLM's cache type for the settings' one: vLLM has one quantized KV cache, fp8. */
export const vllmKvDtype = (kvType: KvCacheType): VllmAllocation['kvCacheDtype'] => (kvType === 'f16' ? 'auto' : 'fp8');

/** Null without a profile, on unified memory (vLLM runs on CUDA and ROCm GPUs), or for absurd inputs. */
export function vllmAllocation(input: VllmInput): VllmAllocation | null {
  const { hardware, plan } = input;
  if (!hardware || hardware.unified || hardware.gpuBytes <= 0) return null;
  if (!Number.isFinite(input.weightsBytes) || input.weightsBytes <= 0 || plan.layers.length === 0) return null;
  const gpus = Math.max(1, Math.floor(hardware.gpus));
  const budgetBytes = VLLM.utilization * hardware.gpuBytes * gpus;
  const activation =
    input.hidden && input.vocab
      ? VLLM.maxBatchedTokens * input.hidden * VLLM.activationBytesPerTokenHidden + VLLM.maxNumSeqs * input.vocab * 8
      : VLLM.fallbackActivationBytes;
  const nonKvBytes = input.weightsBytes + activation + gpus * (VLLM.cudaGraphBytes + VLLM.nonTorchBytes);
  const kvBudgetBytes = budgetBytes - nonKvBytes;
  const ceiling = Math.max(VLLM.blockSize, Math.floor(input.maxModelTokens ?? input.contextTokens));
  const kvCacheDtype = vllmKvDtype(input.kvType);
  const maxContextTokens = kvBudgetBytes > 0 ? longestContext(plan, kvBudgetBytes, ceiling, kvCacheDtype) : 0;
  const contextTokens = Math.min(input.contextTokens, ceiling);
  const verdict =
    maxContextTokens >= contextTokens ? 'gpu' : maxContextTokens >= VLLM.minUsefulContext ? 'shorter' : 'no';
  return {
    utilization: VLLM.utilization,
    budgetBytes,
    nonKvBytes,
    kvBudgetBytes,
    maxContextTokens,
    contextTokens,
    verdict,
    kvCacheDtype,
  };
}

/** KV cache bytes of one request of `tokens` in vLLM's blocks (the "auto" cache of a 16-bit model, or fp8). */
export function vllmKvBytes(plan: KvPlan, tokens: number, dtype: VllmAllocation['kvCacheDtype'] = 'auto'): number {
  const blocks = (count: number) => Math.ceil(count / VLLM.blockSize) * VLLM.blockSize;
  let total = 0;
  for (const layer of plan.layers) {
    // A sliding-window layer keeps its window plus the tokens of one scheduled batch (vLLM's SlidingWindowSpec).
    const kept =
      layer.window === null
        ? blocks(tokens)
        : Math.min(blocks(tokens), blocks(layer.window - 1 + VLLM.maxBatchedTokens));
    total += layer.width * VLLM.kvElementBytes[dtype] * kept;
  }
  return total;
}

/** The longest context (a whole number of blocks, at most `ceiling`) whose KV cache fits `budget`: vLLM's own search. */
export function longestContext(
  plan: KvPlan,
  budget: number,
  ceiling: number,
  dtype: VllmAllocation['kvCacheDtype'] = 'auto',
): number {
  if (vllmKvBytes(plan, ceiling, dtype) <= budget) return ceiling;
  let low = 0;
  let high = Math.floor(ceiling / VLLM.blockSize);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (vllmKvBytes(plan, middle * VLLM.blockSize, dtype) <= budget) low = middle;
    else high = middle - 1;
  }
  return low * VLLM.blockSize;
}
