import { english } from '../i18n/english';
import type { AxolotlVerdict, Facts, Serving } from './schema';

// Placeholders a draft starts with; classify() replaces both before returning. Shared and frozen: never mutated.

export const PENDING_AXOLOTL: AxolotlVerdict = Object.freeze({
  support: 'unknown',
  reason: english('axolotl_unknown_category'),
  alternative: null,
});

/** No engine has judged yet: classify() fills one verdict per engine of the registry. */
export const PENDING_SERVING: Serving = Object.freeze({});

// The schema's fields when nothing is known of them, in the schema's order, as fresh objects (drafts change them): a
// draft starts from these, and `classify --json` lines leave out the fields that still hold them (cli/batch/encode.ts).

/** Fields the name answers: a type, size, stage, quantization… */
export function unknownNameFacts() {
  return {
    task: null,
    family: null,
    version: null,
    params: { total: null, active: null, experts: null },
    stage: null,
    alignment: [],
    finetune: [],
    quant: { format: null, bits: null, level: null },
    modality: [],
    purpose: [],
  } satisfies Partial<Facts>;
}

/** Fields the Hub's data answers: base model, architectures, context, memory, licence, capabilities. */
export function unknownHubFacts() {
  return {
    baseModel: null,
    baseModelRelation: null,
    architectures: [],
    isAdapter: false,
    hub: { used: false },
    maxContext: null,
    memory: null,
    license: null,
    capabilities: [],
  } satisfies Partial<Facts>;
}

/**
 * A draft's facts before anything is read: the schema's fields in its order, those above at their unknown values.
 * Written out (a literal with the two functions above spread into it cost a tenth of reading a name);
 * tests/lib/facts/empty.test.ts checks it is the same as the spread form.
 */
export function unknownFacts(id: string, org: string | null, name: string, file: string | null): Facts {
  return {
    id,
    org,
    name,
    file,
    category: 'unknown',
    categoryConfidence: 0,
    task: null,
    family: null,
    version: null,
    params: { total: null, active: null, experts: null },
    stage: null,
    alignment: [],
    finetune: [],
    quant: { format: null, bits: null, level: null },
    modality: [],
    purpose: [],
    axolotl: PENDING_AXOLOTL,
    serving: PENDING_SERVING,
    evidence: [],
    anatomy: [],
    baseModel: null,
    baseModelRelation: null,
    architectures: [],
    isAdapter: false,
    hub: { used: false },
    maxContext: null,
    memory: null,
    license: null,
    capabilities: [],
  };
}
