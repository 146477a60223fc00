import type { Category, Modality, Purpose, QuantFormat, Stage } from '../../facts/schema';
import type { CategoryStrength } from './types';

/** Exact parameter counts where a name's size label misleads (Mixtral-8x7B is 46.7B, not 56B). */
export interface ParamSpec {
  total: number;
  active?: number;
  experts?: number;
}

/** Conditions under which a variant of a family differs (Gemma 3 from 4B up sees images). */
export interface VariantCondition {
  /** Inclusive range of the family's version number (`3.5` for Qwen3.5). */
  minVersion?: number;
  maxVersion?: number;
  /** Size labels (lower case) the variant covers: `e2b`, `4b`, `270m`. */
  sizes?: readonly string[];
  /** Parameter range in the name (billions, inclusive lower bound). */
  minBillions?: number;
  maxBillions?: number;
  /** Any of these lower-case tokens in the name (`text` in medgemma-27b-text-it). */
  tokens?: readonly string[];
  /** Whether the name says mixture of experts (`8x7B`, `30B-A3B`, `A2.7B`). */
  moe?: boolean;
}

export interface FamilyVariant {
  when: VariantCondition;
  category?: Category;
  task?: string;
  noSuffixStage?: Stage | null;
  architecture?: string;
  modality?: readonly Modality[];
}

export interface FamilyDef {
  /** Display name: "Llama", "Qwen", "Whisper". */
  name: string;
  /** Lower-case name tokens; `gpt-oss` means the tokens `gpt` then `oss`. A key also matches `<key><version>` (`qwen2.5`). */
  keys: readonly string[];
  category: Category;
  /** Hub pipeline tag the family's models usually carry. */
  task?: string;
  /** How strongly the family decides the category (default FAMILY_STRENGTH). */
  strength?: CategoryStrength;
  /**
   * `derivative`: a fine-tune series (Hermes, Dolphin) named on top of a base family; it says the category and the stage,
   * but the base family named beside it is the architecture.
   */
  kind?: 'base' | 'derivative';
  /** What an official name without a stage word means (`base` where base/instruct pairs are published). */
  noSuffixStage?: Stage;
  /** Words that name a weight format in this family's names, not a stage (ERNIE 4.5's `-PT` is PyTorch weights). */
  formatWords?: readonly string[];
  /** A stage every model of the family has, whatever the suffix (Vicuna is a chat model). */
  stage?: Stage;
  purpose?: readonly Purpose[];
  modality?: readonly Modality[];
  /** The Transformers class most of its checkpoints declare in config.architectures. */
  architecture?: string;
  /** Short prefixes the community writes with a version (`L3.3` for Llama 3.3, `Q3` for Qwen3), in a version range. */
  shorthands?: readonly { prefix: string; minVersion: number; maxVersion: number }[];
  /** Beyond this size a name cannot be this family (an encoder is never 70B): the family is then ignored. */
  maxBillions?: number;
  /**
   * Whether `sizes` also holds for fine-tunes named on top of the family (decoder LLMs keep their architecture), or
   * only for the family's own plain names (encoders and embedders change vocabulary, and so size, when re-trained).
   */
  sizesHoldForDerivatives?: boolean;
  /** Size-like tokens in these names count data, not parameters (CLIP's laion2B-s34B-b88K). */
  nameSizesAreNotParams?: boolean;
  /**
   * How the family's own release is quantized (gpt-oss ships its experts in MXFP4): bits, and the format's name; `format`
   * when the release is published in a container format without saying so in the name (a GGUF-only release).
   */
  quant?: { bits?: number; name: string; format?: QuantFormat };
  /** Exact sizes by label (lower case, as tokenized: `8x7b`, `2b`, `large`). */
  sizes?: Readonly<Record<string, ParamSpec>>;
  variants?: readonly FamilyVariant[];
  source: string;
}
