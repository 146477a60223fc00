import type { Category } from '../schema';
import { ARCH_CATEGORY_EXCEPTIONS, ARCH_CATEGORY_RULES, type ArchCategory } from './generated/arch-categories';
import { PIPELINE_MODALITIES } from './generated/pipeline-modalities';

// Hub task and architecture → the fact schema's category.

/**
 * Pipeline tags whose category is not their @huggingface/tasks modality: generation vs understanding inside "cv",
 * language models inside "nlp", audio LLMs (speech covers all audio), embedders.
 */
const PIPELINE_CATEGORY: Readonly<Record<string, Category>> = {
  'text-generation': 'llm',
  'text2text-generation': 'llm',
  'feature-extraction': 'embedding',
  'sentence-similarity': 'embedding',
  'text-retrieval': 'embedding',
  'visual-document-retrieval': 'embedding',
  'image-feature-extraction': 'vision',
  'audio-text-to-text': 'speech',
  'text-to-image': 'image-generation',
  'text-to-video': 'image-generation',
  'image-to-video': 'image-generation',
  'unconditional-image-generation': 'image-generation',
  'image-text-to-image': 'image-generation',
  'image-text-to-video': 'image-generation',
  'image-to-text': 'vlm',
  'image-text-to-text': 'vlm',
  'visual-question-answering': 'vlm',
  'document-question-answering': 'vlm',
  'video-text-to-text': 'vlm',
  'any-to-any': 'multimodal',
  'text-to-3d': 'other',
  'image-to-3d': 'other',
};

/** Tags that mix generation and understanding (super-resolution and ControlNet alike): no category from them. */
const AMBIGUOUS_PIPELINES = new Set(['image-to-image', 'video-to-video', 'other']);

const MODALITY_CATEGORY: Readonly<Record<string, Category>> = {
  nlp: 'nlp', cv: 'vision', audio: 'speech', multimodal: 'multimodal', tabular: 'other', rl: 'other', other: 'other',
};

export function pipelineCategory(tag: string): Category | null {
  if (AMBIGUOUS_PIPELINES.has(tag)) return null;
  const modality = PIPELINE_MODALITIES[tag];
  if (!modality) return null;
  return PIPELINE_CATEGORY[tag] ?? MODALITY_CATEGORY[modality] ?? null;
}

const EXCEPTION_BY_CLASS: ReadonlyMap<string, ArchCategory> = new Map(
  (Object.entries(ARCH_CATEGORY_EXCEPTIONS) as [ArchCategory, readonly string[]][]).flatMap(([category, names]) =>
    names.map((name) => [name, category] as const),
  ),
);

/** Transformers' own category for a class (transformers-arch-categories.json), or null for unknown classes. */
export function transformersArchCategory(className: string): ArchCategory | null {
  const exception = EXCEPTION_BY_CLASS.get(className);
  if (exception) return exception;
  for (const [suffix, category] of ARCH_CATEGORY_RULES) if (className.endsWith(suffix)) return category;
  return null;
}

/**
 * Dual encoders the Transformers table files as "multimodal" are image understanding (CLIP, SigLIP) or document
 * VQA (LayoutLM, ViLT); the schema keeps "multimodal" for any-to-any and omni models.
 */
const MULTIMODAL_AS_VLM = /^(LayoutLM|Vilt|Blip)/;
const MULTIMODAL_AS_OMNI = /(Omni|Multimodal)/;

/** A class's category in the fact schema's words; null for classes neither table knows. */
export function archCategory(className: string): Category | null {
  const category = transformersArchCategory(className);
  switch (category) {
    case null:
      return null;
    case 'llm':
    case 'vlm':
    case 'speech':
    case 'vision':
      return category;
    case 'seq2seq':
      return 'nlp';
    case 'embedding-or-encoder':
      // A bare base model (BertModel, Qwen2Model) is how embedders are declared; heads are classic NLP.
      return className.endsWith('Model') && !/For[A-Z]/.test(className) ? 'embedding' : 'nlp';
    case 'multimodal':
      if (MULTIMODAL_AS_OMNI.test(className)) return 'multimodal';
      if (MULTIMODAL_AS_VLM.test(className)) return 'vlm';
      return 'vision';
  }
}
