import { CARD } from '../../../lib/page/anchors';
import { eachIsolated } from './isolate';
import { nextFrame } from './observe';

// Finding a listing's cards and taking each one in: every card the page shows, also those it adds or re-renders
// later (filters, paging, infinite lists), is offered once, in slices so no task runs long. Taking a card in changes
// nothing on the page (its host is inserted when its chips are filled: features/listing-cards.tsx), so the slices
// cost the page no style, layout or paint of their own.

/** Cards are taken in slices of this many milliseconds, so a listing of 20,000 never holds the page long. */
const SLICE_MS = 10;
/** Up to this many new cards, a scan takes them at once (a slice's worth). */
const SHORT_LIST = 200;

/** A card taken in: `alive` says whether it is still Model Lens's (false once the page dropped its host). */
export interface TakenCard {
  alive: () => boolean;
}

export interface CardPlacer {
  /** Finds the cards not taken in (new ones, and those whose host the page re-rendered away) and takes them. */
  scan: () => void;
  /** A card that turned out not to be a model's: left alone from now on. */
  skip: (card: Element) => void;
}

/**
 * `take` takes one card in and returns its handle, or null for a card that is not a model's (dataset and Space
 * cards); each card is offered again only when its handle is no longer alive. `settled` is called whenever every card
 * found has been offered.
 */
export function cardPlacer(
  signal: AbortSignal,
  take: (card: Element) => TakenCard | null,
  settled: () => void = () => {},
): CardPlacer {
  const taken = new WeakMap<Element, TakenCard>();
  const notModels = new WeakSet<Element>();
  const queued = new WeakSet<Element>();
  const isTaken = (card: Element) => taken.get(card)?.alive() === true;
  const takeOne = (card: Element) => {
    queued.delete(card);
    if (isTaken(card) || notModels.has(card) || !card.isConnected) return;
    const handle = take(card);
    if (handle) taken.set(card, handle);
    else notModels.add(card);
  };

  // Cards found by a scan and not yet taken, in document order: taken a slice at a time.
  let toTake: Element[] = [];
  let next = 0;
  let taking = false;
  const takeInSlices = async () => {
    if (taking) return;
    taking = true;
    try {
      while (next < toTake.length && !signal.aborted) {
        const deadline = performance.now() + SLICE_MS;
        while (next < toTake.length && performance.now() < deadline) {
          eachIsolated([toTake[next++]!], takeOne, 'a card');
        }
        if (next < toTake.length) await nextFrame();
      }
      toTake = [];
      next = 0;
      if (!signal.aborted) settled();
    } finally {
      taking = false;
    }
  };

  return {
    scan: () => {
      for (const card of document.querySelectorAll(CARD)) {
        if (queued.has(card) || notModels.has(card) || isTaken(card)) continue;
        queued.add(card);
        toTake.push(card);
      }
      // A long listing's cards are taken from a task of their own (its scan already took this one's share); a short
      // one's in this task, before the reader can scroll past them.
      if (toTake.length - next > SHORT_LIST) setTimeout(() => void takeInSlices(), 0);
      else void takeInSlices();
    },
    skip: (card) => void notModels.add(card),
  };
}
