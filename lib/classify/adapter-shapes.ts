import type { AnatomyPart, Category } from '../facts/schema';
import type { MessageKey } from '../i18n/english';
import {
  IMAGE_BASE_SUFFIXES,
  IMAGE_BASE_WORDS,
  STYLE_WORDS,
  type BaseSuffixDef,
} from '../knowledge/names/adapter-shapes';
import type { NameReading } from './read-name';

// Image-generation adapters named without a LoRA word (issue #12): the name's shape is all there is, so the answer is
// a guess whose confidence the evidence states (../knowledge/names/adapter-shapes.ts says why each shape holds).

export interface AdapterShape {
  key: Extract<MessageKey, 'evidence_name_adapter_base_suffix' | 'evidence_name_adapter_style'>;
  confidence: 'low' | 'medium';
  /** The base model named, as people know it. */
  args: string[];
}

const SUFFIX_BY_TOKEN: ReadonlyMap<string, BaseSuffixDef> = new Map(
  IMAGE_BASE_SUFFIXES.flatMap((def) => def.tokens.map((token) => [token, def] as const)),
);
const lower = (part: AnatomyPart) => part.text.toLowerCase();
/** A word nothing else explained (a subject: `Papercut`, `pixel-art`), not a number, version or known token. */
const isSubjectWord = (part: AnatomyPart) => part.role === 'other' && /^[a-z]+$/i.test(part.text);

/** The adapter shape an image-generation name has, if any. */
export function readAdapterShape(reading: NameReading, category: Category): AdapterShape | null {
  if (category !== 'image-generation' || reading.size || reading.version || reading.date) return null;
  return baseSuffixShape(reading.parts) ?? styleShape(reading.parts);
}

/** `<subject>-xl`, `<subject>_SDXL`, `<subject>-flux`: subject words, then the base, then nothing. */
function baseSuffixShape(parts: readonly AnatomyPart[]): AdapterShape | null {
  if (parts.length < 2) return null;
  const def = SUFFIX_BY_TOKEN.get(lower(parts[parts.length - 1]!));
  if (!def || !parts.slice(0, -1).every(isSubjectWord)) return null;
  return { key: 'evidence_name_adapter_base_suffix', confidence: def.confidence, args: [def.base] };
}

/** A style word beside the base it is for (`…-diffusion-style`, `…_Style_SDXL`). */
function styleShape(parts: readonly AnatomyPart[]): AdapterShape | null {
  const style = parts.find((part) => STYLE_WORDS.has(lower(part)));
  const base = parts.find((part) => IMAGE_BASE_WORDS.has(lower(part)));
  if (!style || !base) return null;
  return { key: 'evidence_name_adapter_style', confidence: 'medium', args: [base.text] };
}
