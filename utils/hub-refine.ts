import type { HubState } from '../components/BadgeRow';
import { isClassifyError, type Facts, type PageFacts } from '../lib/facts/schema';
import type { Translator } from '../lib/i18n/translator';
import { askBackground } from './background-client';
import { fetchHub, hubStateOf } from './hub-client';

// "Classify by name, then refine with Hub data": the one flow behind the popup's lookup and a model page's row when
// the page has no embedded data. The Hub is asked by the background (once per model per browser session).

export interface Refined {
  /** The facts with the Hub's data, or the first ones when the Hub could not answer. */
  facts: Facts;
  /** Where Hub data stands, in the reader's words when it is missing. */
  hub: HubState;
}

/**
 * Asks the Hub for `id` (and its config.json when `config`), then classifies `input` again with the answer. Null when
 * the background cannot classify it (the caller keeps what it shows); rejects only when `signal` aborts.
 */
export async function refineWithHub(
  request: { input: string; id: string; page?: PageFacts; config?: boolean },
  first: Facts,
  signal: AbortSignal,
  i18n: Translator,
): Promise<Refined | null> {
  const reply = await fetchHub(request.id, signal, { config: request.config ?? false });
  const result = reply.result ?? { ok: false as const, reason: 'no-answer' };
  if (!result.ok) return { facts: first, hub: hubStateOf(result, i18n) };
  const [facts] = await askBackground({
    type: 'classify',
    items: [{ input: request.input, hub: result.info, config: reply.config ?? undefined, page: request.page }],
  });
  return facts && !isClassifyError(facts) ? { facts, hub: hubStateOf(result, i18n) } : null;
}
