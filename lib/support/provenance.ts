import { english } from '../i18n/english';
import type { Evidence, ServingEngine } from '../facts/schema';
import { SERVING_ENGINES } from '../facts/schema';
import type { EngineId } from '../knowledge/engine-types';
import { engine } from '../knowledge/engine-lists';

// Evidence for verdicts: which engine source (repository and commit) the matrix was read from. Built once and shared
// by every fact sheet (they are never mutated).

const SERVING_TO_ENGINE: Record<ServingEngine | 'mlx', EngineId> = {
  vllm: 'vllm', llamacpp: 'llamacpp', tgi: 'tgi', ollama: 'ollama', exllamav2: 'exllamav2', sglang: 'sglang', mlx: 'mlx',
};

export function engineSourceLabel(id: EngineId): string {
  const { source } = engine(id);
  const at = source.commit ? `@${source.commit.slice(0, 8)}` : source.version ? `@${source.version}` : '';
  return `${source.repo}${at}${source.commitDate ? ` (${source.commitDate})` : ''}`;
}

function matrixEvidence(field: string, id: EngineId): Evidence {
  const label = engineSourceLabel(id);
  return Object.freeze({ field, source: 'engine-matrix', detail: english('evidence_engine_matrix', [label]), confidence: 'high', key: 'evidence_engine_matrix', args: [label] }) as Evidence;
}

export const AXOLOTL_EVIDENCE: Evidence = matrixEvidence('axolotl', 'axolotl');

export const SERVING_EVIDENCE: Readonly<Record<ServingEngine | 'mlx', Evidence>> = Object.fromEntries(
  [...SERVING_ENGINES, 'mlx' as const].map((name) => [name, matrixEvidence(`serving-${name}`, SERVING_TO_ENGINE[name])]),
) as Record<ServingEngine | 'mlx', Evidence>;
