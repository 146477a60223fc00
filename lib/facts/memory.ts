// The memory facts of DESIGN.md's schema: what running or fine-tuning the model takes, and whether it fits the
// user's hardware. Types only; lib/estimate computes them, the views and the CLI show them.

export const KV_CACHE_TYPES = ['f16', 'q8_0', 'q4_0'] as const;
/** The KV cache's element type (llama.cpp's --cache-type-k/v; f16 is every engine's default). */
export type KvCacheType = (typeof KV_CACHE_TYPES)[number];

/** Where the weights' size comes from, most exact first. */
export const WEIGHTS_SOURCES = ['file', 'hub-dtypes', 'quantization-config', 'family', 'name'] as const;
export type WeightsSource = (typeof WEIGHTS_SOURCES)[number];

export const FIT_VERDICTS = ['gpu', 'offload', 'no'] as const;
/** gpu: fits in GPU memory; offload: runs with part of the weights in system RAM (slower); no: does not fit. */
export type FitVerdict = (typeof FIT_VERDICTS)[number];

/** The user's hardware, in bytes (built from the options page's settings, or the CLI's --vram / --ram / --gpus). */
export interface HardwareProfile {
  /** Memory of one GPU (Apple silicon: the part of unified memory the GPU may use). */
  gpuBytes: number;
  gpus: number;
  /** System RAM for CPU offload; 0 when unknown. */
  ramBytes: number;
  /** Unified memory (Apple silicon): GPU and CPU share one pool, so there is no offload beyond it. */
  unified: boolean;
}

/** What a memory estimate is asked for, beyond the model's own facts. */
export interface MemoryOptions {
  /** The context the user wants, in tokens; capped at the model's maximum. Default 8,192. */
  contextTokens?: number;
  kvType?: KvCacheType;
  hardware?: HardwareProfile | null;
  /** The repo's config.json as parsed JSON (untrusted: read defensively). */
  config?: unknown;
  /** Files of the repo with their sizes in bytes (the page's file tree, the Files tab, the Hub's siblings). */
  files?: readonly RepoFile[];
  /** The repo's GGUF file paths as its page lists them (`ggufFilePaths`), sizes unknown: each is a file to choose. */
  ggufFiles?: readonly string[];
}

export interface RepoFile {
  path: string;
  bytes: number;
}

export interface Fit {
  verdict: FitVerdict;
  /** Bytes the configuration needs, and what the hardware offers (GPUs together; plus RAM when offloading). */
  neededBytes: number;
  gpuBytes: number;
  /** Bytes that sit in system RAM when offloading (0 when it fits on the GPU). */
  offloadBytes: number;
}

export interface TrainingMemory {
  /** The repo the training figures are for: this one, or the trainable base the Axolotl verdict names. */
  model: string;
  /** Bytes for full fine-tuning, LoRA and QLoRA; null where the Axolotl route does not apply. */
  full: number | null;
  lora: number | null;
  qlora: number | null;
  fit: { full: FitVerdict | null; lora: FitVerdict | null; qlora: FitVerdict | null } | null;
}

export interface MemoryFacts {
  weightsBytes: number | null;
  weightsSource: WeightsSource;
  kvBytesPerToken: number | null;
  /** KV cache at contextTokens (sliding-window layers counted by their window). */
  kvBytes: number | null;
  contextTokens: number;
  kvType: KvCacheType;
  /** A vision/audio projector loaded beside the model (its own file), when the repo has one. */
  projectorBytes: number | null;
  /** The engine's compute buffers and runtime overhead allowance. */
  overheadBytes: number;
  inferenceBytes: number | null;
  /** Bytes a user downloads for this configuration (the file(s), or the repo's weights). */
  downloadBytes: number | null;
  training: TrainingMemory | null;
  /** Null without a hardware profile. */
  fit: Fit | null;
  /** Message keys and arguments saying where each figure comes from (for the sheet and the CLI). */
  basis: readonly { key: string; args?: readonly (string | number)[] }[];
  /** A GGUF repo: the file these figures are for (the best that fits the user's hardware), among `files` choices. */
  file?: ChosenFile | null;
  /** What a user downloads per precision or ready file (BF16, FP8, each GGUF level), from the evidence there is. */
  downloads?: readonly DownloadSize[];
  /** vLLM's own allocation on the user's hardware (it preallocates a share of the GPU); null without a profile. */
  vllm?: VllmAllocation | null;
  /** Sentences the views show as they are (message keys and arguments): the fit tooltip and sheet line of the chosen
   * GGUF file, and what vLLM makes of the GPUs. */
  notes?: { fitFile: MemoryNote | null; file: MemoryNote | null; vllm: MemoryNote | null };
}

type MemoryNote = { key: string; args?: readonly (string | number)[] };

/** The GGUF file a repo's figures are for, and why it was chosen. */
export interface ChosenFile {
  /** The file (a split model's first part's name with `-of-N`), as the repo lists it. */
  path: string;
  /** Its level (`Q5_K_M`, `F16`), when the name says. */
  level: string | null;
  parts: number;
  /** The model's bytes: the files' sizes when the page gave them (exact), else parameters × the level's bits. */
  bytes: number;
  exact: boolean;
  /** best: the largest that fits on the GPU; smallest: none fits on the GPU, the smallest file's verdict; default: no profile. */
  reason: 'best' | 'smallest' | 'default';
  /** How many model files there were to choose from. */
  of: number;
}

export interface DownloadSize {
  /** `BF16`, `FP8`, a GGUF level, or the repo's own format (`AWQ`). */
  label: string;
  bytes: number;
  /** file: the file sizes; hub-dtypes: the Hub's counts; estimate: parameters × bits per weight. */
  source: 'file' | 'hub-dtypes' | 'estimate';
  /** This repo's own files (as opposed to what another precision of the model would take). */
  own: boolean;
  /** A split GGUF model's parts (downloaded together); absent for one file. */
  parts?: number;
}

/** vLLM: `gpu_memory_utilization` × the GPUs' memory holds weights, activations and CUDA graphs; the rest is KV cache. */
export interface VllmAllocation {
  utilization: number;
  /** utilization × GPU memory (all GPUs, tensor parallel). */
  budgetBytes: number;
  /** Weights (+ projector), activation peak, CUDA graphs and non-torch memory. */
  nonKvBytes: number;
  /** What is left for KV cache blocks (negative: the weights alone do not fit). */
  kvBudgetBytes: number;
  /** The longest context one request can have in that KV cache (a multiple of the block size), 0 when none. */
  maxContextTokens: number;
  /** The context asked for (the user's, capped at the model's). */
  contextTokens: number;
  /** gpu: fits at contextTokens; shorter: fits at maxContextTokens only; no: the weights do not fit. */
  verdict: 'gpu' | 'shorter' | 'no';
  /** vLLM's `--kv-cache-dtype`: fp8 where the settings' KV cache type is a quantized one (q8_0, q4_0). */
  kvCacheDtype: 'auto' | 'fp8';
}
