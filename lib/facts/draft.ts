import { english, type MessageKey } from '../i18n/english';
import type { MessageArg } from '../i18n/format';
import type { Confidence, Evidence, EvidenceSource, Facts, Packaging } from './schema';

/** Facts while they are being worked out, with what the verdicts need that the schema does not carry. */
export interface Draft {
  facts: Facts;
  /** The architecture the name suggests (family knowledge); `facts.architectures` holds only what the Hub said. */
  architectureGuess: string | null;
  /** config.model_type, when the Hub gave it (TGI and MLX dispatch on it). */
  modelType: string | null;
  /** llama.cpp's architecture name from the Hub's gguf metadata. */
  ggufArchitecture: string | null;
  packaging: Packaging | null;
  categoryStrength: number;
  /** How likely the category is right, 0–1 (Hub data: 1), to rank name-only guesses. */
  categoryScore: number;
  /** Whether the repo holds adapter weights only (LoRA/PEFT), from the name or Hub tags. */
  isAdapter: boolean;
  /** Sidecar file named in the input (`mmproj`, `mtp`): not a model to run on its own. */
  sidecar: string | null;
  /** Names that explain every token except the family's own words are official-looking releases. */
  unexplainedTokens: number;
  /** Hub says the repo is gated or private (verdicts can still be given; downloads need a token). */
  gated: boolean;
  /** Tags the Hub gave, lower-cased. */
  hubTags: readonly string[];
  /** Library the Hub says the repo is for (`transformers`, `diffusers`, `sentence-transformers`…). */
  library: string | null;
}

const NO_ARGS: string[] = [];

/** Records why a field has its value; the stronger source's evidence goes first. */
export function addEvidence(
  draft: Draft,
  field: string,
  source: EvidenceSource,
  confidence: Confidence,
  key: MessageKey,
  args: readonly MessageArg[] = [],
  overruled?: string,
): Evidence {
  // Callers pass fresh arrays, so one that holds strings only is kept as it is instead of copied.
  const texts = args.length === 0 ? NO_ARGS : allStrings(args) ? (args as string[]) : args.map(String);
  const evidence: Evidence = { field, source, detail: english(key, texts), confidence, key, args: texts };
  if (overruled !== undefined) evidence.overruled = overruled;
  draft.facts.evidence.push(evidence);
  return evidence;
}

function allStrings(args: readonly MessageArg[]): boolean {
  for (let i = 0; i < args.length; i++) if (typeof args[i] !== 'string') return false;
  return true;
}

/** Drops earlier evidence for a field (a stronger source replaced the value). */
export function replaceEvidence(draft: Draft, field: string): Evidence[] {
  const removed: Evidence[] = [];
  draft.facts.evidence = draft.facts.evidence.filter((evidence) => {
    if (evidence.field !== field) return true;
    removed.push(evidence);
    return false;
  });
  return removed;
}
