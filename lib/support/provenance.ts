import type { MessageKey } from '../i18n/english';
import { englishWithRefs } from './engines/words';
import type { Evidence } from '../facts/schema';
import type { EngineSource } from '../knowledge/engine-types';
import { engine } from '../knowledge/engine-lists';
import { SERVING_ENGINE_MODULES, type ServingEngineModule } from './engines';

// Evidence for verdicts: which engine source the matrix was read from. The visible words name the source as people
// know it with its month ("vLLM's supported-model list, August 2026"); repository and commit ride along as further
// message arguments, so they stay in the JSON and regenerating the data never leaves the words stale. Built once and
// shared by every fact sheet (never mutated).

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Message arguments for a source: [source name, month, year, repository, commit or version]. */
export function sourceArgs(sourceKey: MessageKey, source: EngineSource): string[] {
  const [year = '', month = ''] = (source.commitDate ?? '').split('-');
  const monthName = MONTHS[Number(month) - 1];
  return [
    `#${sourceKey}`,
    monthName ? `#month_${monthName}` : '',
    year,
    source.repo,
    source.commit ?? source.version ?? '',
  ];
}

function sourceEvidence(field: string, sourceKey: MessageKey, source: EngineSource): Evidence {
  const args = sourceArgs(sourceKey, source);
  return Object.freeze({
    field,
    source: 'engine-matrix',
    detail: englishWithRefs('evidence_engine_source', args),
    confidence: 'high',
    key: 'evidence_engine_source',
    args,
  }) as Evidence;
}

export const AXOLOTL_EVIDENCE: Evidence = sourceEvidence('axolotl', 'engine_source_axolotl', engine('axolotl').source);

const cache = new WeakMap<ServingEngineModule, Evidence>();

/** Evidence for one engine's verdict (`serving-<id>`). */
export function servingEvidence(module: ServingEngineModule): Evidence {
  let evidence = cache.get(module);
  if (!evidence)
    cache.set(module, (evidence = sourceEvidence(`serving-${module.id}`, module.sourceKey, module.matrix().source)));
  return evidence;
}

/** Evidence for every engine of the registry, in its order. */
export const SERVING_EVIDENCE: readonly Evidence[] = SERVING_ENGINE_MODULES.map(servingEvidence);
