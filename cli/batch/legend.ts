import { VERDICT_EVIDENCE } from '../../lib/classify-model';
import { ENGLISH } from '../../lib/i18n/english';
import { SERVING_ENGINE_MODULES } from '../../lib/support/engines';
import { BATCH_FORMAT, FACT_DEFAULTS, FACT_FIELDS, VERDICT_EVIDENCE_MARK } from './encode';

// The first record of `classify --json`: what every line would otherwise repeat, said once.

/** Message areas whose keys batch lines carry (evidence, memory basis, licences) or whose texts they refer to (`#…`). */
const MESSAGE_PREFIXES = [
  'evidence_',
  'memory_',
  'license_',
  'engine_source_',
  'month_',
  'kind_',
  'capability_',
  'route_',
  'fit_',
  'axolotl_',
  'serving_',
  'verdict_',
];

export interface Legend {
  legend: typeof BATCH_FORMAT;
  records: Record<string, string>;
  engines: Record<string, string>;
  verdictEvidence: readonly unknown[];
  fields: readonly string[];
  defaults: Readonly<Record<string, unknown>>;
  messages: Record<string, string>;
}

export function buildLegend(): Legend {
  const messages: Record<string, string> = {};
  for (const key of Object.keys(ENGLISH).sort())
    if (MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix))) messages[key] = ENGLISH[key]!.message;
  return {
    legend: BATCH_FORMAT,
    records: {
      legend: 'this record, first: what every line would repeat',
      verdicts:
        'a set of verdicts {"verdicts": id, "axolotl", "serving"} as the fact schema has them (without commands), written once before the first facts record that uses it',
      facts:
        'one per input, in input order: the fact schema, with "verdicts" (the id of its set) in place of "axolotl" and "serving"; a field left out has its value in defaults',
      error: '{"input", "error", "code"} for an input that is not a model',
      evidence: `[field, source, confidence, key, args] or [field, source, confidence, key, args, overruled]; detail = messages[key] with $1… replaced by args; the string "${VERDICT_EVIDENCE_MARK}" stands for verdictEvidence, in place`,
      anatomy: '[text, role, meaning]',
      'memory.basis': '[key] or [key, args]',
      license: 'condition, when absent, is messages[conditionKey] (null when conditionKey is null)',
      'full texts':
        'classify --json --full prints the complete fact schema per line (with commands), one line per input',
    },
    engines: Object.fromEntries(SERVING_ENGINE_MODULES.map((engine) => [engine.id, engine.label])),
    verdictEvidence: VERDICT_EVIDENCE,
    fields: FACT_FIELDS,
    defaults: FACT_DEFAULTS,
    messages,
  };
}

/** The legend as its line. */
export function legendLine(): string {
  return `${JSON.stringify(buildLegend())}\n`;
}
