import { GENERATIVE_CATEGORIES, type QuantFormat } from '../../facts/schema';
import { transformersArchCategory } from '../../knowledge/categories';
import type { EngineData, EngineId } from '../../knowledge/engine-types';
import {
  engine,
  listsArchitecture,
  listsArchitectureWithSuffixSwap,
  outOfTreePlugin,
  previouslySupported,
  vllmDocsListArchitecture,
} from '../../knowledge/engine-lists';
import type { MessageKey } from '../../i18n/english';
import type { Decision, ServingInput } from './types';

// Judging steps several engines share. Engine modules call them; nothing here names an engine.

export const LANGUAGE_CATEGORIES: ReadonlySet<string> = GENERATIVE_CATEGORIES;

/** Language models, and models whose kind is not known yet (most unknown names are language models). */
export function languageOrUnknown(input: ServingInput): boolean {
  return LANGUAGE_CATEGORIES.has(input.category) || input.category === 'unknown';
}

/** Whether the engine's source names this model's architecture (its pooling and speech lists count). */
export function listsThisArchitecture(id: EngineId, input: ServingInput): boolean {
  return input.architecture !== null && listsArchitecture(id, input.architecture);
}

/** Not a model to run on its own (a projector or MTP sidecar), or weights exported for another runtime. */
export function notAModel(input: ServingInput, name: string): Decision | null {
  if (input.sidecar) return { verdict: 'no', key: 'serving_sidecar', args: [input.sidecar] };
  if (input.packaging) return { verdict: 'no', key: 'serving_export', args: [input.packaging, name] };
  return null;
}

/** The engine runs another kind of model: say which kind it runs. */
export function otherKind(name: string, kindKey: MessageKey): Decision {
  return { verdict: 'no', key: 'serving_other_kind', args: [name, `#${kindKey}`] };
}

/** Our format words → the format words of engine-support.json. */
const FORMAT_WORD: Partial<Record<QuantFormat, string>> = {
  gptq: 'gptq',
  awq: 'awq',
  bnb: 'bnb',
  fp8: 'fp8',
  int4: 'compressed-tensors',
  int8: 'compressed-tensors',
  exl2: 'exl2',
  exl3: 'exl3',
  gguf: 'gguf',
  mlx: 'mlx',
  ggml: 'ggml',
  mlc: 'mlc',
};

/** Unquantized weights, in whatever precision: every engine that loads a repo loads these. */
const PLAIN: ReadonlySet<QuantFormat | null> = new Set([null, 'fp16', 'bf16', 'fp32']);

export function formatWord(format: QuantFormat): string {
  return FORMAT_WORD[format] ?? format;
}

export function isPlain(format: QuantFormat | null): boolean {
  return PLAIN.has(format);
}

/** How the engine's matrix answers a weight format: loads it, needs a plugin, refuses it, or does not list it. */
export function formatSupport(
  data: EngineData,
  format: QuantFormat | null,
): 'loads' | 'plugin' | 'refused' | 'unlisted' {
  if (isPlain(format)) return 'loads';
  const word = formatWord(format!);
  if (data.formats.includes(word)) return 'loads';
  if (word in data.formatsViaPlugin) return 'plugin';
  if (word in data.formatsRefused) return 'refused';
  return 'unlisted';
}

/** A quantized format the engine loads as it is (its own format, or a listed method). */
export function loadsQuantized(data: EngineData, format: QuantFormat | null): boolean {
  return format !== null && !isPlain(format) && data.formats.includes(formatWord(format));
}

/** Checks shared by the engines that run language models: sidecars, exports, kinds they do not serve. */
export function common(input: ServingInput, name: string): Decision | null {
  const notRunnable = notAModel(input, name);
  if (notRunnable) return notRunnable;
  if (input.category === 'image-generation') return { verdict: 'no', key: 'serving_diffusion', args: [name] };
  if (input.category === 'vision' || input.category === 'other')
    return { verdict: 'no', key: 'serving_not_language', args: [name] };
  if (input.category === 'unknown' && !input.architecture && input.format === null)
    return { verdict: 'unknown', key: 'serving_unknown' };
  return null;
}

/** Architecture-level answer for engines that list config.architectures names. */
export function byArchitecture(
  id: EngineId,
  input: ServingInput,
  name: string,
  fallback: 'transformers-backend' | 'llama' | null,
  options: { suffixSwap?: boolean; docsList?: boolean } = {},
): Decision {
  const arch = input.architecture;
  if (!arch) return { verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] };
  const listed = options.suffixSwap
    ? listsArchitectureWithSuffixSwap(id, arch)
    : listsArchitecture(id, arch)
      ? arch
      : null;
  if (listed) {
    if (!input.architectureFromHub)
      return { verdict: 'yes', key: 'serving_family_listed', args: [name, arch], route: 'direct' };
    return {
      verdict: 'yes',
      key: listed === arch ? 'serving_arch_listed' : 'serving_arch_suffix_swap',
      args: [name, arch, listed],
      route: 'direct',
    };
  }
  if (options.docsList && input.architectureFromHub && vllmDocsListArchitecture(arch))
    return { verdict: 'yes', key: 'serving_arch_in_docs', args: [name, arch], route: 'direct' };
  const dropped = previouslySupported(id, arch);
  if (dropped) return { verdict: 'no', key: 'serving_arch_dropped', args: [name, arch, dropped] };
  const plugin = outOfTreePlugin(id, arch);
  if (plugin) return { verdict: 'no', key: 'serving_arch_plugin', args: [name, arch, plugin], route: 'plugin' };
  if (!input.architectureFromHub) return { verdict: 'unknown', key: 'serving_family_unlisted', args: [name, arch] };
  if (fallback === 'transformers-backend' && transformersArchCategory(arch))
    return { verdict: 'unknown', key: 'serving_arch_transformers_backend', args: [name, arch] };
  if (fallback === 'llama') return { verdict: 'unknown', key: 'serving_arch_loads_as_llama', args: [name, arch] };
  return { verdict: 'no', key: 'serving_arch_unlisted', args: [name, arch] };
}

/** An adapter is served on top of its base model (with the engine's LoRA switch). */
export function adapterDecision(input: ServingInput, name: string, flag: string): Decision {
  return input.baseModel
    ? { verdict: 'yes', key: 'serving_adapter_named', args: [name, input.baseModel, flag], route: 'adapter' }
    : { verdict: 'yes', key: 'serving_adapter', args: [name, flag], route: 'adapter' };
}

/** GGUF engines run a Transformers repo after conversion, if llama.cpp's converter knows its architecture. */
export function convertible(
  id: EngineId,
  input: ServingInput,
  name: string,
  prequantized: readonly string[],
): Decision {
  const word = input.format ? formatWord(input.format) : null;
  if (!isPlain(input.format) && !(word && prequantized.includes(word))) {
    return { verdict: 'no', key: 'serving_convert_needs_original', args: [name, input.format ?? ''] };
  }
  const arch = input.architecture;
  if (!arch) return { verdict: 'unknown', key: 'serving_convert_arch_unknown', args: [name], route: 'convert' };
  if (listsArchitecture(id, arch)) {
    return {
      verdict: 'yes',
      key: input.architectureFromHub ? 'serving_convert_listed' : 'serving_convert_family',
      args: [name, arch],
      route: 'convert',
    };
  }
  if (!input.architectureFromHub) return { verdict: 'unknown', key: 'serving_family_unlisted', args: [name, arch] };
  return { verdict: 'no', key: 'serving_convert_unlisted', args: [name, arch] };
}

export { engine };
