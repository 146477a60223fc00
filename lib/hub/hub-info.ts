import { ADAPTER_FILES, FULL_WEIGHT_FILES, LORA_FILE_WORDS, NOT_WEIGHTS, WEIGHT_FILE } from '../knowledge/hub-words';

/**
 * The parts of a Hub model-info object Model Lens reads: what `/api/models/{id}` returns, the `model` of a model
 * page's ModelHeader data-props, or an entry of a listing's ModelList data-props. Everything is optional: the three
 * shapes differ and the Hub adds and drops fields.
 */
export interface HubModelInfo {
  id: string;
  pipelineTag: string | null;
  libraryName: string | null;
  tags: string[];
  architectures: string[];
  modelType: string | null;
  quantizationConfig: QuantizationConfig | null;
  /** cardData.base_model, as one or several IDs. */
  cardBaseModels: string[];
  safetensors: { total: number | null; dtypes: Record<string, number> } | null;
  gguf: { total: number | null; architecture: string | null; contextLength: number | null } | null;
  /** Listing data gives `numParameters` instead of safetensors. */
  numParameters: number | null;
  siblings: string[];
  gated: boolean;
  private: boolean;
  /** Whether config was present but empty (`{}`) although the repo likely has a config.json: a known Hub trap. */
  configEmpty: boolean;
  // Licence and chat template (issue #16): what people decide by.
  /** cardData.license, else the `license:` tag; `other` sends readers to licenseName. */
  license: string | null;
  /** cardData.license_name, for `license: other`. */
  licenseName: string | null;
  /** cardData.license_link. */
  licenseLink: string | null;
  /** The chat template: config.tokenizer_config.chat_template (a string, or named templates joined) or gguf.chat_template. */
  chatTemplate: string | null;
  /** Numeric fields dropped as implausible (1e308 parameters, negative sizes…), with why: treated as missing. */
  implausible: ImplausibleField[];
  /**
   * config.peft, which the Hub fills from a PEFT adapter's adapter_config.json (huggingface/huggingface.js
   * packages/tasks/src/model-data.ts `config.peft` @fe42e68017ffc76d09922ea8f9b38a6964345710); absent elsewhere.
   */
  peft?: { baseModel: string | null } | null;
}

export interface ImplausibleField {
  field: string;
  value: string;
  reason: 'not-a-number' | 'not-positive' | 'too-large';
}

export interface QuantizationConfig {
  quantMethod: string | null;
  bits: number | null;
  loadIn4bit: boolean;
  loadIn8bit: boolean;
  /** compressed-tensors: weight bits and type from config_groups. */
  weightBits: number | null;
  weightType: string | null;
  /** Weights per scale group (GPTQ/AWQ group_size; -1 or absent: per channel). */
  groupSize?: number | null;
  /** bitsandbytes double quantization of the absmax scales (bnb_4bit_use_double_quant). */
  doubleQuant?: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
/** Parameter counts and sizes: positive, finite, whole. */
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;
/**
 * Upper bounds of plausible Hub figures: the largest published models have about 2 trillion parameters, contexts
 * reach 10 million tokens (Llama 4 Scout); beyond these bounds a figure is a fault, not a model.
 */
export const PLAUSIBLE = { parameters: 1e13, contextTokens: 1e8, fileBytes: 1e13 } as const;

/** A count that must be positive and at most `max`; anything else is recorded in `implausible` and read as missing. */
function plausible(value: unknown, max: number, field: string, implausible: ImplausibleField[]): number | null {
  if (value === undefined || value === null) return null;
  const reason: ImplausibleField['reason'] | null =
    typeof value !== 'number' || !Number.isFinite(value)
      ? 'not-a-number'
      : value <= 0
        ? 'not-positive'
        : value > max
          ? 'too-large'
          : null;
  if (reason) {
    implausible.push({ field, value: String(value).slice(0, 40), reason });
    return null;
  }
  return Math.round(value as number);
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

/** Reads untrusted JSON into a HubModelInfo; null when it has no model ID. Never throws. */
export function readHubInfo(json: unknown): HubModelInfo | null {
  if (!isObject(json)) return null;
  const id = str(json.id) ?? str(json.modelId);
  if (!id) return null;
  const config = isObject(json.config) ? json.config : null;
  const cardData = isObject(json.cardData) ? json.cardData : {};
  const safetensors = isObject(json.safetensors) ? json.safetensors : null;
  const gguf = isObject(json.gguf) ? json.gguf : null;
  const implausible: ImplausibleField[] = [];
  const dtypes: Record<string, number> = {};
  if (safetensors && isObject(safetensors.parameters)) {
    for (const [dtype, value] of Object.entries(safetensors.parameters)) {
      const n = plausible(value, PLAUSIBLE.parameters, `safetensors.parameters.${dtype.slice(0, 20)}`, implausible);
      if (n !== null) dtypes[dtype] = n;
    }
  }
  return {
    id,
    pipelineTag: str(json.pipeline_tag) ?? str(cardData.pipeline_tag),
    libraryName: str(json.library_name) ?? str(cardData.library_name),
    tags: strings(json.tags),
    architectures: config ? strings(config.architectures) : [],
    modelType: config ? str(config.model_type) : null,
    quantizationConfig:
      config && isObject(config.quantization_config)
        ? readQuantizationConfig(config.quantization_config)
        : config && isObject(config.quantization)
          ? readMlxQuantization(config.quantization)
          : null,
    cardBaseModels: strings(cardData.base_model),
    safetensors: safetensors
      ? { total: plausible(safetensors.total, PLAUSIBLE.parameters, 'safetensors.total', implausible), dtypes }
      : null,
    gguf: gguf
      ? {
          total: plausible(gguf.total, PLAUSIBLE.parameters, 'gguf.total', implausible),
          architecture: str(gguf.architecture),
          contextLength: plausible(gguf.context_length, PLAUSIBLE.contextTokens, 'gguf.context_length', implausible),
        }
      : null,
    numParameters: plausible(json.numParameters, PLAUSIBLE.parameters, 'numParameters', implausible),
    siblings: Array.isArray(json.siblings)
      ? json.siblings
          .map((sibling) => (isObject(sibling) ? str(sibling.rfilename) : null))
          .filter((name): name is string => name !== null)
      : [],
    gated: json.gated === true || json.gated === 'auto' || json.gated === 'manual',
    private: json.private === true,
    configEmpty: config !== null && Object.keys(config).length === 0,
    ...readDecideFields(json, config, cardData, gguf),
    implausible,
    peft: config && isObject(config.peft) ? { baseModel: str(config.peft.base_model_name_or_path) } : null,
  };
}

/** Licence fields and the chat template: cardData wins over tags (tags are derived from it). */
function readDecideFields(
  json: Json,
  config: Json | null,
  cardData: Json,
  gguf: Json | null,
): Pick<HubModelInfo, 'license' | 'licenseName' | 'licenseLink' | 'chatTemplate'> {
  const licenseTag = strings(json.tags).find((tag) => tag.startsWith('license:'));
  const cardLicense = strings(cardData.license)[0];
  const tokenizer = config && isObject(config.tokenizer_config) ? config.tokenizer_config : null;
  const template = tokenizer ? tokenizer.chat_template : undefined;
  // tokenizer_config may hold several named templates ([{name: 'default', template}, {name: 'tool_use', …}]).
  const named = Array.isArray(template)
    ? template
        .map((entry) => (isObject(entry) ? [str(entry.name), str(entry.template)].filter(Boolean).join('\n') : ''))
        .join('\n')
    : null;
  return {
    license: (cardLicense && str(cardLicense)) ?? (licenseTag ? str(licenseTag.slice('license:'.length)) : null),
    licenseName: str(cardData.license_name),
    licenseLink: str(cardData.license_link),
    chatTemplate: str(template) ?? (named ? str(named) : null) ?? (gguf ? str(gguf.chat_template) : null),
  };
}

/** MLX writes `quantization: {group_size, bits}` (and sometimes a quantization_config copy). */
function readMlxQuantization(config: Json): QuantizationConfig {
  return {
    quantMethod: 'mlx',
    bits: count(config.bits),
    loadIn4bit: false,
    loadIn8bit: false,
    weightBits: null,
    weightType: null,
  };
}

function readQuantizationConfig(config: Json): QuantizationConfig {
  let weightBits: number | null = null;
  let weightType: string | null = null;
  if (isObject(config.config_groups)) {
    for (const group of Object.values(config.config_groups)) {
      if (isObject(group) && isObject(group.weights)) {
        weightBits = count(group.weights.num_bits);
        weightType = str(group.weights.type);
        break;
      }
    }
  }
  return {
    quantMethod: str(config.quant_method)?.toLowerCase() ?? null,
    bits: count(config.bits) ?? count(config.w_bit),
    loadIn4bit: config.load_in_4bit === true || config._load_in_4bit === true,
    loadIn8bit: config.load_in_8bit === true || config._load_in_8bit === true,
    weightBits,
    weightType,
    groupSize: count(config.group_size) ?? count(config.q_group_size),
    doubleQuant: config.bnb_4bit_use_double_quant === true,
  };
}

/** `base_model:quantized:Qwen/Qwen2.5-7B-Instruct` → relation and ID. */
export function readBaseModelTags(
  tags: readonly string[],
): { relation: 'finetune' | 'quantized' | 'adapter' | 'merge'; id: string }[] {
  const out: { relation: 'finetune' | 'quantized' | 'adapter' | 'merge'; id: string }[] = [];
  for (const tag of tags) {
    const match = /^base_model:(finetune|quantized|adapter|merge):(.+)$/.exec(tag);
    if (match) out.push({ relation: match[1] as 'finetune' | 'quantized' | 'adapter' | 'merge', id: match[2]! });
  }
  return out;
}

/**
 * What the Hub left out that it should have sent, as a hub_reason_* word: `empty-config` when `config` is `{}` although
 * the repo has a config.json (a known trap; GGUF and diffusers repos legitimately have none). Null when complete.
 */
export function hubDataGap(info: HubModelInfo): 'empty-config' | null {
  return info.configEmpty && info.siblings.includes('config.json') ? 'empty-config' : null;
}

/** What a repo's file list says about adapters: the adapter file found, or the whole-model weights found. */
export interface RepoFiles {
  /** An adapter file, when the repo holds no whole-model weights; `confidence` is medium for a LoRA-named file. */
  adapter: { file: string; method: 'lora' | 'adapter'; confidence: 'high' | 'medium' } | null;
  /** A whole-model weight file (`model.safetensors`, `model_index.json`, a `.gguf`…). */
  fullWeights: string | null;
}

/** Built on first use: the content script imports this module for hubDataGap alone and must not carry the table. */
let adapterFileByName: ReadonlyMap<string, 'lora' | 'adapter'> | null = null;
const adapterMethodOf = (file: string) =>
  (adapterFileByName ??= new Map(
    ADAPTER_FILES.flatMap((def) => def.names.map((name) => [name, def.method] as const)),
  )).get(file);
const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const loraNamed = (file: string) =>
  file
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => LORA_FILE_WORDS.has(word));

/**
 * Reads `siblings` for adapters: whole-model weights win (a model may ship adapters beside it); else PEFT's,
 * diffusers' or Medusa's adapter files; else weight files at the root that are all LoRA-named. Nothing when the
 * list is empty (listing data has none) or says neither.
 */
export function readRepoFiles(siblings: readonly string[]): RepoFiles {
  let named: string | null = null;
  let rootWeights = 0;
  let loraWeights: string | null = null;
  let loraCount = 0;
  for (const path of siblings) {
    const file = lastSegment(path);
    const lower = file.toLowerCase();
    if (FULL_WEIGHT_FILES.some((def) => def.pattern.test(lower)) && !loraNamed(file))
      return { adapter: null, fullWeights: path };
    if (named === null && adapterMethodOf(file)) named = path;
    if (path === file && WEIGHT_FILE.test(lower) && !NOT_WEIGHTS.test(lower)) {
      rootWeights++;
      if (loraNamed(file)) {
        loraCount++;
        loraWeights ??= path;
      }
    }
  }
  if (named !== null)
    return {
      adapter: { file: named, method: adapterMethodOf(lastSegment(named))!, confidence: 'high' },
      fullWeights: null,
    };
  if (loraWeights !== null && loraCount === rootWeights)
    return { adapter: { file: loraWeights, method: 'lora', confidence: 'medium' }, fullWeights: null };
  return { adapter: null, fullWeights: null };
}
