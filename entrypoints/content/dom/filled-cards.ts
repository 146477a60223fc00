import type { CardTraits } from '../../../lib/present/listing-filter';

// Listing cards whose badges have arrived, for the features that act on a card's facts (the filter bar): they read
// what the listing already asked for and never ask again.

export interface FilledCard {
  /** The page's card element. */
  card: Element;
  /** Model Lens's host inside it. */
  host: HTMLElement;
  /** What the filter bar asks of it, answered with its badges. */
  traits: CardTraits;
}

type Listener = (card: FilledCard) => void;

const filled = new Map<Element, FilledCard>();
const listeners = new Set<Listener>();

/** Called by the listing feature when a card's badges are rendered. */
export function recordFilledCard(entry: FilledCard): void {
  filled.set(entry.card, entry);
  for (const listener of listeners) listener(entry);
}

/** The cards filled so far in this page view (cards the page has since dropped are skipped). */
export function filledCards(): FilledCard[] {
  return [...filled.values()].filter((entry) => entry.card.isConnected);
}

/** Calls `listener` for every card filled from now on, until `signal` aborts. */
export function onCardFilled(signal: AbortSignal, listener: Listener): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** Forgets every card (the page view ends). */
export function forgetFilledCards(): void {
  filled.clear();
}
