import type {
  Alignment,
  AnatomyPart,
  AnatomyRole,
  Category,
  Finetune,
  Modality,
  Purpose,
  QuantFormat,
  Stage,
} from '../facts/schema';
import { findGgufLevel, type GgufLevel } from '../knowledge/gguf-levels';
import type { FamilyDef } from '../knowledge/names/family-types';
import type { OrgDef } from '../knowledge/names/orgs';
import type { CategoryStrength, Packaging, TokenEffect } from '../knowledge/names/types';
import { STRENGTH } from '../knowledge/names/strengths';
import { LEXICON, ORG_BY_NAME, SHORTHANDS, type MultiTokenFamily } from './lexicon';
import { decimalEnd, findShardSuffix, isDigitCode, isDottedNumber, isShortVersion } from './digits';
import { keepsUnderscore, looksLikeShortDate, readPattern, type PatternReading } from './patterns';
import { splitCamelCase, tokenize, type Token } from './tokenize';
import { hashStep } from './token-table';

export interface CategoryCandidate {
  value: Category;
  task: string | undefined;
  strength: CategoryStrength;
  /** Where it came from, for the evidence: a token as written, a family or an org name. */
  from: string;
  kind: 'token' | 'family' | 'org' | 'size';
  /** For family candidates: the largest size the family can have (encoders are never 70B). */
  maxBillions?: number;
}

export interface FamilyHit {
  def: FamilyDef;
  version: string | null;
  /** The name as written for the family (and its version). */
  text: string;
  tokenIndex: number;
}

/** Everything a model name says, before Hub data and verdicts. */
export interface NameReading {
  /**
   * Each token with what it was read as, in the fact sheet's anatomy shape (`meaning`: `instruct`, `8e9`, `Q4_K_M`,
   * the family name…), so the anatomy reuses them; `partStarts` holds where each starts in the name.
   */
  parts: AnatomyPart[];
  partStarts: number[];
  families: FamilyHit[];
  org: OrgDef | null;
  /** Every category the name suggested; `category` is the winner. */
  categoryCandidates: CategoryCandidate[];
  category: CategoryCandidate | null;
  stage: { value: Stage; from: string } | null;
  alignment: { value: Alignment; from: string }[];
  finetune: { value: Finetune; from: string }[];
  modality: { value: Modality; from: string }[];
  purpose: { value: Purpose; from: string }[];
  quantFormat: { value: QuantFormat; from: string; rank: number } | null;
  quantBits: { value: number; from: string } | null;
  ggufLevel: { level: GgufLevel; text: string } | null;
  packaging: { value: Packaging; from: string } | null;
  size: { params: number; label: string; text: string } | null;
  moe: { experts: number; perExpert: number; label: string; text: string } | null;
  active: { params: number; text: string } | null;
  effective: { params: number; label: string; text: string } | null;
  experts: { experts: number; text: string } | null;
  contextTokens: number | null;
  version: string | null;
  date: string | null;
  /** Tokens nothing explained: a fine-tune's own name, a dataset, a typo. */
  unexplained: number;
  /** Lower-case tokens, for size lookups in family tables (`mini`, `large`). */
  lowerTokens: string[];
  /** Set when a sidecar file (mmproj, mtp) or shard was named. */
  sidecar: string | null;
  shard: { index: number; count: number } | null;
  /** A precision word (fp16, bf16, fp32): the format when nothing else is, a GGUF file's level beside `gguf`. */
  precision: { value: 'fp16' | 'bf16' | 'fp32'; from: string } | null;
  /** A GPTQ group size (`128g`, `g128`) was named. */
  groupSize: boolean;
  /** A floating-point block format (NVFP4, MXFP4) named the bit width: not bitsandbytes; in a GGUF name, its level. */
  floatBits: { text: string } | null;
  /** Token index of `Distill`: the family after it is the student, whose architecture the weights have. */
  distillTokenIndex: number | null;
}

// Format precedence when a name mentions several: a container beats a method, a method beats a bit width word.
const FORMAT_RANK: Record<QuantFormat, number> = {
  gguf: 9,
  ggml: 9,
  exl2: 8,
  exl3: 8,
  gptq: 7,
  awq: 7,
  mlc: 6,
  mlx: 6,
  bnb: 5,
  fp8: 4,
  int4: 3,
  int8: 3,
  fp16: 1,
  bf16: 1,
  fp32: 1,
};

export function readName(name: string, orgName: string | null): NameReading {
  const reading: NameReading = {
    parts: [],
    partStarts: [],
    families: [],
    org: null,
    categoryCandidates: [],
    category: null,
    stage: null,
    alignment: [],
    finetune: [],
    modality: [],
    purpose: [],
    quantFormat: null,
    quantBits: null,
    ggufLevel: null,
    packaging: null,
    size: null,
    moe: null,
    active: null,
    effective: null,
    experts: null,
    contextTokens: null,
    version: null,
    date: null,
    unexplained: 0,
    lowerTokens: [],
    sidecar: null,
    shard: null,
    distillTokenIndex: null,
    groupSize: false,
    precision: null,
    floatBits: null,
  };
  if (orgName) applyOrg(reading, orgName);

  const tokens = tokenize(stripShardSuffix(name, reading), keepsUnderscore);
  for (const token of tokens) reading.lowerTokens.push(token.lower);
  let lastFamilyIndex = -2;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const entry = LEXICON.getHashed(token.lower, token.hash);
    const multi = entry?.multi ? matchMultiTokenFamily(entry.multi, tokens, i) : null;
    if (multi) {
      const end = i + multi.rest.length;
      const hit = addFamily(reading, multi.family, joinText(name, tokens, i, end), i, null, token.start);
      i = end;
      i = attachVersion(reading, hit, tokens, i, name);
      lastFamilyIndex = i;
      continue;
    }
    const rule = entry?.rule;
    const family = entry?.family;
    if (rule) applyEffects(reading, rule.effects, token);
    if (rule && token.lower.startsWith('distill') && reading.distillTokenIndex === null) reading.distillTokenIndex = i;
    if (family && !(rule && stepCountFollows(tokens, i))) {
      const hit = addFamily(reading, family, token.text, i, embeddedVersion(token.lower, family), token.start);
      i = attachVersion(reading, hit, tokens, i, name);
      lastFamilyIndex = i;
      continue;
    }
    if (rule) continue;
    const pattern = readPattern(token.lower);
    if (pattern?.kind === 'version') {
      // `v0-5`, `v1_1`: the dot written as a dash or an underscore.
      const joined = decimalTail(token.text, token, tokens, i + 1, name);
      if (joined) {
        if (!reading.version) reading.version = joined;
        // The part is both tokens as written (`v0-5`), so the anatomy shows the whole version.
        part(reading, { ...token, text: joinText(name, tokens, i, i + 1) }, 'version', joined);
        i++;
        continue;
      }
    }
    if (pattern) {
      applyPattern(reading, pattern, token, i === lastFamilyIndex + 1, i > 0 ? tokens[i - 1]!.lower : '');
      continue;
    }
    const prefixed = matchFamilyWithVersion(token);
    if (prefixed) {
      // `qwen2_5`: the decimal after an underscore belongs to the glued version too.
      const hit = addFamily(reading, prefixed.family, token.text, i, prefixed.version, token.start);
      i = attachVersion(reading, hit, tokens, i, name);
      lastFamilyIndex = i;
      continue;
    }
    const prefixedRule = matchRuleWithNumber(token);
    if (prefixedRule) {
      applyEffects(reading, prefixedRule.effects, token);
      continue;
    }
    if (readCamelCase(reading, token, i)) continue;
    if (token.lower === 'mmproj') {
      reading.sidecar = token.lower;
      part(reading, token, 'sidecar', token.lower);
      continue;
    }
    reading.unexplained++;
    part(reading, token, 'other', token.lower);
  }
  finishQuant(reading, name);
  chooseCategory(reading);
  return reading;
}

/**
 * `step-1431k`, `step-2000`: a training word that is also a family key (StepFun's Step) counts training steps when a
 * count follows (thousands, or three digits and more; `Step-3.5`, `Step-2` stay the family).
 */
function stepCountFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  if (!next) return false;
  const thousands = next.endsWith('k');
  const digits = thousands ? next.slice(0, -1) : next;
  if (digits.length === 0 || (!thousands && digits.length < 3)) return false;
  for (let k = 0; k < digits.length; k++) {
    const code = digits.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** `llama3` is Llama 3: a family key whose letters are themselves a key of the same family carries its version. */
function embeddedVersion(lower: string, family: FamilyDef): string | null {
  const end = alphaPrefixLength(lower);
  if (end === 0 || end === lower.length) return null;
  if (LEXICON.get(lower.slice(0, end))?.family !== family) return null;
  return isShortVersion(lower, end) ? lower.slice(end) : null;
}

function alphaPrefixLength(lower: string): number {
  let end = 0;
  while (end < lower.length) {
    const code = lower.charCodeAt(end);
    if (code < 97 || code > 122) break;
    end++;
  }
  return end;
}

/** `Chat2` in AquilaChat2: a rule word with a number glued on, as a lexicon entry. */
function ruleWithNumberEntry(piece: Token) {
  const last = piece.lower.charCodeAt(piece.lower.length - 1);
  if (last < 48 || last > 57) return undefined;
  const rule = matchRuleWithNumber(piece);
  return rule ? { rule, family: undefined, multi: undefined } : undefined;
}

/** `ModernColBERT` splits as Modern, Col, BERT: neighbours that together are a word of ours (ColBERT) are one piece. */
function joinKnownPieces(pieces: Token[]): Token[] {
  if (pieces.length < 2) return pieces;
  const joined: Token[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const next = pieces[k + 1];
    if (next) {
      // The pair's hash continues the first piece's (FNV-1a runs left to right): no string unless the table may have it.
      let hash = piece.hash;
      for (let c = 0; c < next.lower.length; c++) hash = hashStep(hash, next.lower.charCodeAt(c));
      if (LEXICON.mayHave(hash)) {
        const lower = piece.lower + next.lower;
        if (LEXICON.getHashed(lower, hash)) {
          joined.push({ text: piece.text + next.text, lower, start: piece.start, hash });
          k++;
          continue;
        }
      }
    }
    joined.push(piece);
  }
  return joined;
}

/** `music3`, `coder2`: a rule word with a number glued on. */
function matchRuleWithNumber(token: Token) {
  const end = alphaPrefixLength(token.lower);
  // `^\d{1,2}(\.\d)?$` after the letters.
  if (end < 3 || end === token.lower.length || decimalEnd(token.lower, end, 2, 1) !== token.lower.length) return null;
  return LEXICON.get(token.lower.slice(0, end))?.rule ?? null;
}

/** Picks the strongest plausible category; a size in billions rules out families that are never that big. */
function chooseCategory(reading: NameReading): void {
  const billions = (reading.size?.params ?? 0) / 1e9;
  if ((reading.size && reading.size.params >= 1e9) || reading.moe || reading.active) {
    const from = reading.size?.text ?? reading.moe?.text ?? reading.active!.text;
    reading.categoryCandidates.push({
      value: 'llm',
      task: 'text-generation',
      strength: STRENGTH.sizeAlone,
      from,
      kind: 'size',
    });
  }
  let best: CategoryCandidate | null = null;
  for (const candidate of reading.categoryCandidates) {
    if (candidate.maxBillions !== undefined && billions > candidate.maxBillions) continue;
    if (!best || candidate.strength > best.strength) best = candidate;
  }
  reading.category = best;
}

function applyOrg(reading: NameReading, orgName: string): void {
  const org = ORG_BY_NAME.get(orgName.toLowerCase()) ?? null;
  reading.org = org;
  if (!org) return;
  if (org.category)
    offerCategory(reading, {
      value: org.category,
      task: org.task,
      strength: org.strength ?? STRENGTH.orgLean,
      from: orgName,
      kind: 'org',
    });
  if (org.quant) offerFormat(reading, org.quant, orgName, 2);
  if (org.packaging) reading.packaging = { value: org.packaging, from: orgName };
}

/** `model-00001-of-00003.gguf`: the shard suffix is not part of the name. */
function stripShardSuffix(name: string, reading: NameReading): string {
  const suffix = findShardSuffix(name);
  if (!suffix) return name;
  const { start, extension } = suffix;
  reading.shard = {
    index: Number(name.slice(start + 1, start + 6)),
    count: Number(name.slice(start + 10, start + 15)),
  };
  return name.slice(0, start) + (extension < 0 ? '' : name.slice(extension));
}

function matchMultiTokenFamily(
  candidates: readonly MultiTokenFamily[],
  tokens: Token[],
  i: number,
): MultiTokenFamily | null {
  for (const candidate of candidates) {
    let matches = true;
    for (let k = 0; k < candidate.rest.length; k++) {
      if (tokens[i + 1 + k]?.lower !== candidate.rest[k]) {
        matches = false;
        break;
      }
    }
    if (matches) return candidate;
  }
  return null;
}

function joinText(name: string, tokens: Token[], from: number, to: number): string {
  const last = tokens[to]!;
  return name.slice(tokens[from]!.start, last.start + last.text.length);
}

function addFamily(
  reading: NameReading,
  def: FamilyDef,
  text: string,
  tokenIndex: number,
  version: string | null,
  start: number,
): FamilyHit {
  const hit: FamilyHit = { def, version, text, tokenIndex };
  reading.families.push(hit);
  if (version && !reading.version) reading.version = version;
  reading.parts.push({ text, role: 'family', meaning: def.name });
  reading.partStarts.push(start);
  const strength = def.strength ?? defaultFamilyStrength(def);
  offerCategory(reading, {
    value: def.category,
    task: def.task,
    strength,
    from: def.name,
    kind: 'family',
    maxBillions: def.maxBillions,
  });
  if (def.purpose) for (const value of def.purpose) addUnique(reading.purpose, value, def.name);
  if (def.modality) for (const value of def.modality) addUnique(reading.modality, value, def.name);
  return hit;
}

/**
 * `3_1`, `v0-5`: a version whose dot is written as `_` (or as `-` after a `v`), joined back: 0.5, 3.1. Returns the
 * version with its decimal, or null when the next token is not its decimal part.
 */
function decimalTail(
  version: string,
  versionToken: Token,
  tokens: Token[],
  nextIndex: number,
  name: string,
): string | null {
  const tail = tokens[nextIndex];
  if (!tail || tail.lower.length > 2 || digitRunLength(tail.lower) !== tail.lower.length || version.includes('.'))
    return null;
  const separator = name.charCodeAt(versionToken.start + versionToken.text.length);
  const isV = version.charCodeAt(0) === 118 || version.charCodeAt(0) === 86;
  if (separator !== 95 && !(separator === 45 && isV)) return null;
  if (tail.start !== versionToken.start + versionToken.text.length + 1) return null;
  return `${version}.${tail.text}`;
}

function digitRunLength(text: string): number {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k;
}

/** `Llama-3.1`, `Mistral-7B-v0.1`: a number right after a family is its version. */
function attachVersion(reading: NameReading, hit: FamilyHit, tokens: Token[], i: number, name: string): number {
  if (hit.version) {
    // `llama3_1`: the version glued to the family, its decimal after an underscore.
    const joined = decimalTail(hit.version, tokens[i]!, tokens, i + 1, name);
    if (!joined) return i;
    hit.version = joined;
    if (reading.version === null || reading.version === joined.slice(0, joined.indexOf('.'))) reading.version = joined;
    hit.text = joinText(name, tokens, hit.tokenIndex, i + 1);
    const last = reading.parts[reading.parts.length - 1];
    if (last && last.role === 'family') last.text = hit.text;
    return i + 1;
  }
  const next = tokens[i + 1];
  if (!next) return i;
  const lower = next.lower;
  const isPlainNumber = isShortVersion(lower) && !looksLikeShortDate(lower);
  const isVVersion = lower.charCodeAt(0) === 118 && isDottedNumber(lower, 1, 3);
  // GLM-4.6V, GLM-4.5V: a version with a trailing V is the family's vision model (`^\d{1,2}(\.\d{1,2})?v$`).
  const visionVersion =
    lower.length > 1 && lower.charCodeAt(lower.length - 1) === 118 && decimalEnd(lower, 0, 2, 2) === lower.length - 1;
  if (!isPlainNumber && !isVVersion && !visionVersion) return i;
  hit.version = visionVersion ? next.text.slice(0, -1) : next.text;
  const joined = visionVersion ? null : decimalTail(hit.version, next, tokens, i + 2, name);
  if (joined) {
    hit.version = joined;
    reading.version = joined;
    hit.text = joinText(name, tokens, hit.tokenIndex, i + 2);
    const last = reading.parts[reading.parts.length - 1];
    if (last && last.role === 'family') last.text = hit.text;
    return i + 2;
  }
  if (visionVersion) {
    addUnique(reading.modality, 'vision', next.text);
    offerCategory(reading, {
      value: 'vlm',
      task: 'image-text-to-text',
      strength: STRENGTH.shared,
      from: next.text,
      kind: 'token',
    });
  }
  hit.text = joinText(name, tokens, hit.tokenIndex, i + 1);
  const last = reading.parts[reading.parts.length - 1];
  if (last && last.role === 'family') last.text = hit.text;
  if (!reading.version) reading.version = hit.version;
  return i + 1;
}

/** `qwen2.5`, `llama3`, `internvl3`, `L3.3`: a family key (or shorthand) followed directly by its version. */
function matchFamilyWithVersion(token: Token): { family: FamilyDef; version: string } | null {
  const lower = token.lower;
  const end = alphaPrefixLength(lower);
  if (end === 0 || end === lower.length) return null;
  if (!isShortVersion(lower, end)) return null;
  const prefix = lower.slice(0, end);
  const family = LEXICON.get(prefix)?.family;
  if (family) return { family, version: token.text.slice(end) };
  const shorthands = SHORTHANDS.get(prefix);
  if (!shorthands) return null;
  const number = Number.parseFloat(lower.slice(end));
  for (const shorthand of shorthands) {
    if (number >= shorthand.minVersion && number <= shorthand.maxVersion)
      return { family: shorthand.family, version: token.text.slice(end) };
  }
  return null;
}

function readCamelCase(reading: NameReading, token: Token, index: number): boolean {
  const pieces = joinKnownPieces(splitCamelCase(token));
  if (pieces.length === 0) return false;
  const entries = pieces.map((piece) => LEXICON.getHashed(piece.lower, piece.hash) ?? ruleWithNumberEntry(piece));
  // Capitals a brand happens to spell (MSAgent's "MS") are not an abbreviation of ours: a piece of two letters or fewer
  // is never a family.
  for (let k = 0; k < pieces.length; k++)
    if (pieces[k]!.lower.length <= 2 && entries[k]?.family)
      entries[k] = entries[k]!.rule ? { ...entries[k]!, family: undefined } : undefined;
  const known = pieces.map((piece, k) =>
    Boolean(entries[k]?.rule ?? entries[k]?.family ?? (piece.lower.length > 2 ? matchFamilyWithVersion(piece) : null)),
  );
  if (!known.includes(true)) return false;
  // A word that starts with an unknown one- or two-letter prefix is not a compound of ours (ReMM is not "Re" + MM).
  if (!known[0] && pieces[0]!.lower.length <= 2) return false;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const rule = entries[k]?.rule;
    const family = entries[k]?.family;
    if (rule) applyEffects(reading, rule.effects, piece);
    if (family) addFamily(reading, family, piece.text, index, null, piece.start);
    else if (!rule) {
      const prefixed = known[k] ? matchFamilyWithVersion(piece) : null;
      if (prefixed) addFamily(reading, prefixed.family, piece.text, index, prefixed.version, piece.start);
      else {
        reading.unexplained++;
        part(reading, piece, 'other', piece.lower);
      }
    }
  }
  return true;
}

/** What a token's part says so far (its anatomy role and meaning); effects fill it in order. */
interface PartLabel {
  role: AnatomyRole;
  value: string;
}

type EffectHandler<E extends TokenEffect> = (reading: NameReading, effect: E, token: Token, label: PartLabel) => void;

/** The part's role, unless an earlier effect of the token already gave it one (`vl`: a modality before a category). */
function labelIfOther(label: PartLabel, role: AnatomyRole, value: string): void {
  if (label.role !== 'other') return;
  label.role = role;
  label.value = value;
}

type ListKind = 'alignment' | 'finetune' | 'modality';

/** A word that adds its value to the reading's list of the same name (`dpo`, `lora`, `vl`) and labels the part so. */
function listWord(kind: ListKind): EffectHandler<Extract<TokenEffect, { kind: ListKind }>> {
  return (reading, effect, token, label) => {
    addUnique(reading[kind] as { value: string; from: string }[], effect.value, token.text);
    label.role = kind;
    label.value = effect.value;
  };
}

/** What each kind of token effect does to the reading and to the token's part. */
const EFFECT_HANDLERS: { readonly [K in TokenEffect['kind']]: EffectHandler<Extract<TokenEffect, { kind: K }>> } = {
  stage(reading, effect, token, label) {
    // A family named before it may spell a weight format with the word (ERNIE-4.5-…-PT is PyTorch weights).
    if (isFormatWordOfFamily(reading, token.lower)) {
      label.role = 'format';
      return;
    }
    reading.stage = { value: effect.value, from: token.text };
    label.role = 'stage';
    label.value = effect.value;
  },
  alignment: listWord('alignment'),
  finetune: listWord('finetune'),
  quant(reading, effect, token, label) {
    if (effect.format === 'fp16' || effect.format === 'bf16' || effect.format === 'fp32')
      reading.precision = { value: effect.format, from: token.text };
    if (effect.format) offerFormat(reading, effect.format, token.text, FORMAT_RANK[effect.format]);
    if (effect.bits !== undefined) offerBits(reading, effect.bits, token.text);
    label.role = 'quant';
    label.value = effect.format ?? token.lower;
  },
  bits(reading, effect, token, label) {
    offerBits(reading, effect.bits, token.text);
    if (effect.float) reading.floatBits = { text: token.text };
    label.role = 'quant';
    label.value = `${effect.bits}bit`;
  },
  modality: listWord('modality'),
  purpose(reading, effect, token, label) {
    addUnique(reading.purpose, effect.value, token.text);
    labelIfOther(label, 'purpose', effect.value);
  },
  category(reading, effect, token, label) {
    offerCategory(reading, {
      value: effect.value,
      task: effect.task,
      strength: effect.strength,
      from: token.text,
      kind: 'token',
    });
    labelIfOther(label, 'purpose', effect.value);
  },
  packaging(reading, effect, token, label) {
    reading.packaging = { value: effect.value, from: token.text };
    label.role = 'format';
    label.value = effect.value;
  },
  neutral(_reading, effect, _token, label) {
    labelIfOther(label, NEUTRAL_ROLES[effect.note] ?? 'other', effect.note);
  },
};

function applyEffects(reading: NameReading, effects: readonly TokenEffect[], token: Token): void {
  const label: PartLabel = { role: 'other', value: token.lower };
  for (const effect of effects)
    (EFFECT_HANDLERS[effect.kind] as EffectHandler<TokenEffect>)(reading, effect, token, label);
  part(reading, token, label.role, label.value);
}

const NEUTRAL_ROLES: Readonly<Record<string, AnatomyRole>> = {
  'hf-format': 'format',
  'quantization-detail': 'quant',
  'lab-name': 'org',
  'training-detail': 'other',
  'rl-post-training': 'alignment',
};

function applyPattern(
  reading: NameReading,
  pattern: PatternReading,
  token: Token,
  followsFamily: boolean,
  previous: string,
): void {
  // `step-1431k`, `ckpt-500`: a training step count, not a context length or a version.
  if (
    previous === 'step' ||
    previous === 'steps' ||
    previous === 'ckpt' ||
    previous === 'checkpoint' ||
    previous === 'iter'
  )
    return part(reading, token, 'other', 'training-steps');
  switch (pattern.kind) {
    case 'size': {
      // `1.1B-…-3T`: beside a parameter count, a trillions figure is the training-token count (TinyLlama's 3T).
      if (pattern.label.endsWith('t') && reading.size && reading.size.params < 1e12)
        return part(reading, token, 'other', 'training-tokens');
      // 1M/4M after a size in billions is a context length (Qwen2.5-7B-Instruct-1M), not a second size.
      if (pattern.label.endsWith('m') && reading.size && reading.size.params >= 1e9 && pattern.params <= 10e6) {
        reading.contextTokens = pattern.params;
        addUnique(reading.purpose, 'long-context', token.text);
        return part(reading, token, 'context', String(pattern.params));
      }
      if (!reading.size) reading.size = { params: pattern.params, label: pattern.label, text: token.text };
      return part(reading, token, 'size', String(pattern.params));
    }
    case 'moe':
      reading.moe = { experts: pattern.experts, perExpert: pattern.perExpert, label: pattern.label, text: token.text };
      return part(reading, token, 'size', pattern.label);
    case 'active':
      reading.active = { params: pattern.params, text: token.text };
      return part(reading, token, 'size', `active:${pattern.params}`);
    case 'effective':
      reading.effective = { params: pattern.params, label: pattern.label, text: token.text };
      return part(reading, token, 'size', `effective:${pattern.params}`);
    case 'experts':
      reading.experts = { experts: pattern.experts, text: token.text };
      return part(reading, token, 'size', `experts:${pattern.experts}`);
    case 'context':
      reading.contextTokens = pattern.tokens;
      if (pattern.tokens >= 32 * 1024) addUnique(reading.purpose, 'long-context', token.text);
      return part(reading, token, 'context', String(pattern.tokens));
    case 'bpw':
      offerBits(reading, pattern.bits, token.text);
      offerFormat(reading, 'exl2', token.text, 3);
      return part(reading, token, 'quant', `${pattern.bits}bpw`);
    case 'wbits':
      offerBits(reading, pattern.bits, token.text);
      return part(reading, token, 'quant', `${pattern.bits}bit`);
    case 'mlc':
      offerFormat(reading, 'mlc', token.text, FORMAT_RANK.mlc);
      offerBits(reading, pattern.bits, token.text);
      return part(reading, token, 'quant', token.lower);
    case 'gguf':
      offerFormat(reading, 'gguf', token.text, FORMAT_RANK.gguf);
      reading.ggufLevel = { level: pattern.level, text: token.text };
      return part(reading, token, 'quant', pattern.level.name);
    case 'version':
      if (!reading.version) reading.version = token.text;
      return part(reading, token, 'version', token.text);
    case 'date':
      if (!reading.date) reading.date = token.text;
      return part(reading, token, 'date', token.text);
    case 'number':
      if (looksLikeShortDate(pattern.text) || isRecentYear(pattern.text)) {
        if (!reading.date) reading.date = token.text;
        return part(reading, token, 'date', token.text);
      }
      if (followsFamily && !reading.version) reading.version = token.text;
      return part(reading, token, 'version', token.text);
    case 'neutral':
      if (pattern.note === 'group-size') reading.groupSize = true;
      return part(reading, token, 'quant', pattern.note);
  }
}

function isFormatWordOfFamily(reading: NameReading, lower: string): boolean {
  for (const hit of reading.families) if (hit.def.formatWords?.includes(lower)) return true;
  return false;
}

/** `…\.gguf$`, case-insensitive, without a regular expression. */
function endsWithGguf(name: string): boolean {
  const n = name.length;
  if (n < 5 || name.charCodeAt(n - 5) !== 46) return false;
  return (
    (name.charCodeAt(n - 4) | 32) === 103 &&
    (name.charCodeAt(n - 3) | 32) === 103 &&
    (name.charCodeAt(n - 2) | 32) === 117 &&
    (name.charCodeAt(n - 1) | 32) === 102
  );
}

/** `^20[12]\d$`: a year from 2010 to 2029. */
function isRecentYear(text: string): boolean {
  return (
    text.length === 4 &&
    text.charCodeAt(0) === 50 &&
    text.charCodeAt(1) === 48 &&
    (text.charCodeAt(2) === 49 || text.charCodeAt(2) === 50) &&
    isDigitCode(text.charCodeAt(3))
  );
}

/** Settles what the quant words said together: `bnb-4bit`, `GPTQ-Int4`, a lone `4bit`, `UD-Q4_K_XL`. */
function finishQuant(reading: NameReading, name: string): void {
  // `.gguf` is the container even beside a legacy `ggml` word (`ggml-model-Q4_K_M.gguf`).
  if (reading.quantFormat?.value === 'ggml' && endsWithGguf(name))
    reading.quantFormat = { value: 'gguf', from: 'gguf', rank: FORMAT_RANK.gguf };
  // A precision word in a GGUF name (`…-F16.gguf`, `…-bf16.gguf`) is the file's level.
  if (!reading.ggufLevel && reading.quantFormat?.value === 'gguf' && reading.precision) {
    const level = findGgufLevel(
      reading.precision.value === 'fp32' ? 'F32' : reading.precision.value === 'bf16' ? 'BF16' : 'F16',
    );
    if (level) reading.ggufLevel = { level, text: reading.precision.from };
  }
  // MXFP4 in a GGUF name is llama.cpp's MXFP4 file type (gpt-oss-120b-mxfp4.gguf).
  if (!reading.ggufLevel && reading.quantFormat?.value === 'gguf' && reading.floatBits) {
    const mxfp4 = findGgufLevel(reading.floatBits.text);
    if (mxfp4) reading.ggufLevel = { level: mxfp4, text: reading.floatBits.text };
  }
  const level = reading.ggufLevel?.level;
  if (level) {
    reading.quantBits = { value: level.bits, from: reading.ggufLevel!.text };
    if (reading.quantFormat?.value !== 'gguf' && reading.quantFormat?.value !== 'ggml') {
      reading.quantFormat = { value: 'gguf', from: reading.ggufLevel!.text, rank: FORMAT_RANK.gguf };
    }
  }
  // A bit width with a group size (`4bit-128g`) is how GPTQ checkpoints were named before the format had a word.
  if (!reading.quantFormat && reading.quantBits && reading.groupSize) {
    reading.quantFormat = { value: 'gptq', from: reading.quantBits.from, rank: FORMAT_RANK.gptq };
  }
  // A bit width with no format: bitsandbytes, as the seed's `-bnb / -4bit` row says (not a floating-point block format).
  if (!reading.quantFormat && reading.quantBits && reading.quantBits.value <= 8 && !reading.floatBits) {
    reading.quantFormat = { value: 'bnb', from: reading.quantBits.from, rank: FORMAT_RANK.bnb };
  }
  // fp16 beside a container (gguf …-f16) is the container's level, not the format.
  if (reading.quantFormat && reading.quantBits === null) {
    const format = reading.quantFormat.value;
    if (format === 'fp16' || format === 'bf16') reading.quantBits = { value: 16, from: reading.quantFormat.from };
    if (format === 'fp32') reading.quantBits = { value: 32, from: reading.quantFormat.from };
  }
}

/** LLM families yield to any task word; encoder families (BERT, T5) to most; specialised families hold. */
function defaultFamilyStrength(def: FamilyDef): CategoryStrength {
  if (def.kind === 'derivative') return STRENGTH.derivative;
  if (def.category === 'llm') return STRENGTH.llmFamily;
  if (def.category === 'nlp') return STRENGTH.shared;
  return STRENGTH.specialised;
}

function offerFormat(reading: NameReading, value: QuantFormat, from: string, rank: number): void {
  const current = reading.quantFormat;
  if (!current || rank > current.rank) reading.quantFormat = { value, from, rank };
}

function offerBits(reading: NameReading, value: number, from: string): void {
  // Precision words (fp16 beside bnb-4bit) never override a real bit width.
  if (reading.quantBits && value >= 16) return;
  if (!reading.quantBits || reading.quantBits.value >= 16) reading.quantBits = { value, from };
}

function offerCategory(reading: NameReading, candidate: CategoryCandidate): void {
  reading.categoryCandidates.push(candidate);
}

function addUnique<T>(list: { value: T; from: string }[], value: T, from: string): void {
  if (!list.some((entry) => entry.value === value)) list.push({ value, from });
}

function part(reading: NameReading, token: Token, role: AnatomyRole, value: string): void {
  reading.parts.push({ text: token.text, role, meaning: value });
  reading.partStarts.push(token.start);
}
