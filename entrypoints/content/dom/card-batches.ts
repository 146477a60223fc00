// Listing cards grouped in batches of consecutive cards, filled when a batch comes near the viewport. A few cards of
// each batch are watched, not every card: an IntersectionObserver's work grows with its targets, and on a listing of
// 20,000 cards watching each one was most of the observer's cost (npm run bench:page).

/** Consecutive cards per batch: one request and one slice of work each. */
export const BATCH = 40;
/** Every this many cards of a batch is watched: closer together than a screen, so no batch in view goes unseen. */
const STRIDE = 8;
/**
 * A batch that comes near the viewport brings this many following batches with it: every fill makes the browser
 * re-walk the page for painting, so a few large fills cost less than one per scrolled screen.
 */
const READ_AHEAD = 2;

export interface CardBatches<T> {
  /** Adds a placed card (in document order) to the open batch. */
  add: (card: Element, item: T) => void;
}

/**
 * Calls `fill` with the items of the batches that came near the viewport (within a screen's height), each batch once,
 * until `signal` aborts.
 */
export function cardBatches<T>(signal: AbortSignal, fill: (items: T[]) => void): CardBatches<T> {
  interface Batch {
    items: T[];
    watched: Element[];
    taken: boolean;
  }
  const batches: Batch[] = [];
  const batchOf = new WeakMap<Element, number>();
  const take = (index: number): T[] => {
    const batch = batches[index];
    if (!batch || batch.taken) return [];
    batch.taken = true;
    for (const card of batch.watched) observer.unobserve(card);
    batch.watched = [];
    return batch.items;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (signal.aborted) return;
      const near = new Set<number>();
      for (const entry of entries) {
        const index = entry.isIntersecting ? batchOf.get(entry.target) : undefined;
        if (index !== undefined) near.add(index);
      }
      const items: T[] = [];
      for (const index of [...near].sort((a, b) => a - b)) {
        for (let next = index; next <= index + READ_AHEAD; next++) items.push(...take(next));
      }
      if (items.length > 0) fill(items);
    },
    { rootMargin: '100% 0px' },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    add: (card, item) => {
      if (signal.aborted) return;
      let last = batches[batches.length - 1];
      if (!last || last.taken || last.items.length >= BATCH) {
        last = { items: [], watched: [], taken: false };
        batches.push(last);
      }
      const position = last.items.length;
      last.items.push(item);
      // The batch's first card and every STRIDE-th: a batch taller than the screen is seen wherever the reader lands.
      if (position % STRIDE === 0) {
        batchOf.set(card, batches.length - 1);
        last.watched.push(card);
        observer.observe(card);
      }
    },
  };
}
