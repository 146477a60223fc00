import type { Category } from '../facts/schema';
import { classNameCategory } from './class-name-words';
import { engineListCategory } from './engine-categories';
import { ARCH_CLASSES_BY_CATEGORY, type ArchCategory } from './generated/arch-categories';
import { PIPELINE_MODALITIES } from './generated/pipeline-modalities';
import { own } from '../own';

// Hub task and architecture → the fact schema's category.

/**
 * Pipeline tags whose category is not their @huggingface/tasks modality: generation vs understanding inside "cv",
 * language models inside "nlp", audio LLMs (speech covers all audio), embedders.
 */
const PIPELINE_CATEGORY: Readonly<Record<string, Category>> = {
  'text-generation': 'llm',
  'text2text-generation': 'llm',
  conversational: 'llm',
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
  nlp: 'nlp',
  cv: 'vision',
  audio: 'speech',
  multimodal: 'multimodal',
  tabular: 'other',
  rl: 'other',
  other: 'other',
};

/** A pipeline tag's category; legacy tags the Hub still shows (text2text-generation) are in the refinements table. */
export function pipelineCategory(tag: string): Category | null {
  if (AMBIGUOUS_PIPELINES.has(tag)) return null;
  const refined = own(PIPELINE_CATEGORY, tag);
  if (refined) return refined;
  const modality = own(PIPELINE_MODALITIES, tag);
  return modality ? (own(MODALITY_CATEGORY, modality) ?? null) : null;
}

let categoryByClass: Map<string, ArchCategory> | undefined;

/** Transformers' own category for a class (transformers-arch-categories.json), or null for classes it does not have. */
export function transformersArchCategory(className: string): ArchCategory | null {
  if (!categoryByClass) {
    categoryByClass = new Map();
    for (const [category, names] of Object.entries(ARCH_CLASSES_BY_CATEGORY) as [ArchCategory, string][]) {
      for (const name of names.split(',')) if (name) categoryByClass.set(name, category);
    }
  }
  return categoryByClass.get(className) ?? null;
}

/**
 * Dual encoders the Transformers table files as "multimodal" are image understanding (CLIP, SigLIP) or document
 * VQA (LayoutLM, ViLT); the schema keeps "multimodal" for any-to-any and omni models.
 */
const MULTIMODAL_AS_VLM = /^(LayoutLM|Vilt|Blip)/;
const MULTIMODAL_AS_OMNI = /(Omni|Multimodal)/;

/** A class's category in the fact schema's words: Transformers' table, else the engines' lists, else its name. */
export function archCategory(className: string): Category | null {
  const category = transformersArchCategory(className);
  switch (category) {
    case null:
      return remoteCodeCategory(className);
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

/** Every kind a class name's words can say except language model (a last resort, after the engines' lists). */
const NOT_LLM: ReadonlySet<Category> = new Set(['multimodal', 'speech', 'vlm', 'embedding']);
const LLM_ONLY: ReadonlySet<Category> = new Set(['llm']);

/** Classes Transformers does not ship: what the serving engines file them under, else what their name says. */
function remoteCodeCategory(className: string): Category | null {
  const multimodal = engineListCategory(className, 'multimodal');
  if (multimodal) return multimodal;
  const word = classNameCategory(className, NOT_LLM);
  if (word) return word;
  return engineListCategory(className, 'text') ?? classNameCategory(className, LLM_ONLY);
}
