import { createHash } from 'node:crypto';
import { VERDICT_EVIDENCE } from '../../lib/classify-model';
import type { AnatomyPart, ClassifyError, Evidence, Facts, LicenseFact } from '../../lib/facts/schema';
import { unknownHubFacts, unknownNameFacts } from '../../lib/facts/empty';
import type { MemoryFacts } from '../../lib/facts/memory';
import { english, ENGLISH, type MessageKey } from '../../lib/i18n/english';
import { isMessageText } from '../../lib/i18n/format';
import { MemoryTexts } from './memory-text';

// `classify --json`: the fact schema, one record per line, without what every line would repeat (docs/DEVELOPING.md,
// "Batch output"). Three kinds of record, told apart by their first key:
//   {"legend": …}                    first: engine labels, the verdicts' source evidence, the English templates
//   {"verdicts": "<id>", "axolotl", "serving"}   a set of verdicts, written once, before the first line that uses it
//   {"id": …, "verdicts": "<id>", …}  the facts of one input, in input order; {"input", "error", "code"} for unusable ones
// English texts that a message key and its arguments give (evidence `detail`, a licence's `condition`) are left out
// and rebuilt from the legend's templates; evidence, anatomy parts and memory basis are arrays instead of objects; a
// field whose value is its default (FACT_DEFAULTS: null, false, empty, nothing known) is left out.
// cli/batch/expand.ts turns a stream back into the full facts; tests/cli/batch.test.ts checks it gives back classify().

/** Name and version of the line shape, the legend's first value. */
export const BATCH_FORMAT = 'model-lens-batch/1';

/** The string that stands, inside `evidence`, for the legend's `verdictEvidence` (the same on every line). */
export const VERDICT_EVIDENCE_MARK = 'verdict-sources';

/**
 * Fields of the fact schema left out of a facts record when they hold these values (most name-only answers know no
 * base model, licence or stage); the legend carries the table, and the expander puts them back.
 */
export const FACT_DEFAULTS: Readonly<Record<string, unknown>> = Object.freeze({
  file: null,
  ...unknownNameFacts(),
  ...unknownHubFacts(),
});

/** For each field of FACT_DEFAULTS, whether a value is its default (isDefault, specialised once per field). */
const IS_DEFAULT: Readonly<Record<string, (value: unknown) => boolean>> = Object.fromEntries(
  Object.entries(FACT_DEFAULTS).map(([key, fallback]) => [
    key,
    fallback === null || typeof fallback !== 'object'
      ? (value: unknown) => value === fallback
      : Array.isArray(fallback)
        ? (value: unknown) => Array.isArray(value) && value.length === 0
        : (value: unknown) => isDefault(value, fallback),
  ]),
);

/** A facts record's fields in the schema's order (the legend says it, so the expander keeps the order). */
export const FACT_FIELDS: readonly string[] = Object.freeze(
  Object.keys(compactFacts({ evidence: [], anatomy: [] } as unknown as Facts, '', false)),
);

/** Whether `value` is `fallback`: the same primitive, an empty array, or an object with the same primitive values. */
function isDefault(value: unknown, fallback: unknown): boolean {
  if (value === fallback) return true;
  if (Array.isArray(fallback)) return Array.isArray(value) && value.length === 0;
  if (fallback === null || typeof fallback !== 'object' || value === null || typeof value !== 'object') return false;
  const keys = Object.keys(fallback);
  if (Object.keys(value).length !== keys.length) return false;
  for (const key of keys)
    if ((value as Record<string, unknown>)[key] !== (fallback as Record<string, unknown>)[key]) return false;
  return true;
}

interface VerdictSet {
  axolotl: Facts['axolotl'];
  id: string;
  record: string;
}

export class BatchEncoder {
  /** Verdict sets already written (by this encoder, or by the stream it writes into: see `markWritten`). */
  private readonly written = new Set<string>();
  /** Name-only verdicts are shared objects: their set's id and record, found by the `serving` object. */
  private readonly sets = new WeakMap<object, VerdictSet>();
  private pending: [id: string, record: string][] = [];
  private readonly memoryTexts = new MemoryTexts();

  /** The record for one answer, with its newline; a verdict set seen for the first time waits in `definitions()`. */
  encode(result: Facts | ClassifyError): string {
    if ('error' in result) return `${JSON.stringify(result)}\n`;
    const set = this.verdictSet(result);
    if (!this.written.has(set.id)) {
      this.written.add(set.id);
      this.pending.push([set.id, set.record]);
    }
    if (!result.memory) return `${JSON.stringify(compactFacts(result, set.id))}\n`;
    // The record without its last fields, then `memory` as text (the same for many answers), then the rest.
    const record = compactFacts(result, set.id, true, false);
    const { license, capabilities } = record;
    record.memory = record.license = record.capabilities = undefined;
    let line = JSON.stringify(record);
    line = `${line.slice(0, -1)},"memory":${this.memoryTexts.json(result.memory, compactMemory)}`;
    if (license !== undefined) line += `,"license":${JSON.stringify(license)}`;
    if (capabilities !== undefined) line += `,"capabilities":${JSON.stringify(capabilities)}`;
    return `${line}}\n`;
  }

  /** The verdict sets first used since the last call, as [id, record line] (write them before those lines). */
  definitions(): [id: string, record: string][] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  private verdictSet(facts: Facts): VerdictSet {
    const known = this.sets.get(facts.serving);
    if (known && known.axolotl === facts.axolotl) return known;
    const body = JSON.stringify({ axolotl: facts.axolotl, serving: facts.serving });
    // Named by their content, so workers (--jobs) and separate runs name the same verdicts alike.
    const id = `v${createHash('sha1').update(body).digest('hex').slice(0, 12)}`;
    const set = { axolotl: facts.axolotl, id, record: `{"verdicts":"${id}",${body.slice(1)}\n` };
    // Only shared (frozen) verdicts come back; per-model ones (Hub data) would only fill the map.
    if (Object.isFrozen(facts.serving)) this.sets.set(facts.serving, set);
    return set;
  }
}

/**
 * The facts as one batch line: the schema's fields in its order, with the compact forms described above. Written out
 * field by field (a loop over the keys costs more than the rest of the encoding); tests/cli/batch-encoding.test.ts
 * fails when Facts gains a field this leaves out.
 */
export function compactFacts(
  facts: Facts,
  verdicts: string,
  leaveDefaultsOut = true,
  compactMemoryToo = true,
): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: facts.id,
    org: facts.org,
    name: facts.name,
    file: facts.file,
    category: facts.category,
    categoryConfidence: facts.categoryConfidence,
    task: facts.task,
    family: facts.family,
    version: facts.version,
    params: facts.params,
    stage: facts.stage,
    alignment: facts.alignment,
    finetune: facts.finetune,
    quant: facts.quant,
    modality: facts.modality,
    purpose: facts.purpose,
    verdicts,
    evidence: compactEvidence(facts.evidence),
    anatomy: facts.anatomy.map(compactPart),
    baseModel: facts.baseModel,
    baseModelRelation: facts.baseModelRelation,
    architectures: facts.architectures,
    isAdapter: facts.isAdapter,
    hub: facts.hub,
    maxContext: facts.maxContext,
    memory: compactMemoryToo ? facts.memory && compactMemory(facts.memory) : facts.memory,
    license: facts.license && compactLicense(facts.license),
    capabilities: facts.capabilities,
  };
  // Field by field (a loop over the keys with record[key] costs more than the rest of the encoding); left out as
  // undefined, which JSON.stringify skips, so the record keeps its shape. A test fails when a default is not listed.
  if (leaveDefaultsOut) {
    const is = IS_DEFAULT;
    if (is.file!(record.file)) record.file = undefined;
    if (is.task!(record.task)) record.task = undefined;
    if (is.family!(record.family)) record.family = undefined;
    if (is.version!(record.version)) record.version = undefined;
    if (is.params!(record.params)) record.params = undefined;
    if (is.stage!(record.stage)) record.stage = undefined;
    if (is.alignment!(record.alignment)) record.alignment = undefined;
    if (is.finetune!(record.finetune)) record.finetune = undefined;
    if (is.quant!(record.quant)) record.quant = undefined;
    if (is.modality!(record.modality)) record.modality = undefined;
    if (is.purpose!(record.purpose)) record.purpose = undefined;
    if (is.baseModel!(record.baseModel)) record.baseModel = undefined;
    if (is.baseModelRelation!(record.baseModelRelation)) record.baseModelRelation = undefined;
    if (is.architectures!(record.architectures)) record.architectures = undefined;
    if (is.isAdapter!(record.isAdapter)) record.isAdapter = undefined;
    if (is.hub!(record.hub)) record.hub = undefined;
    if (is.maxContext!(record.maxContext)) record.maxContext = undefined;
    if (is.memory!(record.memory)) record.memory = undefined;
    if (is.license!(record.license)) record.license = undefined;
    if (is.capabilities!(record.capabilities)) record.capabilities = undefined;
  }
  return record;
}

function compactEvidence(evidence: readonly Evidence[]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] === VERDICT_EVIDENCE[0] && isVerdictEvidenceAt(evidence, i)) {
      out.push(VERDICT_EVIDENCE_MARK);
      i += VERDICT_EVIDENCE.length - 1;
      continue;
    }
    out.push(compactItem(evidence[i]!));
  }
  return out;
}

function isVerdictEvidenceAt(evidence: readonly Evidence[], at: number): boolean {
  for (let j = 0; j < VERDICT_EVIDENCE.length; j++) if (evidence[at + j] !== VERDICT_EVIDENCE[j]) return false;
  return true;
}

/** `[field, source, confidence, key, args]` (+ `overruled`) when `detail` is the key's English; else the object. */
function compactItem(item: Evidence): unknown {
  const { field, source, detail, confidence, key, args, overruled } = item;
  if (key === undefined || args === undefined || confidence === undefined || ownKeys(item) > 7) return item;
  if (!isMessageText(ENGLISH, key, args, detail)) return item;
  return overruled === undefined
    ? [field, source, confidence, key, args]
    : [field, source, confidence, key, args, overruled];
}

function compactPart(part: AnatomyPart): unknown {
  return ownKeys(part) === 3 ? [part.text, part.role, part.meaning] : part;
}

/** Object.keys(object).length without the array. */
function ownKeys(object: object): number {
  let count = 0;
  for (const key in object) if (Object.hasOwn(object, key)) count++;
  return count;
}

function compactMemory(memory: MemoryFacts): Record<string, unknown> {
  return {
    ...memory,
    basis: memory.basis.map((message) => (message.args === undefined ? [message.key] : [message.key, message.args])),
  };
}

function compactLicense(license: LicenseFact): Record<string, unknown> {
  if (license.conditionKey === null || license.condition !== english(license.conditionKey as MessageKey))
    return license as unknown as Record<string, unknown>;
  const { condition: _, ...rest } = license;
  return rest;
}
