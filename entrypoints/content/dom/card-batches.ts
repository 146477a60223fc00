// Listing cards grouped in batches of consecutive cards, filled when a batch comes near the viewport. A few cards of
// each batch are watched, not every card: an IntersectionObserver's work grows with its targets, and on a listing of
// 20,000 cards watching each one was most of the observer's cost (npm run bench:page).

/** Consecutive cards per batch (the unit that is watched and taken). */
export const BATCH = 40;
/** Every this many cards of a batch is watched: closer together than a screen, so no batch in view goes unseen. */
const STRIDE = 8;
/**
 * After the batches near the viewport, this many following batches (1,000 cards) are filled together when the page is
 * next idle and Model Lens has placed its hosts: every fill makes the browser re-walk the whole page (style, layout,
 * pre-paint and paint: tens of milliseconds on a 1,000-card listing, whatever the number of cards filled), so a
 * listing is filled in as few fills as its tasks allow, not one per scrolled screen (npm run bench:page).
 */
const READ_AHEAD = 25;

export interface CardBatches<T> {
  /** Adds a placed card (in document order) to the open batch. */
  add: (card: Element, item: T) => void;
  /** Every card found so far has its host: the batches ahead can be filled at the next idle time. */
  settled: () => void;
}

/**
 * Calls `fill` with the items of the batches that came near the viewport (within a screen's height), then, at the
 * next idle time, with those of the READ_AHEAD batches that follow them, each batch once, until `signal` aborts.
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

  // The batches from `aheadStart` to `aheadEnd` are filled at the next idle time once the hosts are placed (not those
  // above the viewport: a reader who jumped to the end of 20,000 cards gets those when scrolling back).
  let aheadStart = 0;
  let aheadEnd = -1;
  let placing = false;
  let idleScheduled = false;
  const fillAhead = () => {
    idleScheduled = false;
    if (signal.aborted || placing) return;
    const ahead: T[] = [];
    for (let index = aheadStart; index <= Math.min(aheadEnd, batches.length - 1); index++) ahead.push(...take(index));
    if (ahead.length > 0) fill(ahead);
  };
  const scheduleAhead = () => {
    if (idleScheduled || placing || signal.aborted) return;
    idleScheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fillAhead, { timeout: 500 });
    else setTimeout(fillAhead, 50);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      if (signal.aborted) return;
      const near = new Set<number>();
      for (const entry of entries) {
        const index = entry.isIntersecting ? batchOf.get(entry.target) : undefined;
        if (index !== undefined) near.add(index);
      }
      if (near.size === 0) return;
      const sorted = [...near].sort((a, b) => a - b);
      const now = sorted.flatMap(take);
      if (now.length > 0) fill(now);
      const [first, last] = [sorted[0]!, sorted[sorted.length - 1]!];
      const inWindow = first >= aheadStart && first <= aheadEnd;
      if (!inWindow) aheadStart = first;
      aheadEnd = Math.max(inWindow ? aheadEnd : -1, last + READ_AHEAD);
      scheduleAhead();
    },
    { rootMargin: '100% 0px' },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    add: (card, item) => {
      if (signal.aborted) return;
      placing = true;
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
    settled: () => {
      placing = false;
      if (aheadEnd >= 0) scheduleAhead();
    },
  };
}
