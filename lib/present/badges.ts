import type { Message } from '../i18n/format';
import type { Evidence, Facts, ServingVerdict } from '../facts/schema';
import { explanation, quantLabel, sizeLabel, valueLabel } from './labels';
import { FIT_TONES, fitChipLabel, fitMeaning, formatContext, formatGB } from './memory-labels';

// The badges a fact sheet shows, as data: which fact, its schema value (the data-fact / data-value contract of the
// page), the visible label, what it means and the evidence. Pure, so the page, the popup and the tests share it.

export type BadgeTone = 'category' | 'neutral' | 'yes' | 'no' | 'unknown' | 'partial';

export interface BadgeSpec {
  /** `category`, `params`, `stage`, `alignment`, `finetune`, `quant`, `purpose`, `axolotl`, `serving-vllm`… */
  fact: string;
  /** The value in the fact schema's words (`vlm`, `46700000000`, `gguf`, `yes`). */
  value: string;
  label: Message;
  /** What the badge means, shown in its tooltip. */
  meaning: Message;
  tone: BadgeTone;
  /** A name-only guess (low confidence): drawn dashed, said in the tooltip. */
  guess: boolean;
  evidence: readonly Evidence[];
  /** Extra data-* attributes (quant bits and level, active parameters…). */
  data?: Readonly<Record<string, string>>;
}

const evidenceOf = (facts: Facts, field: string) => facts.evidence.filter((evidence) => evidence.field === field);
const isGuess = (evidence: readonly Evidence[]) =>
  evidence.length > 0 && evidence.every((item) => item.confidence === 'low');

export interface BadgeOptions {
  /** Compact: category, size, quant, Axolotl and the serving chips only. */
  compact?: boolean;
  /** Engine ids the user chose not to see as chips (options page). */
  hiddenEngines?: readonly string[];
}

/** Badges for a model page's header (and the popup). */
export function factBadges(facts: Facts, options: BadgeOptions = {}): BadgeSpec[] {
  const badges: BadgeSpec[] = [];
  const category = categoryBadge(facts);
  if (category) badges.push(category);
  const size = sizeBadge(facts);
  if (size) badges.push(size);
  if (!options.compact && facts.stage) {
    const evidence = evidenceOf(facts, 'stage');
    badges.push({
      fact: 'stage',
      value: facts.stage,
      label: valueLabel('stage', facts.stage),
      meaning: explanation('stage', facts.stage),
      tone: 'neutral',
      guess: isGuess(evidence),
      evidence,
    });
  }
  if (!options.compact) {
    for (const field of ['alignment', 'finetune'] as const) {
      const values = facts[field];
      if (values.length === 0) continue;
      const evidence = evidenceOf(facts, field);
      badges.push({
        fact: field,
        value: values.join(','),
        label: listLabel(field, values),
        meaning: explanation(field, values[0]!),
        tone: 'neutral',
        guess: isGuess(evidence),
        evidence,
      });
    }
  }
  const quant = quantBadge(facts);
  if (quant) badges.push(quant);
  badges.push(...memoryBadges(facts, options));
  if (!options.compact && facts.purpose.length > 0) {
    const evidence = evidenceOf(facts, 'purpose');
    badges.push({
      fact: 'purpose',
      value: facts.purpose.join(','),
      label: listLabel('purpose', facts.purpose),
      meaning: explanation('purpose', facts.purpose[0]!),
      tone: 'neutral',
      guess: isGuess(evidence),
      evidence,
    });
  }
  const license = licenseBadge(facts);
  if (license) badges.push(license);
  const capabilities = options.compact ? null : capabilitiesBadge(facts);
  if (capabilities) badges.push(capabilities);
  badges.push(axolotlBadge(facts));
  for (const engine of chipEngines(facts, options.hiddenEngines)) badges.push(servingBadge(facts, engine));
  return badges;
}

/** The compact group on listing cards: category, size, quantization, Axolotl. */
export function cardBadges(facts: Facts): BadgeSpec[] {
  return [categoryBadge(facts), sizeBadge(facts), quantBadge(facts), axolotlBadge(facts), fitChip(facts)].filter(
    (badge): badge is BadgeSpec => badge !== null,
  );
}

function listLabel(field: 'alignment' | 'finetune' | 'purpose', values: readonly string[]): Message {
  return values.length === 1 ? valueLabel(field, values[0]!) : { key: `badge_list_${field}`, args: [values.length] };
}

export function categoryBadge(facts: Facts): BadgeSpec | null {
  if (facts.category === 'unknown') return null;
  const evidence = evidenceOf(facts, 'category');
  return {
    fact: 'category',
    value: facts.category,
    label: valueLabel('category', facts.category),
    meaning: explanation('category', facts.category),
    tone: 'category',
    guess: facts.categoryConfidence < 0.8,
    evidence,
    data: facts.task ? { task: facts.task } : undefined,
  };
}

export function sizeBadge(facts: Facts): BadgeSpec | null {
  const label = sizeLabel(facts);
  if (!label) return null;
  const { total, active, experts } = facts.params;
  const evidence = evidenceOf(facts, 'params');
  const data: Record<string, string> = {};
  if (active !== null) data.active = String(active);
  if (experts !== null) data.experts = String(experts);
  return {
    fact: 'params',
    value: total !== null ? String(total) : '',
    label,
    meaning: { key: active !== null || experts !== null ? 'meaning_params_moe' : 'meaning_params' },
    tone: 'neutral',
    guess: isGuess(evidence),
    evidence,
    data,
  };
}

export function quantBadge(facts: Facts): BadgeSpec | null {
  const label = quantLabel(facts);
  if (!label) return null;
  const { format, bits, level } = facts.quant;
  const evidence = evidenceOf(facts, 'quant');
  const data: Record<string, string> = {};
  if (bits !== null) data.bits = String(bits);
  if (level) data.level = level;
  return {
    fact: 'quant',
    value: format ?? '',
    label,
    meaning: format ? explanation('quant', format) : { key: 'meaning_quant_bits' },
    tone: 'neutral',
    guess: isGuess(evidence),
    evidence,
    data,
  };
}

/** The licence: what it allows (open, conditions, non-commercial, unknown), the condition in the tooltip; gated repos say so. */
export function licenseBadge(facts: Facts): BadgeSpec | null {
  const { license } = facts;
  if (!license) return null;
  const evidence = evidenceOf(facts, 'license');
  const kindKey = `#license_kind_${license.kind.replace(/-/g, '_')}`;
  const data: Record<string, string> = { license: license.id };
  if (license.gated) data.gated = 'true';
  return {
    fact: 'license',
    value: license.kind,
    label: { key: 'badge_license', args: [license.title, kindKey] },
    meaning: license.conditionKey ? { key: license.conditionKey } : { key: 'license_condition_permissive' },
    tone:
      license.kind === 'open'
        ? 'yes'
        : license.kind === 'conditional'
          ? 'partial'
          : license.kind === 'non-commercial'
            ? 'no'
            : 'unknown',
    // From the publisher's rule, not this repo's own metadata: drawn as a guess.
    guess: evidence.every((item) => item.source !== 'hub'),
    evidence,
    data,
  };
}

/** Capabilities with evidence (reasoning, tools, vision, audio, video); none shown when nothing says so. */
export function capabilitiesBadge(facts: Facts): BadgeSpec | null {
  const { capabilities } = facts;
  if (capabilities.length === 0) return null;
  const evidence = evidenceOf(facts, 'capabilities');
  return {
    fact: 'capabilities',
    value: capabilities.join(','),
    label: {
      key: `badge_capabilities_${capabilities.length}`,
      args: capabilities.map((capability) => `#capability_${capability}`),
    },
    meaning: { key: 'meaning_capabilities' },
    tone: 'neutral',
    guess: isGuess(evidence),
    evidence,
  };
}

export function axolotlBadge(facts: Facts): BadgeSpec {
  const { support, reasonKey, reasonArgs, reason } = facts.axolotl;
  return {
    fact: 'axolotl',
    value: support,
    label: {
      key: 'badge_axolotl',
      args: [`#verdict_symbol_${support === 'full' ? 'yes' : support === 'none' ? 'no' : support}`],
    },
    meaning: reasonKey ? { key: reasonKey, args: reasonArgs } : { key: 'raw_text', args: [reason] },
    tone: support === 'full' ? 'yes' : support === 'partial' ? 'partial' : support === 'none' ? 'no' : 'unknown',
    guess: !facts.hub.used,
    evidence: evidenceOf(facts, 'axolotl'),
  };
}

/** The engines that get a chip: those that serve this kind of model, minus the ones the user hid. */
export function chipEngines(facts: Facts, hidden: readonly string[] = []): string[] {
  return servingRows(facts).filter((engine) => !hidden.includes(engine));
}

/** The engines the sheet and the command line list: every one that serves this kind of model, in registry order. */
export function servingRows(facts: Facts): string[] {
  return Object.entries(facts.serving)
    .filter(([, verdict]) => verdict.servesKind !== false)
    .map(([engine]) => engine);
}

/** After a "no": the engines that do run the model, by name (the sheet's and the command line's alternative). */
export function servingAlternatives(facts: Facts, engine: string): string[] {
  if (facts.serving[engine]?.verdict !== 'no') return [];
  return servingRows(facts)
    .filter((other) => other !== engine && facts.serving[other]?.verdict === 'yes')
    .map((other) => engineLabel(facts, other));
}

/** An engine's name (the registry's label travels with its verdict). */
export function engineLabel(facts: Facts, engine: string): string {
  return facts.serving[engine]?.label ?? engine;
}

export function servingBadge(facts: Facts, engine: string): BadgeSpec {
  const verdict: ServingVerdict = facts.serving[engine] ?? { verdict: 'unknown', reason: '' };
  const route = verdict.route && verdict.route !== 'direct' ? verdict.route : null;
  return {
    fact: `serving-${engine}`,
    value: verdict.verdict,
    label: {
      key: route ? 'badge_engine_route' : 'badge_engine',
      args: [verdict.label ?? engine, `#verdict_symbol_${verdict.verdict}`, ...(route ? [`#route_${route}`] : [])],
    },
    meaning: verdict.reasonKey
      ? { key: verdict.reasonKey, args: verdict.reasonArgs }
      : { key: 'raw_text', args: [verdict.reason] },
    tone: verdict.verdict,
    guess: !facts.hub.used,
    evidence: evidenceOf(facts, `serving-${engine}`),
    data: route ? { route } : undefined,
  };
}

/**
 * Memory at the user's context, whether it fits their hardware (only with a profile: nothing nags without one), and
 * the model's maximum context. Compact rows keep only the fit verdict.
 */
export function memoryBadges(facts: Facts, options: BadgeOptions = {}): BadgeSpec[] {
  const badges = [
    options.compact ? null : memoryBadge(facts),
    fitBadge(facts),
    options.compact ? null : contextBadge(facts),
  ];
  return badges.filter((badge): badge is BadgeSpec => badge !== null);
}

const wholeBytes = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;

/** `memory`: inferenceBytes at the chosen context ("≈ 9.8 GB at 8K"). */
export function memoryBadge(facts: Facts): BadgeSpec | null {
  const memory = facts.memory;
  const bytes = wholeBytes(memory?.inferenceBytes);
  if (!memory || bytes === null) return null;
  const evidence = evidenceOf(facts, 'memory');
  return {
    fact: 'memory',
    value: String(bytes),
    label: { key: 'badge_memory', args: [formatGB(bytes)!, formatContext(memory.contextTokens)] },
    meaning: { key: 'meaning_memory', args: [memory.contextTokens, memory.kvType] },
    tone: 'neutral',
    guess: memory.weightsSource === 'name',
    evidence,
    data: { context: String(memory.contextTokens), source: memory.weightsSource },
  };
}

/** `fit`: gpu | offload | no for the user's hardware, naming the precision and the context ("fits 24 GB · Q5_K_M · 8K"). */
export function fitBadge(facts: Facts): BadgeSpec | null {
  const memory = facts.memory;
  const fit = memory?.fit;
  if (!memory || !fit) return null;
  // A GGUF repo names the file its figures are for (the best that fits), not the repo's own level.
  const file = memory.file ?? null;
  const precision =
    (file ? (file.level ?? file.path) : null) ??
    facts.quant.level ??
    (facts.quant.format ? facts.quant.format.toUpperCase() : null);
  const detail = [precision, formatContext(memory.contextTokens)].filter(Boolean).join(' · ');
  const amount = fit.verdict === 'offload' ? fit.offloadBytes : fit.verdict === 'no' ? fit.neededBytes : fit.gpuBytes;
  return {
    fact: 'fit',
    value: fit.verdict,
    label: { key: `badge_fit_${fit.verdict}`, args: [formatGB(amount) ?? '?', detail] },
    meaning: memory.notes?.fitFile ?? fitMeaning(memory)!,
    tone: FIT_TONES[fit.verdict],
    // An estimated file size is a guess as much as a size from the name.
    guess: file ? !file.exact : memory.weightsSource === 'name',
    evidence: evidenceOf(facts, 'memory'),
    data: file ? { precision: precision!, file: file.path } : precision ? { precision } : undefined,
  };
}

/** `context`: the model's maximum context in tokens ("128K context"). */
export function contextBadge(facts: Facts): BadgeSpec | null {
  const max = facts.maxContext;
  if (typeof max !== 'number' || !Number.isInteger(max) || max <= 0) return null;
  return {
    fact: 'context',
    value: String(max),
    label: { key: 'badge_context', args: [formatContext(max)] },
    meaning: { key: 'meaning_context', args: [max] },
    tone: 'neutral',
    guess: false,
    evidence: evidenceOf(facts, 'maxContext'),
  };
}

/** The listing card's compact fit chip ("fits · 9.8 GB"), from the card's facts; none without a profile. */
export function fitChip(facts: Facts): BadgeSpec | null {
  const memory = facts.memory;
  const label = memory && fitChipLabel(memory);
  if (!memory?.fit || !label) return null;
  return {
    fact: 'fit',
    value: memory.fit.verdict,
    label,
    meaning: fitMeaning(memory)!,
    tone: FIT_TONES[memory.fit.verdict],
    guess: memory.weightsSource === 'name',
    evidence: [],
  };
}
