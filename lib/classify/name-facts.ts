import type { ModelRef } from '../input/parse-input';
import { GENERATIVE_CATEGORIES, type AnatomyPart, type Facts, type Stage } from '../facts/schema';
import { unknownFacts } from '../facts/empty';
import type { FamilyDef, FamilyVariant, ParamSpec } from '../knowledge/names/family-types';
import { addEvidence, type Draft } from '../facts/draft';
import { RELEASE_SIZES, type ReleaseSize } from '../knowledge/names/release-sizes';
import { ALL_FAMILIES } from '../knowledge/names/families';
import { ADAPTER_ORGS } from '../knowledge/names/orgs';
import { CONFIDENCE, STRENGTH } from '../knowledge/names/strengths';
import { HASH_SEED, hashStep, TokenTable } from './token-table';
import { settleCapabilities } from '../hub/capabilities';
import { licenseFromOrg } from '../hub/license';
import { readName, type CategoryCandidate, type FamilyHit, type NameReading } from './read-name';
import { readAdapterShape } from './adapter-shapes';

// Turns what the name says (read-name.ts) into facts with evidence: picks the family, applies its knowledge
// (variants, exact sizes, base/instruct conventions) and fills the gaps with honest fallbacks.

/** Formats that hold language models almost without exception. */
const LLM_FORMATS = new Set(['gguf', 'ggml', 'gptq', 'awq', 'exl2', 'exl3', 'mlc', 'bnb']);

export function draftFromName(ref: ModelRef): Draft {
  const text = ref.file ? `${ref.name} ${ref.file}` : ref.name;
  const reading = readName(text, ref.org);
  const facts: Facts = unknownFacts(ref.id, ref.org, ref.name, ref.file);
  const draft: Draft = {
    facts,
    architectureGuess: null,
    modelType: null,
    ggufArchitecture: null,
    packaging: reading.packaging?.value ?? null,
    categoryStrength: 0,
    categoryScore: 0,
    isAdapter: false,
    sidecar: reading.sidecar,
    unexplainedTokens: reading.unexplained,
    gated: false,
    hubTags: [],
    library: null,
  };

  const primary = choosePrimaryFamily(reading);
  const variant = primary ? resolveVariant(primary, reading) : NO_VARIANT;
  setCategory(draft, reading, primary, variant);
  setFamily(draft, primary, variant);
  setParams(draft, reading, primary);
  setListFacts(draft, reading, primary?.version ?? null);
  setQuant(draft, reading, ref.tag, primary);
  setStage(draft, reading, primary, variant);
  facts.anatomy = buildAnatomy(ref, reading);
  facts.categoryConfidence = draft.categoryScore;
  settleCapabilities(draft, null);
  licenseFromOrg(draft);
  markOrgAdapter(draft, reading);
  markShapeAdapter(draft, reading);
  draft.isAdapter = facts.finetune.some((method) => ADAPTER_METHODS.has(method)) && !facts.finetune.includes('merged');
  return draft;
}

/** Fine-tune methods whose output is the adapter alone (QLoRA trains a LoRA adapter on a 4-bit base). */
const ADAPTER_METHODS: ReadonlySet<string> = new Set(['adapter', 'lora', 'qlora']);
const ADAPTER_ORG_NAMES: ReadonlySet<string> = new Set(ADAPTER_ORGS.flatMap((def) => def.orgs));

/** `predibase/gsm8k`: a LoRA publisher's repo named after its task alone (no family, no size) is a LoRA adapter. */
function markOrgAdapter(draft: Draft, reading: NameReading): void {
  const { facts } = draft;
  if (!facts.org || !ADAPTER_ORG_NAMES.has(facts.org.toLowerCase())) return;
  if (reading.families.length > 0 || reading.size || reading.moe || facts.finetune.length > 0) return;
  facts.finetune.push('lora');
  addEvidence(draft, 'finetune', 'name', 'medium', 'evidence_org_adapters', [facts.org]);
}

/** `Papercut_SDXL`, `…-diffusion-style`: image-generation names shaped like LoRAs without a LoRA word (a guess). */
function markShapeAdapter(draft: Draft, reading: NameReading): void {
  const { facts } = draft;
  // A method word already said what the weights are (LoRA, merged, fine-tuned).
  if (facts.finetune.length > 0) return;
  const shape = readAdapterShape(reading, facts.category);
  if (!shape) return;
  facts.finetune.push('lora');
  addEvidence(draft, 'finetune', 'name', shape.confidence, shape.key, shape.args);
}

/** The family that says what the model is: the category's own family, the student of a distill, else the first base family. */
function choosePrimaryFamily(reading: NameReading): FamilyHit | null {
  const { category } = reading;
  if (reading.families.length === 0) return null;
  if (reading.families.length === 1) return reading.families[0]!;
  // `Qwen_Qwen3.5` names the family twice (org prefix, then model): keep the mention that has a version.
  const all = reading.families;
  const families: FamilyHit[] = [];
  for (let index = 0; index < all.length; index++) {
    const hit = all[index]!;
    const twinIndex = firstTwin(all, index);
    const twin = twinIndex < 0 ? null : all[twinIndex]!;
    if (!twin || (hit.version !== null ? true : twin.version === null && twinIndex > index)) families.push(hit);
  }
  if (families.length === 0) return null;
  if (reading.distillTokenIndex !== null) {
    const student = families.find(
      (hit) => hit.def.kind !== 'derivative' && hit.tokenIndex > reading.distillTokenIndex!,
    );
    if (student) return student;
  }
  if (category?.kind === 'family') {
    const own = families.find((hit) => hit.def.name === category.from);
    if (own && own.def.kind !== 'derivative') return own;
  }
  return families.find((hit) => hit.def.kind !== 'derivative') ?? families[0]!;
}

/** The first other mention of the same family as `all[index]`; -1 when there is none. */
function firstTwin(all: readonly FamilyHit[], index: number): number {
  const def = all[index]!.def;
  for (let k = 0; k < all.length; k++) if (k !== index && all[k]!.def === def) return k;
  return -1;
}

function billionsOf(reading: NameReading): number | null {
  const params = reading.size?.params ?? reading.effective?.params ?? reading.active?.params ?? null;
  return params === null ? null : params / 1e9;
}

type ResolvedVariant = Omit<FamilyVariant, 'when'>;
const NO_VARIANT: ResolvedVariant = Object.freeze({});

/** Merges every variant whose condition holds (later rows refine earlier ones). */
function resolveVariant(hit: FamilyHit, reading: NameReading): ResolvedVariant {
  const variants = hit.def.variants;
  if (!variants || variants.length === 0) return NO_VARIANT;
  // The family's own version (Qwen3.5); families versioned by release date (Magistral 2509) compare the date.
  const versionNumber = hit.version
    ? Number.parseFloat(
        hit.version.charCodeAt(0) === 118 || hit.version.charCodeAt(0) === 86 ? hit.version.slice(1) : hit.version,
      )
    : Number.NaN;
  const dateNumber = reading.date ? Number.parseFloat(reading.date) : Number.NaN;
  const billions = billionsOf(reading);
  let merged: { -readonly [K in keyof ResolvedVariant]: ResolvedVariant[K] } | null = null;
  for (const variant of variants) {
    const { when } = variant;
    const compared = (when.minVersion ?? 0) >= 1000 ? dateNumber : versionNumber;
    if (when.minVersion !== undefined && !(compared >= when.minVersion)) continue;
    if (when.maxVersion !== undefined && !(compared <= when.maxVersion)) continue;
    if (when.sizes && !matchesSizeLabel(reading, when.sizes)) continue;
    if (when.minBillions !== undefined && !(billions !== null && billions >= when.minBillions)) continue;
    if (when.maxBillions !== undefined && !(billions !== null && billions <= when.maxBillions)) continue;
    if (when.tokens && !when.tokens.some((token) => reading.lowerTokens.includes(token))) continue;
    if (when.moe !== undefined && when.moe !== Boolean(reading.moe || reading.active || reading.experts)) continue;
    merged ??= {};
    if (variant.category !== undefined) merged.category = variant.category;
    if (variant.task !== undefined) merged.task = variant.task;
    if (variant.noSuffixStage !== undefined) merged.noSuffixStage = variant.noSuffixStage;
    if (variant.architecture !== undefined) merged.architecture = variant.architecture;
    if (variant.modality !== undefined) merged.modality = variant.modality;
  }
  return merged ?? NO_VARIANT;
}

function matchesSizeLabel(reading: NameReading, sizes: readonly string[]): boolean {
  return (
    (reading.size !== null && sizes.includes(reading.size.label)) ||
    (reading.effective !== null && sizes.includes(reading.effective.label)) ||
    (reading.moe !== null && sizes.includes(reading.moe.label))
  );
}

function setCategory(draft: Draft, reading: NameReading, primary: FamilyHit | null, variant: ResolvedVariant): void {
  const { facts } = draft;
  const candidate = reading.category;
  if (!candidate) {
    const fallback = fallbackCategory(reading);
    if (!fallback) return;
    facts.category = 'llm';
    facts.task = 'text-generation';
    draft.categoryStrength = STRENGTH.fallback;
    draft.categoryScore = fallback.score;
    addEvidence(draft, 'category', 'name', 'low', fallback.key, [fallback.arg]);
    return;
  }
  let category = candidate.value;
  let task = candidate.task ?? null;
  let score = scoreCandidate(candidate);
  const ownFamily = primary && candidate.kind === 'family' && candidate.from === primary.def.name;
  // The family's variant (Gemma 3 from 4B up, Qwen3.5) refines the family's own category, never a task word's.
  if (ownFamily && (variant.category || variant.task)) {
    category = variant.category ?? category;
    task = variant.task ?? task;
  }
  if (ownFamily && (category === 'vlm' || category === 'multimodal')) {
    // Natively multimodal families are often republished text-only (fine-tunes, GGUF and NVFP4 conversions whose
    // vision tower sits in another file): sure only for the plain name from its own lab.
    const republished = reading.org?.repackager || reading.quantFormat !== null || reading.floatBits !== null;
    if (reading.unexplained > 0 && variant.category) score = CONFIDENCE.doubtful;
    else if (republished) score = CONFIDENCE.evenOdds;
  }
  facts.category = category;
  facts.task = task;
  draft.categoryStrength = candidate.strength;
  draft.categoryScore = score;
  const confidence = score >= CONFIDENCE.mediumEvidence ? 'medium' : 'low';
  if (candidate.kind === 'token')
    addEvidence(draft, 'category', 'name', confidence, 'evidence_name_token', [candidate.from]);
  else if (candidate.kind === 'org')
    addEvidence(draft, 'category', 'name', confidence, 'evidence_org', [candidate.from]);
  else if (candidate.kind === 'size')
    addEvidence(draft, 'category', 'name', confidence, 'evidence_size_means_llm', [candidate.from]);
  else
    addEvidence(draft, 'category', 'name', confidence, 'evidence_family', [
      primary?.text ?? candidate.from,
      primary?.def.source ?? '',
    ]);
}

/** How likely a name-only category is right (0–1), to rank guesses; Hub data scores 1. */
function scoreCandidate(candidate: CategoryCandidate): number {
  const { strength, kind } = candidate;
  if (kind === 'size') return CONFIDENCE.sizeAlone;
  if (kind === 'org')
    return strength >= STRENGTH.sure
      ? CONFIDENCE.decisiveOrg
      : strength >= STRENGTH.repackagerOrg
        ? CONFIDENCE.leaning
        : CONFIDENCE.evenOdds;
  if (kind === 'token') {
    if (strength >= STRENGTH.sure) return CONFIDENCE.sureWord;
    if (strength >= STRENGTH.specialised) return CONFIDENCE.specialisedWord;
    return strength >= STRENGTH.shared ? CONFIDENCE.shared : CONFIDENCE.weakWord;
  }
  if (strength >= STRENGTH.specialised) return CONFIDENCE.specialisedFamily;
  // Bare encoders (BERT, T5) serve as classifiers and as embedders alike: the name alone cannot tell.
  if (candidate.value === 'nlp') return CONFIDENCE.evenOdds;
  if (strength >= STRENGTH.shared) return CONFIDENCE.shared;
  return strength >= STRENGTH.llmFamily ? CONFIDENCE.llmFamily : CONFIDENCE.leaning;
}

/** With no candidate at all: sizes under 1B, LLM-only formats and stage words still lean towards a language model. */
function fallbackCategory(reading: NameReading): {
  key: 'evidence_size_means_llm' | 'evidence_format_means_llm' | 'evidence_stage_means_llm';
  arg: string;
  score: number;
} | null {
  if (reading.size && reading.size.params >= 0.3e9)
    return { key: 'evidence_size_means_llm', arg: reading.size.text, score: CONFIDENCE.doubtful };
  const format = reading.quantFormat;
  if (format && LLM_FORMATS.has(format.value))
    return { key: 'evidence_format_means_llm', arg: format.from, score: CONFIDENCE.evenOdds };
  if (reading.stage && reading.stage.value !== 'base')
    return { key: 'evidence_stage_means_llm', arg: reading.stage.from, score: CONFIDENCE.stageWord };
  return null;
}

function setFamily(draft: Draft, primary: FamilyHit | null, variant: ResolvedVariant): void {
  if (!primary) return;
  draft.facts.family = primary.def.name;
  draft.architectureGuess = variant.architecture ?? primary.def.architecture ?? null;
  addEvidence(draft, 'family', 'name', 'medium', 'evidence_family', [primary.text, primary.def.source]);
}

function setParams(draft: Draft, reading: NameReading, primary: FamilyHit | null): void {
  const { params } = draft.facts;
  // The size tokens as written, space-separated, for the evidence.
  let sizeText = '';
  const sizesCount = !namesSizesAsData(reading);
  if (sizesCount && reading.experts && reading.size) {
    // Llama-4-Scout-17B-16E: the size is what each token uses; the total comes from the card.
    params.active = reading.size.params;
    params.experts = reading.experts.experts;
    sizeText = `${reading.size.text} ${reading.experts.text}`;
  } else if (sizesCount && reading.size) {
    params.total = reading.size.params;
    sizeText = reading.size.text;
  }
  if (reading.moe) {
    params.total = null;
    params.experts = reading.moe.experts;
    sizeText = appendWord(sizeText, reading.moe.text);
  }
  if (reading.active) {
    params.active = reading.active.params;
    sizeText = appendWord(sizeText, reading.active.text);
  }
  // Gemma 3n / Gemma 4 `E2B`: effective parameters, not a mixture of experts' active ones; the total comes from the card.
  if (reading.effective)
    addEvidence(draft, 'params', 'name', 'medium', 'evidence_effective_params', [reading.effective.text]);
  const spec = primary ? (lookupReleaseSize(primary, reading) ?? lookupFamilySize(primary, reading)) : null;
  if (spec && primary) {
    params.total = spec.spec.total;
    if (spec.spec.active !== undefined) params.active = spec.spec.active;
    if (spec.spec.experts !== undefined) params.experts = spec.spec.experts;
    addEvidence(draft, 'params', 'name', 'medium', 'evidence_family_size', [primary.def.name, spec.label]);
  } else if (sizeText !== '') {
    // A multimodal model's size label counts its language model only; the towers come on top. Embedders built on an
    // LLM carry the backbone's rounded label (a "2B" Gemma is 2.6B).
    // A text embedder's label is its own size, except where backbones round far (a "2B" Gemma is 2.5-2.6B).
    const category = draft.facts.category;
    const roundedBackbone = category === 'embedding' && (reading.size?.label === '2b' || reading.size?.label === '1b');
    const approximate =
      category === 'vlm' || category === 'multimodal' || roundedBackbone || reading.modality.length > 0;
    addEvidence(
      draft,
      'params',
      'name',
      approximate ? 'low' : 'medium',
      approximate ? 'evidence_size_label_backbone' : 'evidence_name_token',
      [sizeText],
    );
  }
  if (params.total !== null) params.total = Math.round(params.total);
  if (params.active !== null) params.active = Math.round(params.active);
  if (params.total !== null && params.active !== null && params.active > params.total) params.active = null;
}

/** Whether a family named says its size-like tokens count data, not parameters (CLIP's laion2B-s34B-b88K). */
function namesSizesAsData(reading: NameReading): boolean {
  for (const hit of reading.families) if (hit.def.nameSizesAreNotParams) return true;
  return false;
}

function appendWord(text: string, word: string): string {
  return text === '' ? word : `${text} ${word}`;
}

/**
 * A name that says nothing beyond family, size, version, stage and format: the family's own release. `tiers` are the
 * words that pick a size (`small`, `m`, `air`, `l6`): they may be unexplained or purpose words. Task words that agree
 * with the family (`patch14` beside SigLIP) and language codes say nothing about the size.
 */
function isPlainName(reading: NameReading, def: FamilyDef, words: ReadonlySet<string>): boolean {
  if (reading.finetune.length > 0 || reading.alignment.length > 0) return false;
  // The family's own modality (ColPali reads images) and families named as words of the release (CLIP's `vit`) are fine.
  for (const entry of reading.modality) if (entry.from !== def.name) return false;
  for (const hit of reading.families) if (hit.def !== def && !words.has(hit.text.toLowerCase())) return false;
  for (const entry of reading.purpose)
    if (entry.from !== def.name && !words.has(entry.from.toLowerCase())) return false;
  for (const candidate of reading.categoryCandidates)
    if (candidate.kind === 'token' && !words.has(candidate.from.toLowerCase())) return false;
  for (const part of reading.parts) {
    if (part.role !== 'other' || words.has(part.meaning) || words.has(part.text.toLowerCase())) continue;
    // English and Chinese releases are the originals (bge-small-en, gte-large-zh); other languages change the vocabulary.
    if (part.meaning === 'language' && ORIGINAL_LANGUAGES.has(part.text.toLowerCase())) continue;
    // The input image size (siglip-…-384) leaves the checkpoint's parameters as they are.
    if (part.meaning === 'image-size') continue;
    return false;
  }
  return true;
}

const ORIGINAL_LANGUAGES: ReadonlySet<string> = new Set(['en', 'zh']);

/** Release sizes by the family as written with its version (`phi4`, `glm4.5`): built once. */
const RELEASES: ReadonlyMap<string, readonly ReleaseSize[]> = (() => {
  const index = new Map<string, ReleaseSize[]>();
  for (const row of RELEASE_SIZES) {
    const list = index.get(row.release) ?? [];
    list.push(row);
    index.set(row.release, list);
  }
  return index;
})();
const RELEASE_SEPARATORS = /[-_ ]/g;
const RELEASE_TABLE: TokenTable<readonly ReleaseSize[]> = new TokenTable(RELEASES);
/** Families some release row is about (by any key), so other families skip the lookup without building a string. */
const RELEASE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  ALL_FAMILIES.filter((family) =>
    family.keys.some((key) => {
      const compact = key.replace(RELEASE_SEPARATORS, '');
      for (const release of RELEASES.keys()) if (release.startsWith(compact)) return true;
      return false;
    }),
  ).map((family) => family.name),
);
const RELEASE_WORDS: ReadonlyMap<ReleaseSize, ReadonlySet<string>> = new Map(
  RELEASE_SIZES.map((row) => [row, new Set([...(row.tiers ?? []), ...(row.words ?? [])])]),
);

/** The size of a well-known release whose name carries none (phi-4, GLM-4.5-Air, all-MiniLM-L6-v2). */
function lookupReleaseSize(hit: FamilyHit, reading: NameReading): { spec: ParamSpec; label: string } | null {
  if (reading.size || reading.moe || reading.active || reading.effective || !RELEASE_FAMILY_NAMES.has(hit.def.name))
    return null;
  // Hash the family as written, lower-cased and without separators, before building that string: most names miss.
  const text = hit.text;
  let hash = HASH_SEED;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code === 45 || code === 95 || code === 32) continue;
    hash = hashStep(hash, code >= 65 && code <= 90 ? code + 32 : code);
  }
  if (!RELEASE_TABLE.mayHave(hash)) return null;
  const rows = RELEASE_TABLE.getHashed(text.toLowerCase().replace(RELEASE_SEPARATORS, ''), hash);
  if (!rows) return null;
  let best: ReleaseSize | null = null;
  let bestCount = -1;
  for (const row of rows) {
    const tiers = row.tiers ?? [];
    if (tiers.length <= bestCount || !tiers.every((tier) => reading.lowerTokens.includes(tier))) continue;
    best = row;
    bestCount = tiers.length;
  }
  if (!best || !isPlainName(reading, hit.def, RELEASE_WORDS.get(best)!)) return null;
  return { spec: best.spec, label: best.tiers ? `${hit.text} ${best.tiers.join(' ')}` : hit.text };
}

function lookupFamilySize(hit: FamilyHit, reading: NameReading): { spec: ParamSpec; label: string } | null {
  const sizes = hit.def.sizes;
  if (!sizes) return null;
  // Towers of a multimodal variant are not in a text model's table.
  if (reading.modality.length > 0) return null;
  // Sizes are the family's own releases: named by its main key and a version at most (lite-whisper, distil-whisper,
  // bge-vl are other models).
  const text = hit.text.toLowerCase();
  const key = hit.def.keys[0]!;
  if (!text.startsWith(key) || !isVersionAfter(text, key.length)) return null;
  if (!hit.def.sizesHoldForDerivatives && !isPlainName(reading, hit.def, tierSets(sizes))) return null;
  // Labels in order of preference; the first one the table has wins.
  let found: { spec: ParamSpec; label: string } | null = null;
  if (reading.moe && (found = sizeEntry(sizes, reading.moe.label))) return found;
  if (
    reading.size &&
    reading.experts &&
    (found = sizeEntry(sizes, `${reading.size.label}-${reading.experts.experts}e`))
  )
    return found;
  if (reading.effective && (found = sizeEntry(sizes, reading.effective.label))) return found;
  if (reading.active && !reading.size && (found = sizeEntry(sizes, reading.active.text.toLowerCase()))) return found;
  if (reading.size && !reading.experts && (found = sizeEntry(sizes, reading.size.label))) return found;
  const hasNumericSize = reading.size || reading.moe || reading.active || reading.effective;
  if (hasNumericSize) return null;
  // A later tier word qualifies an earlier one (whisper-large-v3-turbo is the turbo).
  for (let i = reading.lowerTokens.length - 1; i >= 0; i--)
    if ((found = sizeEntry(sizes, reading.lowerTokens[i]!))) return found;
  const version = hit.version?.replace(/^v/i, '');
  const small = reading.purpose.some((entry) => entry.value === 'small');
  if (
    version &&
    !small &&
    reading.modality.length === 0 &&
    (found = sizeEntry(sizes, `v${Math.floor(Number.parseFloat(version))}`))
  )
    return found;
  return null;
}

/** What may follow a family's main key in its own releases: nothing or a version (`^[-_ .]?v?\d`: `-3.1`, `2.5`, `-v2`). */
function isVersionAfter(text: string, at: number): boolean {
  if (at === text.length) return true;
  let code = text.charCodeAt(at);
  if (code === 45 || code === 95 || code === 32 || code === 46) code = text.charCodeAt(++at);
  if (code === 118) code = text.charCodeAt(++at);
  return code >= 48 && code <= 57;
}

const TIER_SETS = new WeakMap<object, ReadonlySet<string>>();
/** A family's size labels as a set (tables are frozen data: one set each, made on first use). */
function tierSets(sizes: Readonly<Record<string, ParamSpec>>): ReadonlySet<string> {
  let set = TIER_SETS.get(sizes);
  if (!set) TIER_SETS.set(sizes, (set = new Set(Object.keys(sizes))));
  return set;
}

/** The table's own entry for a label (a name token such as `constructor` must not find Object's properties). */
function sizeEntry(
  sizes: Readonly<Record<string, ParamSpec>>,
  label: string,
): { spec: ParamSpec; label: string } | null {
  return Object.hasOwn(sizes, label) ? { spec: sizes[label]!, label } : null;
}

function setListFacts(draft: Draft, reading: NameReading, primaryVersion: string | null): void {
  const { facts } = draft;
  for (const entry of reading.alignment) {
    facts.alignment.push(entry.value);
    addEvidence(draft, 'alignment', 'name', 'medium', 'evidence_name_token', [entry.from]);
  }
  for (const entry of reading.finetune) {
    facts.finetune.push(entry.value);
    addEvidence(draft, 'finetune', 'name', 'medium', 'evidence_name_token', [entry.from]);
  }
  for (const entry of reading.modality) {
    facts.modality.push(entry.value);
    addEvidence(draft, 'modality', 'name', 'medium', 'evidence_name_token', [entry.from]);
  }
  for (const entry of reading.purpose) {
    facts.purpose.push(entry.value);
    addEvidence(draft, 'purpose', 'name', 'medium', 'evidence_name_token', [entry.from]);
  }
  // The version of the model family the name is about (Hermes-2-Pro-Llama-3-8B is Llama 3), else the release's own.
  const version = primaryVersion ?? reading.version ?? reading.date;
  if (version) {
    facts.version = version;
    addEvidence(draft, 'version', 'name', 'medium', 'evidence_name_token', [version]);
  }
}

function setQuant(draft: Draft, reading: NameReading, tag: string | null, primary: FamilyHit | null): void {
  const { quant } = draft.facts;
  // A family released quantized (gpt-oss: MXFP4 experts) keeps that width unless the name says another format.
  const released = primary?.def.quant;
  if (released && !reading.quantFormat && !reading.quantBits) {
    if (released.bits !== undefined) quant.bits = released.bits;
    if (released.format !== undefined) quant.format = released.format;
    addEvidence(draft, 'quant', 'name', 'medium', 'evidence_family_quant', [primary.def.name, released.name]);
  }
  if (reading.quantFormat) {
    quant.format = reading.quantFormat.value;
    addEvidence(
      draft,
      'quant',
      'name',
      'medium',
      reading.quantFormat.from === draft.facts.org ? 'evidence_org' : 'evidence_name_token',
      [reading.quantFormat.from],
    );
  }
  if (reading.quantBits) quant.bits = reading.quantBits.value;
  if (reading.ggufLevel) quant.level = reading.ggufLevel.level.name;
  if (tag) applyQuantTag(draft, tag);
}

/** `:Q4_K_M` after an Ollama / llama-server reference names the GGUF file type. */
function applyQuantTag(draft: Draft, tag: string): void {
  const reading = readName(tag, null);
  if (!reading.ggufLevel) return;
  const { quant } = draft.facts;
  quant.format = 'gguf';
  quant.level = reading.ggufLevel.level.name;
  quant.bits = reading.ggufLevel.level.bits;
  addEvidence(draft, 'quant', 'name', 'medium', 'evidence_quant_tag', [tag]);
}

function setStage(draft: Draft, reading: NameReading, primary: FamilyHit | null, variant: ResolvedVariant): void {
  const { facts } = draft;
  const generative = GENERATIVE_CATEGORIES.has(facts.category) || facts.category === 'unknown';
  const speech = facts.category === 'speech';
  // Vision-language families without base / instruct pairs name size tiers "base" (Florence-2-base, trocr-base).
  const baseIsTier =
    reading.stage?.from.toLowerCase() === 'base' &&
    facts.category !== 'llm' &&
    primary !== null &&
    primary.def.noSuffixStage === undefined &&
    primary.def.stage === undefined;
  if (reading.stage && !baseIsTier && (generative || (speech && reading.stage.value !== 'base'))) {
    facts.stage = reading.stage.value;
    addEvidence(draft, 'stage', 'name', 'medium', 'evidence_name_token', [reading.stage.from]);
    return;
  }
  if (!primary || !generative) return;
  const def: FamilyDef = primary.def;
  // A family whose models all have one stage: the primary one, or a fine-tune series named beside it (Hermes).
  const staged = def.stage ? def : reading.families.find((hit) => hit.def.stage)?.def;
  if (staged?.stage) {
    facts.stage = staged.stage;
    addEvidence(draft, 'stage', 'name', 'medium', 'evidence_family_stage', [staged.name, staged.stage]);
    return;
  }
  const derivative = reading.families.some((hit) => hit.def.kind === 'derivative');
  // RL words outside the schema's list (GRPO, "aligned") say post-trained as much as DPO does.
  const plain =
    reading.unexplained === 0 &&
    !derivative &&
    reading.finetune.length === 0 &&
    reading.alignment.length === 0 &&
    !hasPartRole(reading, 'alignment');
  const noSuffix: Stage | null | undefined = 'noSuffixStage' in variant ? variant.noSuffixStage : def.noSuffixStage;
  if (plain && noSuffix) {
    facts.stage = noSuffix;
    addEvidence(draft, 'stage', 'name', 'low', 'evidence_no_suffix_stage', [def.name, noSuffix]);
  }
}

function hasPartRole(reading: NameReading, role: AnatomyPart['role']): boolean {
  for (const part of reading.parts) if (part.role === role) return true;
  return false;
}

/** The name's parts; for a file in a repo, the file's parts (the repo name is the fact sheet's title). */
function buildAnatomy(ref: ModelRef, reading: NameReading): AnatomyPart[] {
  const parts: AnatomyPart[] = [];
  if (ref.org && !ref.file)
    parts.push({ text: ref.org, role: 'org', meaning: reading.org?.repackager ? 'repackager' : 'publisher' });
  // The reading's parts are already in anatomy shape and the reading is dropped after this: they are reused.
  const fileStart = ref.file ? ref.name.length + 1 : 0;
  for (let k = 0; k < reading.parts.length; k++) if (reading.partStarts[k]! >= fileStart) parts.push(reading.parts[k]!);
  if (reading.shard)
    parts.push({
      text: `${String(reading.shard.index).padStart(5, '0')}-of-${String(reading.shard.count).padStart(5, '0')}`,
      role: 'shard',
      meaning: `${reading.shard.index}/${reading.shard.count}`,
    });
  return parts;
}
