import { classify } from '../lib/classify-model';
import type { MemoryOptions } from '../lib/facts/memory';
import type { ClassifyError, Facts } from '../lib/facts/schema';

/** One input line: an ID, name, file name or URL, or (starting with `{`) a Hub model-info object with its `id`. */
export function classifyLine(line: string, options: MemoryOptions = {}): Facts | ClassifyError {
  const text = line.trim();
  if (!text.startsWith('{')) return classify(text, undefined, options);
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
  const id =
    typeof hub === 'object' && hub !== null
      ? ((hub as { id?: unknown; modelId?: unknown }).id ?? (hub as { modelId?: unknown }).modelId)
      : undefined;
  if (typeof id !== 'string' || id.trim() === '')
    return { input: text, error: 'Hub model info has no "id"', code: 'no-id' };
  return classify(id, hub, options);
}
