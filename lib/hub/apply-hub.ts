import { addEvidence, replaceEvidence, type Draft } from '../facts/draft';
import {
  GENERATIVE_CATEGORIES,
  type BaseModelRelation,
  type Category,
  type Finetune,
  type QuantFormat,
} from '../facts/schema';
import { archCategory, pipelineCategory } from '../knowledge/categories';
import { CONFIDENCE, STRENGTH } from '../knowledge/names/strengths';
import {
  ADAPTER_TAGS,
  LIBRARY_CATEGORY,
  MERGE_TAGS,
  PACKED_FORMATS,
  QUANT_METHOD_FORMAT,
  TAG_BITS,
  TAG_FORMAT,
  UNPACKED_DTYPES,
} from '../knowledge/hub-words';
import { readBaseModelTags, readRepoFiles, type HubModelInfo, type RepoFiles } from './hub-info';
import { settleCapabilities } from './capabilities';
import { applyLicense } from './license';
import { own } from '../own';
import { formatCount } from '../i18n/numbers';

// Hub metadata beats name guesses: each field it decides replaces the name's value, and the evidence keeps what the
// name had said (`overruled`).

/** Name categories that survive an LLM or VLM architecture: embedders and rerankers are built on those classes. */
const BUILT_ON_LLM: ReadonlySet<Category> = new Set(['embedding', 'nlp']);
const GENERATOR_CLASSES: ReadonlySet<Category> = new Set(['llm', 'vlm']);

export function applyHub(draft: Draft, hub: HubModelInfo): void {
  const { facts } = draft;
  facts.hub.used = true;
  const tags = hub.tags.map((tag) => tag.toLowerCase());
  draft.hubTags = tags;
  draft.library = hub.libraryName;
  draft.modelType = hub.modelType;
  draft.gated = hub.gated || hub.private;
  if (draft.gated) facts.hub.gated = true;
  if (hub.architectures.length > 0) {
    facts.architectures = [...hub.architectures];
    addEvidence(draft, 'architecture', 'hub', 'high', 'evidence_hub_architecture', [hub.architectures.join(', ')]);
  }
  if (hub.gguf?.architecture) draft.ggufArchitecture = hub.gguf.architecture;

  applyLineage(draft, hub, tags);
  applyQuant(draft, hub, tags);
  applyCategory(draft, hub);
  applyParams(draft, hub);
  applyLicense(draft, hub);
  settleCapabilities(draft, hub);
}

function applyCategory(draft: Draft, hub: HubModelInfo): void {
  const { facts } = draft;
  const byPipeline = hub.pipelineTag ? pipelineCategory(hub.pipelineTag) : null;
  const arch = hub.architectures[0];
  const byArch = arch ? archCategory(arch) : null;
  const byLibrary = hub.libraryName ? (own(LIBRARY_CATEGORY, hub.libraryName) ?? null) : null;
  let category: Category | null = byPipeline ?? byArch ?? byLibrary;
  if (!category) return;
  if (
    !byPipeline &&
    byArch &&
    GENERATOR_CLASSES.has(byArch) &&
    BUILT_ON_LLM.has(facts.category) &&
    draft.categoryStrength >= STRENGTH.sure
  ) {
    // gte-Qwen2 declares Qwen2ForCausalLM, DSE declares Qwen2VL: their names (and cards) say embedding.
    addEvidence(draft, 'category', 'hub', 'medium', 'evidence_hub_arch_built_on', [arch!, facts.category]);
    category = facts.category;
  } else if ((category === 'vlm' || category === 'speech') && facts.category === 'multimodal') {
    // A Hub task or class names one side of an omni model (Gemma 3n is filed under image-text-to-text, Phi-4-multimodal
    // under speech recognition); the name's "multimodal" is the finer fact.
    addEvidence(draft, 'category', 'hub', 'medium', 'evidence_hub_arch_refined', [
      hub.pipelineTag ?? arch ?? '',
      facts.category,
    ]);
    category = facts.category;
  }
  const before = facts.category;
  if (category !== before) {
    replaceEvidence(draft, 'category');
    if (!GENERATIVE_CATEGORIES.has(category) && facts.stage) {
      facts.stage = null;
      replaceEvidence(draft, 'stage');
    }
  } else {
    replaceEvidence(draft, 'category');
  }
  const overruled = before !== category && before !== 'unknown' ? before : undefined;
  if (byPipeline) addEvidence(draft, 'category', 'hub', 'high', 'evidence_hub_pipeline', [hub.pipelineTag!], overruled);
  else if (byArch) addEvidence(draft, 'category', 'hub', 'high', 'evidence_hub_architecture', [arch!], overruled);
  else addEvidence(draft, 'category', 'hub', 'high', 'evidence_hub_library', [hub.libraryName!], overruled);
  facts.category = category;
  facts.categoryConfidence = CONFIDENCE.hub;
  draft.categoryStrength = STRENGTH.hub;
  if (hub.pipelineTag) facts.task = hub.pipelineTag;
}

function applyQuant(draft: Draft, hub: HubModelInfo, tags: readonly string[]): void {
  const { quant } = draft.facts;
  let format: QuantFormat | null = null;
  let bits: number | null = null;
  let because: { key: 'evidence_hub_gguf' | 'evidence_hub_quant_method' | 'evidence_hub_tag'; arg: string } | null =
    null;
  const config = hub.quantizationConfig;
  if (hub.gguf) {
    format = 'gguf';
    because = { key: 'evidence_hub_gguf', arg: hub.gguf.architecture ?? 'gguf' };
  } else if (config?.quantMethod && own(QUANT_METHOD_FORMAT, config.quantMethod) !== undefined) {
    format = own(QUANT_METHOD_FORMAT, config.quantMethod) ?? null;
    bits = config.bits ?? (config.loadIn4bit ? 4 : config.loadIn8bit ? 8 : null) ?? config.weightBits;
    if (config.quantMethod === 'compressed-tensors')
      format = compressedTensorsFormat(config.weightType, config.weightBits);
    if (config.quantMethod === 'mxfp4' || config.quantMethod === 'nvfp4') bits = 4;
    because = { key: 'evidence_hub_quant_method', arg: config.quantMethod };
  } else {
    const tag =
      tags.find((candidate) => own(TAG_FORMAT, candidate)) ??
      (hub.libraryName && own(TAG_FORMAT, hub.libraryName) ? hub.libraryName : undefined);
    if (tag) {
      format = own(TAG_FORMAT, tag)!;
      because = { key: 'evidence_hub_tag', arg: tag };
    }
  }
  if (bits === null && config?.bits && because) bits = config.bits;
  if (bits === null) {
    const bitsTag = tags.find((tag) => own(TAG_BITS, tag) !== undefined);
    if (bitsTag && (format || because)) bits = own(TAG_BITS, bitsTag)!;
  }
  if (!because) return;
  const overruled = quant.format !== null && quant.format !== format ? quant.format : undefined;
  replaceEvidence(draft, 'quant');
  addEvidence(draft, 'quant', 'hub', 'high', because.key, [because.arg], overruled);
  if (format !== quant.format) quant.level = format === 'gguf' ? quant.level : null;
  quant.format = format;
  if (bits !== null) quant.bits = bits;
  else if (format === 'awq') quant.bits = 4;
  else if (overruled) quant.bits = null;
}

/** compressed-tensors (llm-compressor) says its scheme in config_groups: int weights of N bits, or float 8-bit. */
function compressedTensorsFormat(type: string | null, bits: number | null): QuantFormat | null {
  if (type === 'float' && bits === 8) return 'fp8';
  if (type === 'int' && bits === 4) return 'int4';
  if (type === 'int' && bits === 8) return 'int8';
  return null;
}

function applyParams(draft: Draft, hub: HubModelInfo): void {
  const { params, quant } = draft.facts;
  // Implausible figures (1e308 parameters, negative counts) were dropped when read: say so where the size is shown.
  for (const dropped of hub.implausible) {
    addEvidence(
      draft,
      dropped.field === 'gguf.context_length' ? 'context' : 'params',
      'hub',
      'high',
      IMPLAUSIBLE_KEYS[dropped.reason],
      [dropped.field, dropped.value],
    );
  }
  let total: number | null = null;
  let key: 'evidence_hub_gguf_total' | 'evidence_hub_safetensors_total' | 'evidence_hub_num_parameters' | null = null;
  if (hub.gguf?.total) {
    // gguf.total counts parameters (totalFileSize is the bytes).
    total = hub.gguf.total;
    key = 'evidence_hub_gguf_total';
  } else if (
    hub.safetensors?.total &&
    !(quant.format && PACKED_FORMATS.has(quant.format)) &&
    Object.keys(hub.safetensors.dtypes).every((dtype) => UNPACKED_DTYPES.has(dtype))
  ) {
    total = hub.safetensors.total;
    key = 'evidence_hub_safetensors_total';
  } else if (hub.numParameters && !(quant.format && PACKED_FORMATS.has(quant.format))) {
    total = hub.numParameters;
    key = 'evidence_hub_num_parameters';
  }
  if (total === null || key === null) return;
  const overruled =
    params.total !== null && Math.abs(params.total - total) / total > 0.1 ? String(params.total) : undefined;
  replaceEvidence(draft, 'params');
  addEvidence(draft, 'params', 'hub', 'high', key, [formatCount(total)], overruled);
  params.total = total;
  if (params.active !== null && params.active > total) params.active = null;
}

function applyLineage(draft: Draft, hub: HubModelInfo, tags: readonly string[]): void {
  const { facts } = draft;
  const lineage = readBaseModelTags(hub.tags);
  const order: BaseModelRelation[] = ['adapter', 'quantized', 'merge', 'finetune'];
  const first = order.map((relation) => lineage.find((entry) => entry.relation === relation)).find(Boolean);
  if (first) {
    facts.baseModel = first.id;
    facts.baseModelRelation = first.relation;
    addEvidence(draft, 'baseModel', 'hub', 'high', 'evidence_hub_tag', [`base_model:${first.relation}:${first.id}`]);
  } else if (hub.cardBaseModels[0]) {
    facts.baseModel = hub.cardBaseModels[0];
    addEvidence(draft, 'baseModel', 'hub', 'medium', 'evidence_hub_card_base_model', [hub.cardBaseModels[0]]);
  } else if (hub.peft?.baseModel) {
    facts.baseModel = hub.peft.baseModel;
    facts.baseModelRelation = 'adapter';
    addEvidence(draft, 'baseModel', 'hub', 'high', 'evidence_hub_peft_config', [hub.peft.baseModel]);
  }
  const files = readRepoFiles(hub.siblings);
  const peftBase = hub.peft?.baseModel ?? null;
  const stated = first?.relation === 'adapter' || hub.libraryName === 'peft' || peftBase !== null;
  // `lora`/`adapter` tags also mark models trained with LoRA and merged: whole-model weights in the repo overrule them.
  const adapterTag = tags.find((tag) => ADAPTER_TAGS.has(tag));
  const tagged = adapterTag !== undefined && !files.fullWeights;
  if (stated || tagged) {
    draft.isAdapter = true;
    const method: Finetune = tags.includes('lora') ? 'lora' : 'adapter';
    if (tags.includes('lora')) addFinetune(draft, method, 'lora');
    else if (hub.libraryName === 'peft') addFinetune(draft, method, 'peft');
    else if (first?.relation === 'adapter') addFinetune(draft, method, 'base_model:adapter');
    else if (adapterTag) addFinetune(draft, method, adapterTag);
    else if (!draft.facts.finetune.includes(method)) {
      draft.facts.finetune.push(method);
      addEvidence(draft, 'finetune', 'hub', 'high', 'evidence_hub_peft_config', [peftBase!]);
    }
  }
  applyRepoFiles(draft, files, stated || tagged, tags);
  if (first?.relation === 'merge' || tags.some((tag) => MERGE_TAGS.has(tag))) addFinetune(draft, 'merged', 'merge');
}

/**
 * The repo's file list: adapter files (with no whole-model weights) make it an adapter; whole-model weights make a
 * name's adapter guess wrong (`…-QLoRA` repos often hold the merged model).
 */
function applyRepoFiles(draft: Draft, files: RepoFiles, tagged: boolean, tags: readonly string[]): void {
  if (files.adapter) {
    draft.isAdapter = true;
    const { file, method, confidence } = files.adapter;
    const finetune: Finetune = tags.includes('lora') ? 'lora' : method;
    if (!draft.facts.finetune.includes(finetune)) draft.facts.finetune.push(finetune);
    addEvidence(draft, 'finetune', 'hub', confidence, 'evidence_hub_adapter_files', [file]);
  } else if (files.fullWeights && draft.isAdapter && !tagged) {
    draft.isAdapter = false;
    addEvidence(draft, 'finetune', 'hub', 'high', 'evidence_hub_full_weights', [files.fullWeights], 'adapter');
  }
}

function addFinetune(draft: Draft, method: Finetune, tag: string): void {
  if (draft.facts.finetune.includes(method)) return;
  draft.facts.finetune.push(method);
  addEvidence(draft, 'finetune', 'hub', 'high', 'evidence_hub_tag', [tag]);
}

const IMPLAUSIBLE_KEYS = {
  'not-a-number': 'evidence_hub_implausible_nan',
  'not-positive': 'evidence_hub_implausible_negative',
  'too-large': 'evidence_hub_implausible_large',
} as const;
