import type { Draft } from '../facts/draft';
import type { AxolotlVerdict, Serving } from '../facts/schema';
import { axolotlVerdict } from './axolotl';
import { SERVING_ENGINE_MODULES } from './engines';
import { servingVerdicts } from './serving';

// Verdicts for drafts without Hub data. Without Hub data both depend only on the facts in the key below and the
// architecture the family usually ships (no Hub architectures, model type, tags or base model), so they repeat
// across models and are cached together. (Integer keys packed from ID tables measured no faster than a string key, issue #15 item 5;
// the string key's own lookup then measured slower than the comparisons below, issue #14.)

export interface NameVerdicts {
  axolotl: AxolotlVerdict;
  serving: Serving;
}

/** Enough for every combination the data yields; cleared when full. */
const CACHE_LIMIT = 4096;

interface Entry {
  category: string;
  format: string | null;
  packaging: string | null;
  sidecar: string | null;
  isAdapter: boolean;
  task: string | null;
  verdicts: NameVerdicts;
}

// Found by the architecture the name suggests (a table's string, its hash kept), then by comparing the rest: no key
// text to build and hash per answer (that lookup was most of the cache's cost).
const cache = new Map<string | null, Entry[]>();
let size = 0;

/** Engines whose verdicts may depend on the repo's ID itself, not only on the facts below. */
const BY_ID = SERVING_ENGINE_MODULES.filter((module) => module.judgesById);

export function nameOnlyVerdicts(draft: Draft): NameVerdicts {
  const { facts } = draft;
  for (let i = 0; i < BY_ID.length; i++)
    if (BY_ID[i]!.judgesById!(facts.id)) return { axolotl: axolotlVerdict(draft), serving: servingVerdicts(draft) };
  let entries = cache.get(draft.architectureGuess);
  if (!entries) cache.set(draft.architectureGuess, (entries = []));
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (
      entry.category === facts.category &&
      entry.format === facts.quant.format &&
      entry.packaging === draft.packaging &&
      entry.sidecar === draft.sidecar &&
      entry.isAdapter === draft.isAdapter &&
      entry.task === facts.task
    )
      return entry.verdicts;
  }
  // Shared by every fact sheet with the same key: frozen, as before.
  const verdicts: NameVerdicts = {
    axolotl: Object.freeze(axolotlVerdict(draft)),
    serving: Object.freeze(servingVerdicts(draft)),
  };
  if (size >= CACHE_LIMIT) {
    cache.clear();
    size = 0;
    cache.set(draft.architectureGuess, (entries = []));
  }
  entries.push({
    category: facts.category,
    format: facts.quant.format,
    packaging: draft.packaging,
    sidecar: draft.sidecar,
    isAdapter: draft.isAdapter,
    task: facts.task,
    verdicts,
  });
  size++;
  return verdicts;
}
