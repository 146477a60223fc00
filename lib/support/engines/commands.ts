import type { Facts, Serving, ServingVerdict } from '../../facts/schema';
import type { ServingEngineModule } from './types';

// Every "yes" gets its engine's command, built here in the background so the views only show text.

/** A copy of `serving` with a command on each "yes" (the verdicts may be shared, cached objects: never mutated). */
export function withCommands(facts: Facts, engines: readonly ServingEngineModule[]): Serving {
  const id = facts.org ? `${facts.org}/${facts.name}` : null;
  if (!id) return facts.serving;
  const out: Serving = {};
  for (const engine of engines) {
    const verdict = facts.serving[engine.id];
    if (!verdict) continue;
    out[engine.id] = commanded(engine, facts, id, verdict);
  }
  return out;
}

function commanded(engine: ServingEngineModule, facts: Facts, id: string, verdict: ServingVerdict): ServingVerdict {
  const routes = verdict.routes?.map((route) => commanded(engine, facts, id, route));
  const command = verdict.verdict === 'yes' ? engine.command({ facts, id, verdict }) : null;
  if (!command && !routes) return verdict;
  return { ...verdict, ...(command ? { command } : {}), ...(routes ? { routes } : {}) };
}
