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

// Files that say what a repo holds (its `siblings`), for adapters: with the file list an adapter is read, not guessed.

/** Adapter weights and configs under the names the libraries that write and load them use. */
export interface AdapterFileDef {
  /** Exact file names (the last path segment: PEFT saves a named adapter in a folder of that name). */
  names: readonly string[];
  /** What the files hold: LoRA weights, or an adapter of a kind the name does not say (PEFT's config covers LoRA, IA3…). */
  method: 'lora' | 'adapter';
  source: string;
}

export const ADAPTER_FILES: readonly AdapterFileDef[] = [
  {
    names: ['adapter_config.json', 'adapter_model.safetensors', 'adapter_model.bin'],
    method: 'adapter',
    source:
      'huggingface/peft src/peft/utils/constants.py CONFIG_NAME, SAFETENSORS_WEIGHTS_NAME, WEIGHTS_NAME @5d602fdbff04c33c1c4de55cda9d4ae1d7cb7e40; transformers ADAPTER_(SAFE_)WEIGHTS_NAME (src/transformers/utils/__init__.py @2dfcc46f55719b873b35f4adad44d4d3f40ab144)',
  },
  {
    names: ['pytorch_lora_weights.safetensors', 'pytorch_lora_weights.bin'],
    method: 'lora',
    source:
      'huggingface/diffusers src/diffusers/loaders/lora_base.py LORA_WEIGHT_NAME_SAFE, LORA_WEIGHT_NAME @58eb52c0803ea9af3abec60841c2a093bdf1f951',
  },
  {
    // Medusa heads load on top of their base model (LoRAX loads them as adapter_id, docs/models/adapters/index.md
    // @a7394ba386ece427d5a6125b419aa38b46d966dc).
    names: ['medusa_lm_head.pt', 'medusa_lm_head.safetensors'],
    method: 'adapter',
    source:
      'FasterDecoding/Medusa medusa/model/medusa_model.py (medusa_lm_head.pt) and medusa/train/train_legacy.py (medusa_lm_head.safetensors) @e2a5d20c048a9b0a4092e6933c34313687422518',
  },
];

/**
 * Whole-model weights: a repo holding any of these is a model (it may carry adapters beside it, as Phi-4-multimodal
 * ships its speech and vision LoRAs), not adapter weights alone. Matched on the last path segment (diffusers keeps
 * its weights in unet/, transformer/…); shards (`model-00001-of-00004.safetensors`) and variants
 * (`diffusion_pytorch_model.fp16.safetensors`) included.
 */
export const FULL_WEIGHT_FILES: readonly { pattern: RegExp; source: string }[] = [
  {
    pattern:
      /^(?:model|pytorch_model)(?:-\d+-of-\d+)?\.(?:safetensors|bin)(?:\.index\.json)?$|^tf_model\.h5$|^flax_model\.msgpack$/,
    source:
      'huggingface/transformers src/transformers/utils/__init__.py SAFE_WEIGHTS_NAME, WEIGHTS_NAME, their index names, TF2_WEIGHTS_NAME, FLAX_WEIGHTS_NAME @2dfcc46f55719b873b35f4adad44d4d3f40ab144',
  },
  {
    pattern:
      /^model_index\.json$|^diffusion_pytorch_model(?:-\d+-of-\d+)?(?:\.[a-z0-9]+)?\.(?:safetensors|bin)(?:\.index\.json)?$/,
    source:
      "huggingface/diffusers src/diffusers/utils/constants.py WEIGHTS_NAME, SAFETENSORS_WEIGHTS_NAME and their index names; the pipeline's model_index.json @58eb52c0803ea9af3abec60841c2a093bdf1f951",
  },
  {
    pattern: /\.gguf$/,
    source: 'llama.cpp GGUF files: a whole model, except LoRA GGUFs (convert_lora_to_gguf.py output, named with LoRA)',
  },
];

/** Weight file extensions: a weight file named with a LoRA word (`Jon_Snow_Flux_LoRA.safetensors`) is LoRA weights. */
export const WEIGHT_FILE = /\.(?:safetensors|bin|pt|pth|ckpt|gguf)$/;
export const LORA_FILE_WORDS: ReadonlySet<string> = new Set([
  'lora',
  'loras',
  'lycoris',
  'locon',
  'loha',
  'lokr',
  'dora',
]);

/**
 * Training state that is not weights (diffusers' weight-name guess skips `scheduler`, `optimizer`, `checkpoint`:
 * huggingface/diffusers src/diffusers/loaders/lora_base.py _best_guess_weight_name @58eb52c0803ea9af3abec60841c2a093bdf1f951;
 * transformers' Trainer writes training_args.bin and rng_state*.pth beside them).
 */
export const NOT_WEIGHTS = /scheduler|optimizer|checkpoint|training_args|rng_state|scaler\.pt$/;

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
