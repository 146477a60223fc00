import type { Draft } from '../facts/draft';
import type { PageFacts, Serving, ServingVerdict } from '../facts/schema';
import { SERVING_ENGINE_MODULES } from './engines';
import type { Decision, ServingEngineModule, ServingInput } from './engines/types';
import { englishWithRefs } from './engines/words';

// Which engines can run this repo, and how: every engine of the registry judges the model (lib/support/engines/).
// Name-only input gets format-level verdicts, refined by the architecture the family usually ships; Hub
// architectures give architecture-level ones.

/** Serving verdicts on a draft, built afresh (name-only drafts go through name-verdicts.ts, which caches). */
export function servingVerdicts(
  draft: Draft,
  engines: readonly ServingEngineModule[] = SERVING_ENGINE_MODULES,
  page: PageFacts = {},
): Serving {
  const input = servingInput(draft, page);
  const serving: Serving = {};
  for (const engine of engines) serving[engine.id] = verdictOf(engine, input);
  return serving;
}

export function servingInput(draft: Draft, page: PageFacts = {}): ServingInput {
  const hubArchitecture = draft.facts.architectures[0] ?? null;
  const { facts } = draft;
  return {
    format: facts.quant.format,
    packaging: draft.packaging === 'diffusers' ? null : draft.packaging,
    category: facts.category,
    task: facts.task,
    library: draft.library,
    adapter: draft.isAdapter,
    sidecar: draft.sidecar,
    architecture: hubArchitecture ?? draft.architectureGuess,
    architectureFromHub: hubArchitecture !== null,
    modelType: draft.modelType,
    hubTags: draft.hubTags,
    baseModel: facts.baseModel,
    quantizedCount: page.quantizedCount ?? null,
    id: facts.org ? `${facts.org}/${facts.name}` : null,
  };
}

function verdictOf(engine: ServingEngineModule, input: ServingInput): ServingVerdict {
  const decisions = engine.judge(input);
  const verdict = render(decisions[0]!);
  verdict.label = engine.label;
  verdict.servesKind = engine.serves(input);
  if (decisions.length > 1) verdict.routes = decisions.map(render);
  return verdict;
}

function render(decision: Decision): ServingVerdict {
  const verdict: ServingVerdict = {
    verdict: decision.verdict,
    reason: englishWithRefs(decision.key, decision.args),
    reasonKey: decision.key,
    reasonArgs: (decision.args ?? []).map(String),
  };
  if (decision.route) verdict.route = decision.route;
  if (decision.link) verdict.link = decision.link;
  return verdict;
}
