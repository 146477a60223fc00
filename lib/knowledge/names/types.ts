import type {
  Alignment,
  Category,
  Finetune,
  Modality,
  Packaging,
  Purpose,
  QuantFormat,
  Stage,
} from '../../facts/schema';

export type { Packaging } from '../../facts/schema';

/** What one name token says. A token can say several things (`vl` is a modality and a category). */
export type TokenEffect =
  | { kind: 'stage'; value: Stage }
  | { kind: 'alignment'; value: Alignment }
  | { kind: 'finetune'; value: Finetune }
  | { kind: 'quant'; format: QuantFormat | null; bits?: number; level?: string }
  /** `float`: a floating-point block format (NVFP4, MXFP4) — a bit width that is not bitsandbytes. */
  | { kind: 'bits'; bits: number; float?: boolean }
  | { kind: 'modality'; value: Modality }
  | { kind: 'purpose'; value: Purpose }
  | { kind: 'category'; value: Category; task?: string; strength: CategoryStrength }
  | { kind: 'packaging'; value: Packaging }
  /** Explained but factless: `hf`, `gguf-my-repo`, `imatrix`… (keeps "base" inference honest). */
  | { kind: 'neutral'; note: string };

/**
 * How strongly a token decides the category, when tokens disagree: a reranker built on a VL model is a reranker.
 * Higher wins; the levels are named in the legend `STRENGTH` (./strengths.ts).
 */
export type CategoryStrength = number;

export interface TokenRule {
  /** Lower-case tokens, exactly as the tokenizer yields them. */
  tokens: readonly string[];
  effects: readonly TokenEffect[];
  /** Where the rule comes from: a seed table, an engine's docs, or a naming convention. */
  source: string;
}
