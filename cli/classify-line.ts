import { classifyFacts } from '../lib/classify-model';
import type { MemoryOptions } from '../lib/facts/memory';
import type { ClassifyError, Facts } from '../lib/facts/schema';

/**
 * One input line: an ID, name, file name or URL, or (starting with `{`) a Hub model-info object with its `id`.
 * `commands` false leaves out the serving commands (batch lines, whose verdict sets are shared).
 */
export function classifyLine(line: string, options: MemoryOptions = {}, commands = true): Facts | ClassifyError {
  const text = line.trim();
  if (!text.startsWith('{')) return classifyFacts(text, undefined, options, undefined, commands);
  let hub: unknown;
  try {
    hub = JSON.parse(text);
  } catch (error) {
    return {
      input: text,
      error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      code: 'invalid-json',
    };
  }
  return classifyEntry(hub, options, commands, text);
}

/** One model of the Hub's answer: its model-info object (with `id` or `modelId`), or an ID as a string. */
export function classifyEntry(
  hub: unknown,
  options: MemoryOptions = {},
  commands = true,
  text = JSON.stringify(hub) ?? String(hub),
): Facts | ClassifyError {
  if (typeof hub === 'string') return classifyFacts(hub.trim(), undefined, options, undefined, commands);
  const id =
    typeof hub === 'object' && hub !== null
      ? ((hub as { id?: unknown; modelId?: unknown }).id ?? (hub as { modelId?: unknown }).modelId)
      : undefined;
  if (typeof id !== 'string' || id.trim() === '')
    return { input: text, error: 'Hub model info has no "id"', code: 'no-id' };
  return classifyFacts(id, hub, options, undefined, commands);
}
