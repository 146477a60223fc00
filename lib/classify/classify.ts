import { parseModelInput } from '../input/parse-input';
import type { ClassifyError, Facts } from '../schema';
import { draftFromName } from './name-facts';

/** Classifies a model ID, bare name, file name or huggingface.co URL; never throws. */
export function classify(input: string): Facts | ClassifyError {
  const parsed = parseModelInput(typeof input === 'string' ? input : String(input));
  if (!parsed.ok) return { input, error: parsed.error };
  const draft = draftFromName(parsed.ref);
  return draft.facts;
}
