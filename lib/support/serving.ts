import type { Draft } from '../facts/draft';
import { english, type MessageKey } from '../i18n/english';
import type { MessageArg } from '../i18n/format';
import { transformersArchCategory } from '../knowledge/categories';
import type { Category, QuantFormat, Serving, ServingRoute, ServingVerdict, Verdict } from '../facts/schema';
import type { EngineId } from '../knowledge/engine-types';
import {
  engine, listsArchitecture, listsArchitectureWithSuffixSwap, listsModelType, modelTypeForArchitecture, outOfTreePlugin,
  previouslySupported, vllmDocsListArchitecture,
} from '../knowledge/engine-lists';

// Which engines can run this repo. Formats come from the seed's serving table and engine-support.json; architecture
// support from each engine's own lists (TGI and MLX dispatch on model_type). Name-only input gets format-level
// verdicts, refined by the architecture the family usually ships; Hub architectures give architecture-level ones.

interface Decision {
  verdict: Verdict;
  key: MessageKey;
  args?: MessageArg[];
  route?: ServingRoute;
}

/** What a serving verdict depends on. */
interface ServingInput {
  format: QuantFormat | null;
  packaging: string | null;
  category: Category;
  adapter: boolean;
  sidecar: string | null;
  architecture: string | null;
  architectureFromHub: boolean;
  modelType: string | null;
  tgiTag: boolean;
  baseModel: string | null;
}

/** The six engines of the fact schema, plus MLX LM for Apple silicon. */
type Judge = (input: ServingInput) => Decision;

const LANGUAGE: ReadonlySet<Category> = new Set(['llm', 'vlm', 'multimodal']);
/** Formats a Transformers-style server loads from a repo's safetensors (with quantization_config when quantized). */
const HF_FORMATS: ReadonlySet<QuantFormat | null> = new Set([null, 'fp16', 'bf16', 'fp32', 'gptq', 'awq', 'bnb', 'fp8', 'int4', 'int8']);
/** Our format words → engine-support.json format words. */
const FORMAT_WORD: Partial<Record<QuantFormat, string>> = {
  gptq: 'gptq', awq: 'awq', bnb: 'bnb', fp8: 'fp8', int4: 'compressed-tensors', int8: 'compressed-tensors', exl2: 'exl2', exl3: 'exl3',
  gguf: 'gguf', mlx: 'mlx',
};

/** Serving verdicts on a draft, built afresh (name-only drafts go through name-verdicts.ts, which caches). */
export function servingVerdicts(draft: Draft): Serving {
  const input = servingInput(draft);
  const serving: Serving = {
    vllm: render(vllm(input)), llamacpp: render(llamacpp(input)), tgi: render(tgi(input)), ollama: render(ollama(input)),
    exllamav2: render(exllamav2(input)), sglang: render(sglang(input)),
  };
  if (LANGUAGE.has(input.category) || input.format === 'mlx') serving.mlx = render(mlx(input));
  return serving;
}

function servingInput(draft: Draft): ServingInput {
  const hubArchitecture = draft.facts.architectures[0] ?? null;
  return {
    format: draft.facts.quant.format,
    packaging: draft.packaging === 'diffusers' ? null : draft.packaging,
    category: draft.facts.category,
    adapter: draft.isAdapter,
    sidecar: draft.sidecar,
    architecture: hubArchitecture ?? draft.architectureGuess,
    architectureFromHub: hubArchitecture !== null,
    modelType: draft.modelType,
    tgiTag: draft.hubTags.includes('text-generation-inference'),
    baseModel: draft.facts.baseModel,
  };
}

function render(decision: Decision): ServingVerdict {
  const verdict: ServingVerdict = {
    verdict: decision.verdict, reason: english(decision.key, decision.args), reasonKey: decision.key, reasonArgs: (decision.args ?? []).map(String),
  };
  if (decision.route) verdict.route = decision.route;
  return verdict;
}

/** Checks shared by every engine: things that are not a model to serve, or not one these engines serve. */
function common(input: ServingInput, name: string): Decision | null {
  if (input.sidecar) return { verdict: 'no', key: 'serving_sidecar', args: [input.sidecar] };
  if (input.packaging) return { verdict: 'no', key: 'serving_export', args: [input.packaging, name] };
  if (input.category === 'image-generation') return { verdict: 'no', key: 'serving_diffusion', args: [name] };
  if (input.category === 'vision' || input.category === 'other') return { verdict: 'no', key: 'serving_not_language', args: [name] };
  if (input.category === 'unknown' && !input.architecture && input.format === null) return { verdict: 'unknown', key: 'serving_unknown' };
  return null;
}

function archLabel(input: ServingInput): MessageArg {
  return input.architecture ?? '';
}

/** Architecture-level answer for engines that list config.architectures names. */
function byArchitecture(id: EngineId, input: ServingInput, name: string, fallback: 'transformers-backend' | 'llama' | null): Decision {
  const arch = input.architecture;
  if (!arch) return { verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] };
  const listed = id === 'vllm' ? listsArchitectureWithSuffixSwap(id, arch) : listsArchitecture(id, arch) ? arch : null;
  if (listed) {
    if (!input.architectureFromHub) return { verdict: 'yes', key: 'serving_family_listed', args: [name, arch], route: 'direct' };
    return { verdict: 'yes', key: listed === arch ? 'serving_arch_listed' : 'serving_arch_suffix_swap', args: [name, arch, listed], route: 'direct' };
  }
  if (id === 'vllm' && input.architectureFromHub && vllmDocsListArchitecture(arch)) return { verdict: 'yes', key: 'serving_arch_in_docs', args: [name, arch], route: 'direct' };
  const dropped = previouslySupported(id, arch);
  if (dropped) return { verdict: 'no', key: 'serving_arch_dropped', args: [name, arch, dropped] };
  const plugin = outOfTreePlugin(id, arch);
  if (plugin) return { verdict: 'no', key: 'serving_arch_plugin', args: [name, arch, plugin], route: 'plugin' };
  if (!input.architectureFromHub) return { verdict: 'unknown', key: 'serving_family_unlisted', args: [name, arch] };
  if (fallback === 'transformers-backend' && transformersArchCategory(arch)) return { verdict: 'unknown', key: 'serving_arch_transformers_backend', args: [name, arch] };
  if (fallback === 'llama') return { verdict: 'unknown', key: 'serving_arch_loads_as_llama', args: [name, arch] };
  return { verdict: 'no', key: 'serving_arch_unlisted', args: [name, arch] };
}

function adapterDecision(input: ServingInput, name: string, flag: string): Decision {
  return input.baseModel
    ? { verdict: 'yes', key: 'serving_adapter_named', args: [name, input.baseModel, flag], route: 'adapter' }
    : { verdict: 'yes', key: 'serving_adapter', args: [name, flag], route: 'adapter' };
}

const vllm: Judge = (input) => {
  const name = engine('vllm').name;
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'gguf') return { verdict: 'no', key: 'serving_vllm_gguf_plugin', route: 'plugin' };
  if (input.format && !HF_FORMATS.has(input.format)) return { verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] };
  if (input.adapter) return adapterDecision(input, name, '--enable-lora');
  return byArchitecture('vllm', input, name, 'transformers-backend');
};

const sglang: Judge = (input) => {
  const name = engine('sglang').name;
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'gguf') {
    if (!LANGUAGE.has(input.category)) return { verdict: 'no', key: 'serving_not_language', args: [name] };
    return { verdict: 'yes', key: 'serving_sglang_gguf', route: 'direct' };
  }
  if (input.format === 'mlx') return { verdict: 'no', key: 'serving_sglang_mlx' };
  if (input.format && !HF_FORMATS.has(input.format)) return { verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] };
  if (input.adapter) return adapterDecision(input, name, '--lora-paths');
  return byArchitecture('sglang', input, name, 'transformers-backend');
};

const tgi: Judge = (input) => {
  const data = engine('tgi');
  const name = 'TGI';
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'gguf') return { verdict: 'no', key: 'serving_tgi_gguf', route: 'plugin' };
  const formatWord = input.format ? FORMAT_WORD[input.format] : null;
  if (input.format && !HF_FORMATS.has(input.format) && !(formatWord && data.formats.includes(formatWord))) {
    return { verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] };
  }
  if (input.adapter) return adapterDecision(input, name, 'LORA_ADAPTERS');
  if (input.tgiTag) return { verdict: 'yes', key: 'serving_tgi_tag', route: 'direct' };
  const modelType = input.modelType ?? (input.architecture ? modelTypeForArchitecture('tgi', input.architecture) : null);
  if (modelType && listsModelType('tgi', modelType)) {
    return { verdict: 'yes', key: input.modelType ? 'serving_model_type_listed' : 'serving_family_model_type', args: [name, modelType, archLabel(input)], route: 'direct' };
  }
  if (input.modelType) {
    if (input.category === 'llm') return { verdict: 'unknown', key: 'serving_tgi_transformers_fallback', args: [input.modelType] };
    return { verdict: 'no', key: 'serving_model_type_unlisted', args: [name, input.modelType] };
  }
  return { verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] };
};

const exllamav2: Judge = (input) => {
  const name = engine('exllamav2').name;
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'exl2') return { verdict: 'yes', key: 'serving_exl2_native', route: 'direct' };
  if (input.format === 'exl3') return { verdict: 'no', key: 'serving_exl3' };
  if (input.format !== null && !['gptq', 'fp16', 'bf16'].includes(input.format)) {
    return { verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] };
  }
  if (!LANGUAGE.has(input.category) && input.category !== 'unknown') return { verdict: 'no', key: 'serving_not_language', args: [name] };
  if (input.adapter) return adapterDecision(input, name, 'ExLlamaV2Lora');
  return byArchitecture('exllamav2', input, name, 'llama');
};

const llamacpp: Judge = (input) => {
  const name = engine('llamacpp').name;
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'gguf') return { verdict: 'yes', key: 'serving_llamacpp_gguf', route: 'direct' };
  if (input.format === 'ggml') return { verdict: 'no', key: 'serving_llamacpp_ggml', route: 'convert' };
  if (input.adapter) return { verdict: 'unknown', key: 'serving_llamacpp_adapter', route: 'convert' };
  return convertible('llamacpp', input, name, engine('llamacpp').extra.convert_prequantized_inputs ?? []);
};

const ollama: Judge = (input) => {
  const name = engine('ollama').name;
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'gguf') return { verdict: 'yes', key: 'serving_ollama_gguf', route: 'direct' };
  if (input.format === 'ggml') return { verdict: 'no', key: 'serving_llamacpp_ggml', route: 'convert' };
  if (input.adapter) return { verdict: 'unknown', key: 'serving_ollama_adapter', route: 'convert' };
  return convertible('ollama', input, name, ['fp8']);
};

/** llama.cpp and Ollama run GGUF; a Transformers repo runs after conversion, if its architecture has a converter. */
function convertible(id: EngineId, input: ServingInput, name: string, prequantized: readonly string[]): Decision {
  const word = input.format ? FORMAT_WORD[input.format] ?? input.format : null;
  const plain = input.format === null || input.format === 'fp16' || input.format === 'bf16' || input.format === 'fp32';
  if (!plain && !(word && prequantized.includes(word))) return { verdict: 'no', key: 'serving_convert_needs_original', args: [name, input.format ?? ''] };
  const arch = input.architecture;
  if (!arch) return { verdict: 'unknown', key: 'serving_convert_arch_unknown', args: [name], route: 'convert' };
  if (listsArchitecture(id, arch)) {
    return { verdict: 'yes', key: input.architectureFromHub ? 'serving_convert_listed' : 'serving_convert_family', args: [name, arch], route: 'convert' };
  }
  if (!input.architectureFromHub) return { verdict: 'unknown', key: 'serving_family_unlisted', args: [name, arch] };
  return { verdict: 'no', key: 'serving_convert_unlisted', args: [name, arch] };
}

const mlx: Judge = (input) => {
  const name = engine('mlx').name;
  const shared = common(input, name);
  if (shared) return shared;
  if (input.format === 'mlx') return { verdict: 'yes', key: 'serving_mlx_native', route: 'direct' };
  if (input.adapter) return { verdict: 'unknown', key: 'serving_mlx_adapter', route: 'convert' };
  if (input.format === 'gguf' || input.format === 'ggml' || input.format === 'exl2' || input.format === 'exl3' || input.format === 'mlc' || input.format === 'bnb') {
    return { verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] };
  }
  const modelType = input.modelType ?? (input.architecture ? modelTypeForArchitecture('mlx', input.architecture) : null);
  if (modelType && listsModelType('mlx', modelType)) return { verdict: 'yes', key: 'serving_mlx_model_type', args: [modelType], route: 'convert' };
  if (input.modelType) return { verdict: 'no', key: 'serving_model_type_unlisted', args: [name, input.modelType] };
  return { verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] };
};
