import { classify, isClassifyError } from '../classify-model';
import type { MemoryOptions } from '../facts/memory';
import type { Facts } from '../facts/schema';
import { cardTraits, type CardTraits } from '../present/listing-filter';

// The listing filter bar's traits of the cards the background answered: kept when a `cards` answer computes them, so
// the bar's question costs a look-up, not a second reading of the model (and never a Hub request). The background can
// be stopped between the two answers (a browser's idle service worker): a card not kept is read again from its name.

/** Enough for the longest listings people scroll through; the oldest go first. */
export const KEPT_TRAITS = 5000;

const kept = new Map<string, CardTraits>();

/** Keeps a card's traits, computed from the facts its badges were made from. */
export function keepTraits(facts: Facts): void {
  const key = facts.id.toLowerCase();
  kept.delete(key);
  kept.set(key, cardTraits(facts));
  if (kept.size > KEPT_TRAITS) kept.delete(kept.keys().next().value!);
}

/** The traits of a card by its model ID: kept ones, else from the name; null for what is not a model. */
export function traitsOf(id: string, options: MemoryOptions): CardTraits | null {
  const found = kept.get(id.toLowerCase());
  if (found) return found;
  const facts = classify(id, undefined, options);
  return isClassifyError(facts) ? null : cardTraits(facts);
}

/** Forgets every kept card (tests; a settings change refills the cards anyway). */
export function forgetTraits(): void {
  kept.clear();
}
