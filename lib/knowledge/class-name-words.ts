import type { Category } from '../facts/schema';

// Words in the class names of architectures Transformers does not ship (custom, trust_remote_code code), most
// specific first: what a class name says about its kind when no table names the class. One table for both readers
// (categories.ts for a class's category, engine-categories.ts for the kind of an engine's multimodal class).
export const CLASS_NAME_WORDS: readonly (readonly [RegExp, Category])[] = [
  [/Omni/, 'multimodal'],
  [/Audio|Speech|Whisper|Asr|ASR|Tts|Voice/, 'speech'],
  [/VL|Vision|Visual|Vlm|OCR|Ocr|Llava|LLaVA|Image|Vit(?!e)/, 'vlm'],
  [/Embed(?!ded)|Retriev|Bert/, 'embedding'],
  [/CausalLM|LMHead|ChatModel/, 'llm'],
];

/** The first kind a class name's words say, among `kinds` (all of them when not given). */
export function classNameCategory(className: string, kinds?: ReadonlySet<Category>): Category | null {
  for (const [pattern, category] of CLASS_NAME_WORDS) {
    if ((!kinds || kinds.has(category)) && pattern.test(className)) return category;
  }
  return null;
}
