import { classifyFacts } from '../../lib/classify-model';
import type { MemoryOptions } from '../../lib/facts/memory';
import type { ClassifyError, Facts } from '../../lib/facts/schema';
import { parseModelInput } from '../../lib/input/parse-input';
import { classifyLine } from '../classify-line';
import type { HubClient } from './client';

// `classify --hub`: one input line → facts with the Hub's model info when the Hub gives it, else the name's facts with
// the reason in `hub.unavailable`. Lines are classified concurrently (the client limits requests) but printed in order.

export async function classifyWithHub(
  line: string,
  client: HubClient,
  withConfig: boolean,
  options: MemoryOptions = {},
  commands = true,
): Promise<Facts | ClassifyError> {
  const text = line.trim();
  if (text.startsWith('{')) return classifyLine(text, options, commands);
  const parsed = parseModelInput(text);
  // Bare names and unusable input: nothing to ask the Hub about.
  if (!parsed.ok || parsed.ref.org === null) return classifyLine(text, options, commands);
  const answer = await client.model(parsed.ref.id, withConfig);
  if (answer.ok) return classifyFacts(text, answer.data.info, options, undefined, commands);
  const facts = classifyFacts(text, undefined, options, undefined, commands);
  if ('error' in facts) return facts;
  facts.hub.unavailable = answer.reason;
  return facts;
}

/** Runs `work` over the lines with up to `window` of them in progress, yielding the results in input order. */
export async function* inOrder<T, I = string>(
  lines: AsyncIterable<I> | Iterable<I>,
  window: number,
  work: (line: I) => Promise<T>,
): AsyncGenerator<T> {
  const pending: Promise<T>[] = [];
  for await (const line of lines) {
    if (typeof line === 'string' && line.trim() === '') continue;
    pending.push(work(line));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
