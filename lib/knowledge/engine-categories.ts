import type { Category } from '../facts/schema';
import { ENGINE_MATRIX } from './generated/engine-matrix';
import { classNameCategory } from './class-name-words';
import { normalizeArchitecture } from './engine-lists';

const MULTIMODAL_KINDS: ReadonlySet<Category> = new Set(['multimodal', 'speech']);

// How serving engines file an architecture (multimodal, pooling, text generation): a category for custom classes
// that Transformers does not know (InternVLChatModel, NVLM_D, MossAudioModel…).

let lists: { multimodal: Set<string>; pooling: Set<string>; text: Set<string>; generation: Set<string> } | undefined;

function build() {
  const normalize = (names: readonly string[]) => names.map(normalizeArchitecture);
  const multimodal = new Set<string>();
  const pooling = new Set<string>();
  const text = new Set<string>();
  const generation = new Set(normalize(ENGINE_MATRIX.vllm.extra.text_generation_architectures ?? []));
  for (const id of ['vllm', 'sglang', 'llamacpp'] as const) {
    const engine = ENGINE_MATRIX[id];
    for (const name of normalize(engine.multimodalArchitectures)) multimodal.add(name);
    for (const name of normalize(engine.poolingArchitectures)) pooling.add(name);
    for (const name of normalize(engine.architectures)) text.add(name);
  }
  return { multimodal, pooling, text, generation };
}

/** Multimodal lists first; text generation beats pooling (vLLM also pools with its LLM classes). */
export function engineListCategory(className: string, step: 'multimodal' | 'text'): Category | null {
  lists ??= build();
  const key = normalizeArchitecture(className);
  if (step === 'multimodal') {
    if (!lists.multimodal.has(key)) return null;
    // The engines file omni, audio and vision-language models together: the class name's words tell them apart.
    return classNameCategory(className, MULTIMODAL_KINDS) ?? 'vlm';
  }
  if (lists.generation.has(key) || (lists.text.has(key) && !lists.pooling.has(key))) return 'llm';
  if (lists.pooling.has(key)) return 'embedding';
  return null;
}
