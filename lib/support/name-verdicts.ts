import type { Draft } from '../facts/draft';
import type { AxolotlVerdict, Serving } from '../facts/schema';
import { axolotlVerdict } from './axolotl';
import { SERVING_ENGINE_MODULES } from './engines';
import { servingVerdicts } from './serving';
import { FieldIds, packField, VerdictCache } from './verdict-cache';

// Verdicts for drafts without Hub data. Without Hub data both depend only on the facts packed below and the
// architecture the family usually ships (no Hub architectures, model type, tags or base model), so they repeat
// across models and are cached together: one key, one lookup.

export interface NameVerdicts {
  axolotl: AxolotlVerdict;
  serving: Serving;
}

// Widths hold the vocabularies with room to spare (schema.ts, the data): 26 bits in all.
const CATEGORY_IDS = new FieldIds(5);
const FORMAT_IDS = new FieldIds(5);
const PACKAGING_IDS = new FieldIds(4);
const SIDECAR_IDS = new FieldIds(3);
const TASK_IDS = new FieldIds(8);

const cache = new VerdictCache<NameVerdicts>();

/** Engines whose verdicts may depend on the repo's ID itself, not only on the facts below. */
const BY_ID = SERVING_ENGINE_MODULES.filter((module) => module.judgesById);

export function nameOnlyVerdicts(draft: Draft): NameVerdicts {
  const { facts } = draft;
  for (let i = 0; i < BY_ID.length; i++)
    if (BY_ID[i]!.judgesById!(facts.id)) return { axolotl: axolotlVerdict(draft), serving: servingVerdicts(draft) };
  let key = packField(CATEGORY_IDS.of(facts.category), FORMAT_IDS.of(facts.quant.format), 5);
  key = packField(key, PACKAGING_IDS.of(draft.packaging), 4);
  key = packField(key, SIDECAR_IDS.of(draft.sidecar), 3);
  key = packField(key, draft.isAdapter ? 1 : 0, 1);
  key = packField(key, TASK_IDS.of(facts.task), 8);
  const architecture = draft.architectureGuess;
  if (key >= 0) {
    const cached = cache.get(architecture, key);
    if (cached) return cached;
  }
  // Shared by every fact sheet with the same key: frozen, as before.
  const verdicts: NameVerdicts = {
    axolotl: Object.freeze(axolotlVerdict(draft)),
    serving: Object.freeze(servingVerdicts(draft)),
  };
  return key >= 0 ? cache.set(architecture, key, verdicts) : verdicts;
}
