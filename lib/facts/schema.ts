import type { MemoryFacts } from './memory';

// The fact schema of DESIGN.md. Field names and value vocabularies are a public contract: add, never rename.

export const CATEGORIES = [
  'llm',
  'vlm',
  'speech',
  'vision',
  'image-generation',
  'multimodal',
  'embedding',
  'nlp',
  'other',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];
/** Categories whose models generate text (language models, alone or with other senses): stages and chat capabilities apply. */
export const GENERATIVE_CATEGORIES: ReadonlySet<Category> = new Set(['llm', 'vlm', 'multimodal']);

export const STAGES = ['base', 'instruct', 'chat'] as const;
export type Stage = (typeof STAGES)[number];

export const ALIGNMENTS = ['rlhf', 'dpo', 'orpo', 'kto', 'ppo', 'simpo'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const FINETUNES = ['sft', 'lora', 'qlora', 'merged', 'full', 'adapter'] as const;
export type Finetune = (typeof FINETUNES)[number];

export const QUANT_FORMATS = [
  'gguf',
  'ggml',
  'gptq',
  'awq',
  'exl2',
  'exl3',
  'bnb',
  'mlx',
  'mlc',
  'fp8',
  'int8',
  'int4',
  'fp16',
  'bf16',
  'fp32',
] as const;
export type QuantFormat = (typeof QUANT_FORMATS)[number];

export const MODALITIES = ['vl', 'vision', 'llava', 'mm', 'omni', 'audio'] as const;
export type Modality = (typeof MODALITIES)[number];

export const PURPOSES = [
  'code',
  'math',
  'medical',
  'legal',
  'finance',
  'roleplay',
  'uncensored',
  'abliterated',
  'turbo',
  'small',
  'enhanced',
  'preview',
  'long-context',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const AXOLOTL_SUPPORT = ['full', 'partial', 'none', 'unknown'] as const;
export type AxolotlSupport = (typeof AXOLOTL_SUPPORT)[number];

export const VERDICTS = ['yes', 'no', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Serving engines: their ids (the `serving` keys) come from the engine registry, lib/support/engines/. */
export type ServingEngine = string;

/** Packaging a repo can ship its weights in besides Transformers safetensors (not a quantization). */
export type Packaging = 'onnx' | 'openvino' | 'coreml' | 'tflite' | 'tensorrt' | 'ctranslate2' | 'diffusers';

/** What a model's licence lets people do (issue #16): commercial use free, with conditions, not at all, or not known. */
export const LICENSE_KINDS = ['open', 'conditional', 'non-commercial', 'unknown'] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number];

export interface LicenseFact {
  /** The Hub's licence identifier (`apache-2.0`, `llama3.1`), or for `other` the authors' license_name. */
  id: string;
  /** How people call it ("Llama 3.1 Community License"); the identifier when the licence is not known. */
  title: string;
  kind: LicenseKind;
  /** What the licence asks, in English (tooltip); null when it asks nothing to mention or is not known. */
  condition: string | null;
  /** Message key of `condition`, for the interface's language. */
  conditionKey: string | null;
  /** cardData.license_link, when the authors gave one. */
  link: string | null;
  /** The repo is gated: downloads need the licence accepted on the Hub and a token. */
  gated: boolean;
}

/** What a model can do beyond plain text in, text out, each from evidence (issue #16). */
export const CAPABILITIES = ['reasoning', 'tools', 'vision', 'audio', 'video'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const EVIDENCE_SOURCES = ['name', 'page', 'hub', 'engine-matrix'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** How sure a fact is: a name token is a guess, Hub metadata is strong. */
export type Confidence = 'low' | 'medium' | 'high';

export interface Evidence {
  field: string;
  source: EvidenceSource;
  detail: string;
  confidence?: Confidence;
  /** The value a weaker source suggested when a stronger one overruled it. */
  overruled?: string;
  /** Message key and arguments of `detail`, so the interface can say it in the reader's language. */
  key?: string;
  args?: string[];
}

export interface Params {
  total: number | null;
  active: number | null;
  experts: number | null;
}

export interface Quant {
  format: QuantFormat | null;
  bits: number | null;
  level: string | null;
}

export interface AxolotlVerdict {
  support: AxolotlSupport;
  reason: string;
  alternative: string | null;
  /** The repo to train instead (from `base_model`), when this one is not the trainable original. */
  trainableBase?: string | null;
  /** Message keys and arguments of `reason` and `alternative`, for the interface's language. */
  reasonKey?: string;
  reasonArgs?: string[];
  alternativeKey?: string | null;
  alternativeArgs?: string[];
}

/**
 * How an engine gets to run the model: this repo as it is, after converting it, through a ready quantization of it
 * (another repo), through a plugin, or as an adapter on its base model.
 */
export const SERVING_ROUTES = ['direct', 'convert', 'quantization', 'plugin', 'adapter'] as const;
export type ServingRoute = (typeof SERVING_ROUTES)[number];

export interface ServingVerdict {
  verdict: Verdict;
  reason: string;
  /** The best route (the chip's); `routes` lists every one the engine has, best first, when there are several. */
  route?: ServingRoute;
  reasonKey?: string;
  reasonArgs?: string[];
  /** The engine's name as people know it (from the registry). */
  label?: string;
  /** Whether the engine serves this kind of model at all (only those get a chip). */
  servesKind?: boolean;
  routes?: ServingVerdict[];
  /** Ready-to-copy command for a "yes" (without the gated-repo login, which the sheet says once). */
  command?: string;
  /** Where a "quantization" route's ready quantizations are listed (`/models?other=base_model:quantized:<id>`). */
  link?: string;
}

/** What a model page shows beyond the Hub's model data, read by the content script (no request). */
export interface PageFacts {
  /** How many quantized versions of the model its model tree lists. */
  quantizedCount?: number | null;
  /** The GGUF files the repo's page lists (`ggufFilePaths` of its header data), when it is a GGUF repo. */
  ggufFiles?: string[];
}

/** One verdict per engine of the registry, keyed by its id, in the registry's order. */
export type Serving = Record<ServingEngine, ServingVerdict>;

/** One segment of the name's anatomy: the text as written and what it means. */
export interface AnatomyPart {
  text: string;
  role: AnatomyRole;
  meaning: string;
}
export type AnatomyRole =
  | 'org'
  | 'family'
  | 'version'
  | 'size'
  | 'stage'
  | 'alignment'
  | 'finetune'
  | 'quant'
  | 'modality'
  | 'purpose'
  | 'format'
  | 'date'
  | 'context'
  | 'file'
  | 'shard'
  | 'sidecar'
  | 'other';

export interface Facts {
  id: string;
  org: string | null;
  name: string;
  /** The file name when the input named one (`…-Q4_K_M.gguf`). */
  file: string | null;
  category: Category;
  /** How likely `category` is right, 0–1: 1 from Hub data, lower for name-only guesses (used to rank and to style guesses). */
  categoryConfidence: number;
  task: string | null;
  family: string | null;
  version: string | null;
  params: Params;
  stage: Stage | null;
  alignment: Alignment[];
  finetune: Finetune[];
  quant: Quant;
  modality: Modality[];
  purpose: Purpose[];
  axolotl: AxolotlVerdict;
  serving: Serving;
  evidence: Evidence[];
  anatomy: AnatomyPart[];
  /** Hub lineage: the trainable original (quantized repos) or the base an adapter applies to. */
  baseModel: string | null;
  baseModelRelation: BaseModelRelation | null;
  /** Transformers class names from config.architectures, when Hub data gave them. */
  architectures: string[];
  /** Whether the repo holds adapter weights only (LoRA / PEFT). */
  isAdapter: boolean;
  /** Whether Hub data was used, and why not when it was wanted. */
  hub: HubStatus;
  /** The model's maximum context in tokens (config.json, GGUF metadata or the name), when known. */
  maxContext: number | null;
  /** What running and fine-tuning it take (lib/estimate), null when the size is unknown. */
  memory: MemoryFacts | null;
  /** The declared licence and what it allows; null without Hub data or a rule that gives one. */
  license: LicenseFact | null;
  /** Capabilities with evidence, in CAPABILITIES order; empty when nothing says so. */
  capabilities: Capability[];
}

export type BaseModelRelation = 'finetune' | 'quantized' | 'adapter' | 'merge';

export interface HubStatus {
  used: boolean;
  /** Why Hub data is missing (rate limit, 401 …), set by the shells that fetch it. */
  unavailable?: string;
  /** The Hub says the repo is gated or private: downloads need an accepted licence and a token. */
  gated?: boolean;
}

/** What `classify --json` prints for an unusable input line. */
export interface ClassifyError {
  input: string;
  /** What went wrong, in English (the JSON's readers); `code` says it for programs and translations. */
  error: string;
  code: ClassifyErrorCode;
}

/** Why an input line is not a model: the views map each code to a message in the reader's language. */
export const CLASSIFY_ERROR_CODES = [
  'empty',
  'too-long',
  'invalid-id',
  'invalid-url',
  'not-model-page',
  'not-hub-url',
  'not-a-model',
  'invalid-json',
  'no-id',
  'internal',
] as const;
export type ClassifyErrorCode = (typeof CLASSIFY_ERROR_CODES)[number];

export function isClassifyError(result: Facts | ClassifyError): result is ClassifyError {
  return 'error' in result;
}
