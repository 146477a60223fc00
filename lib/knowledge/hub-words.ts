import type { Category, QuantFormat } from '../facts/schema';

// What Hub metadata words mean, as data: libraries, tags and quantization methods.

/** library_name → category, for libraries that serve one kind of model (huggingface.js model-libraries). */
export const LIBRARY_CATEGORY: Readonly<Record<string, Category>> = {
  diffusers: 'image-generation',
  'sentence-transformers': 'embedding',
  timm: 'vision',
  open_clip: 'vision',
  ultralytics: 'vision',
  speechbrain: 'speech',
  'pyannote-audio': 'speech',
  espnet: 'speech',
  nemo: 'speech',
  'stable-baselines3': 'other',
  'ml-agents': 'other',
  'sample-factory': 'other',
  sklearn: 'other',
  'scikit-learn': 'other',
};

/** Hub tags (and library names) that name a weight format. */
export const TAG_FORMAT: Readonly<Record<string, QuantFormat>> = {
  gguf: 'gguf',
  ggml: 'ggml',
  gptq: 'gptq',
  awq: 'awq',
  exl2: 'exl2',
  exl3: 'exl3',
  bitsandbytes: 'bnb',
  fp8: 'fp8',
  mlx: 'mlx',
};

export const TAG_BITS: Readonly<Record<string, number>> = {
  '2-bit': 2,
  '3-bit': 3,
  '4-bit': 4,
  '5-bit': 5,
  '6-bit': 6,
  '8-bit': 8,
};

/** quantization_config.quant_method → format (Transformers AUTO_QUANTIZATION_CONFIG_MAPPING names). */
export const QUANT_METHOD_FORMAT: Readonly<Record<string, QuantFormat | null>> = {
  gptq: 'gptq',
  awq: 'awq',
  bitsandbytes: 'bnb',
  bitsandbytes_4bit: 'bnb',
  bitsandbytes_8bit: 'bnb',
  fp8: 'fp8',
  fbgemm_fp8: 'fp8',
  exl2: 'exl2',
  gguf: 'gguf',
  mlx: 'mlx',
  // Methods outside the schema's format list: the bit width is still worth saying.
  'compressed-tensors': null,
  mxfp4: null,
  nvfp4: null,
  torchao: null,
  hqq: null,
  aqlm: null,
  quanto: null,
  eetq: 'int8',
  bitnet: null,
  'auto-round': null,
  modelopt: null,
};

/** Tags that mark adapter-only repos (PEFT, LoRA). */
export const ADAPTER_TAGS: ReadonlySet<string> = new Set(['lora', 'peft', 'adapter']);
export const MERGE_TAGS: ReadonlySet<string> = new Set(['merge', 'mergekit']);

/**
 * safetensors dtypes that store one parameter per value: totals over them are parameter counts. Packed integer dtypes
 * (I32 for GPTQ/AWQ, U8 for bitsandbytes 4-bit) understate parameters 3–8×.
 */
export const UNPACKED_DTYPES: ReadonlySet<string> = new Set([
  'F64',
  'F32',
  'F16',
  'BF16',
  'F8_E4M3',
  'F8_E5M2',
  'F8_E8M0',
  'I64',
]);

/** Formats whose safetensors hold packed weights: never show their safetensors total as the model's size. */
export const PACKED_FORMATS: ReadonlySet<QuantFormat> = new Set(['gptq', 'awq', 'bnb', 'int4', 'exl2', 'exl3', 'mlx']);
