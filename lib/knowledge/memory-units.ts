// Byte widths the memory estimator multiplies by, each with where it is defined.

/**
 * Bytes per stored element of a safetensors dtype (the safetensors format spec's dtype list). The Hub's
 * `safetensors.parameters` counts elements per dtype, so bytes = Σ count × width — exact also for packed storage
 * (GPTQ/AWQ qweight in I32, bitsandbytes NF4 in U8, MLX in U32), whose elements hold several weights.
 */
export const DTYPE_BYTES: Readonly<Record<string, number>> = {
  F64: 8,
  I64: 8,
  U64: 8,
  F32: 4,
  I32: 4,
  U32: 4,
  F16: 2,
  BF16: 2,
  I16: 2,
  U16: 2,
  F8_E4M3: 1,
  F8_E5M2: 1,
  F8_E8M0: 1,
  I8: 1,
  U8: 1,
  BOOL: 1,
  F4: 0.5,
  F6_E2M3: 0.75,
  F6_E3M2: 0.75,
};

/**
 * Where the Hub counts a packed dtype in weights rather than stored elements. gpt-oss (quant_method mxfp4): the U8
 * count is the MXFP4 weights (two per stored byte) plus their E8M0 scales (one per 32 weights), i.e. count = w × 33/32
 * for w × 17/32 bytes. Checked: openai/gpt-oss-120b {BF16 2,167,371,072, U8 118,244,966,400} → 65.25 GB = the model
 * card's 60.77 GiB checkpoint.
 */
export const UNPACKED_COUNTS: readonly { quantMethod: string; dtype: string; bytesPerCount: number }[] = [
  { quantMethod: 'mxfp4', dtype: 'U8', bytesPerCount: 17 / 33 },
];

/**
 * KV cache element sizes in bytes (ggml block types: ggml/src/ggml-common.h block_q8_0 = fp16 scale + 32 int8 = 34
 * bytes per 32; block_q4_0 = fp16 scale + 16 bytes of nibbles = 18 bytes per 32).
 */
export const KV_TYPE_BYTES = { f16: 2, q8_0: 34 / 32, q4_0: 18 / 32 } as const;

/** llama.cpp defaults (common/common.h): micro-batch 512, context padded to 256 (llama-context.cpp, PR #17046). */
export const LLAMA_CPP = { ubatch: 512, ctxPad: 256 } as const;

/**
 * Compute-buffer allowance: Ollama's scheduler reserves a graph of
 * max(4·batch·(1 + 4·embd + ctx·(1 + heads)), 4·batch·(embd + vocab)) bytes for a fully offloaded llama-family model
 * (ollama/ollama fs/ggml/ggml.go GraphSize, batch 512), plus the CUDA runtime's own minimum (ollama/ollama
 * discover/gpu.go, cudaMinimumMemory = 457 MiB). Without shapes, a flat allowance of the same order.
 */
export const BUFFERS = { batch: 512, runtimeBytes: 457 * 2 ** 20, fallbackComputeBytes: 512 * 2 ** 20 } as const;

/**
 * Training bytes per parameter (Transformers "Model training anatomy"): mixed-precision AdamW full fine-tuning keeps
 * weights (2 + 4 master), gradients (2) and two fp32 moments (8) = 16 bytes; LoRA freezes BF16 weights (2); QLoRA
 * freezes NF4 weights with one fp32 absmax per 64 (4.5 bits). Adapters: ~1 % of parameters × 16 bytes.
 */
export const TRAINING = {
  fullBytesPerParam: 16,
  loraBytesPerParam: 2,
  qloraBitsPerParam: 4.5,
  adapterShare: 0.01,
  adapterBytesPerParam: 16,
  sequence: 2048,
} as const;

/**
 * vLLM's allocation (vllm-project/vllm vllm/config/cache.py at 002f10e0cfa1373a19a0d2756598a34b700d20e5:
 * `gpu_memory_utilization` default 0.92, earlier releases 0.9; DEFAULT_BLOCK_SIZE 16. vllm/v1/worker/gpu_worker.py
 * `determine_available_memory` at 0012cf691b7e69423244d2b1405f4b6832156e19: KV cache = total GPU memory × utilization
 * − the profile run's peak (weights + activations at max_num_batched_tokens) − non-torch allocations (NCCL, cuBLAS);
 * later releases also subtract a CUDA-graph estimate). vLLM then refuses to start when one request at max_model_len
 * does not fit that KV cache ("estimated maximum model length is …"), vllm/v1/core/kv_cache_utils.py.
 * The activation peak is an allowance: per batched token ~28 bytes per hidden unit (hidden states, residual, QKV, the
 * MLP's gate/up at ~3.5 × hidden, in 16 bits) plus fp32 logits for max_num_seqs (256) sequences, computed twice; vLLM
 * startup logs put a 27B-class model at 1.8 GiB of activation, 0.27 GiB non-torch and 0.45 GiB of CUDA graphs.
 * KV cache elements: `--kv-cache-dtype` "auto" keeps the model's 16 bits; "fp8" (cache.py's `CacheDType`, the one
 * quantized cache type of every vLLM release since 0.4) stores 1 byte: the analogue of llama.cpp's q8_0 and q4_0 caches.
 */
export const VLLM = {
  utilization: 0.92,
  blockSize: 16,
  maxBatchedTokens: 8192,
  maxNumSeqs: 256,
  activationBytesPerTokenHidden: 28,
  fallbackActivationBytes: 2 * 2 ** 30,
  cudaGraphBytes: 0.5 * 2 ** 30,
  nonTorchBytes: 0.3 * 2 ** 30,
  /** A max_model_len below this serves nothing useful: the model does not fit vLLM. */
  minUsefulContext: 1024,
  /** Bytes per cached element of `--kv-cache-dtype` auto (a 16-bit model) and fp8. */
  kvElementBytes: { auto: 2, fp8: 1 },
} as const;
