import type { Draft } from '../facts/draft';
import type { AxolotlVerdict, Serving } from '../facts/schema';
import { axolotlVerdict } from './axolotl';
import { SERVING_ENGINE_MODULES } from './engines';
import { servingVerdicts } from './serving';

// Verdicts for drafts without Hub data. Without Hub data both depend only on the facts in the key below and the
// architecture the family usually ships (no Hub architectures, model type, tags or base model), so they repeat
// across models and are cached together: one key, one lookup. A plain string key: integer keys packed from ID tables
// measured no faster (issue #15 item 5, node scripts/plain-versions/run.mjs).

export interface NameVerdicts {
  axolotl: AxolotlVerdict;
  serving: Serving;
}

/** Enough for every combination the data yields; cleared when full. */
const CACHE_LIMIT = 4096;
const cache = new Map<string, NameVerdicts>();

/** Engines whose verdicts may depend on the repo's ID itself, not only on the facts below. */
const BY_ID = SERVING_ENGINE_MODULES.filter((module) => module.judgesById);

export function nameOnlyVerdicts(draft: Draft): NameVerdicts {
  const { facts } = draft;
  for (let i = 0; i < BY_ID.length; i++)
    if (BY_ID[i]!.judgesById!(facts.id)) return { axolotl: axolotlVerdict(draft), serving: servingVerdicts(draft) };
  const key = `${facts.category}|${facts.quant.format}|${draft.packaging}|${draft.sidecar}|${draft.isAdapter}|${facts.task}|${draft.architectureGuess}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // Shared by every fact sheet with the same key: frozen, as before.
  const verdicts: NameVerdicts = {
    axolotl: Object.freeze(axolotlVerdict(draft)),
    serving: Object.freeze(servingVerdicts(draft)),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, verdicts);
  return verdicts;
}
