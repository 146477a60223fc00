import { CARD } from '../../../lib/page/anchors';
import { eachIsolated } from './isolate';
import { nextFrame } from './observe';

// Finding a listing's cards and placing each one's host: every card the page shows, also those it adds or re-renders
// later (filters, paging, infinite lists), gets one host, placed in slices so no task runs long.

/**
 * Hosts are placed in slices of this many milliseconds, so a listing of 20,000 cards never holds the page long (the
 * README's budget is 50 ms a task). Not less: after every slice the browser re-walks the whole page for painting,
 * which on a huge listing costs more than the slice itself.
 */
const SLICE_MS = 10;
/** Up to this many new cards, a scan places them at once (a slice's worth). */
const SHORT_LIST = 200;

export interface CardPlacer {
  /** Finds the cards without a host (a re-rendered card lost its host) and places theirs. */
  scan: () => void;
  /** A card that turned out not to be a model's: left alone from now on. */
  skip: (card: Element) => void;
}

/**
 * `place` puts a host into one card and returns it, or null for a card that is not a model's (dataset and Space
 * cards); each card is offered again only when its host is gone. `settled` is called whenever every card found has been
 * offered.
 */
export function cardPlacer(
  signal: AbortSignal,
  place: (card: Element) => HTMLElement | null,
  settled: () => void = () => {},
): CardPlacer {
  const hosts = new WeakMap<Element, HTMLElement>();
  const notModels = new WeakSet<Element>();
  const queued = new WeakSet<Element>();
  const hasHost = (card: Element) => {
    const host = hosts.get(card);
    return host !== undefined && host.isConnected && card.contains(host);
  };
  const placeOne = (card: Element) => {
    queued.delete(card);
    if (hasHost(card) || notModels.has(card) || !card.isConnected) return;
    const host = place(card);
    if (host) hosts.set(card, host);
    else notModels.add(card);
  };

  // Cards found by a scan and not yet placed, in document order: placed a slice at a time.
  let toPlace: Element[] = [];
  let next = 0;
  let placing = false;
  const placeInSlices = async () => {
    if (placing) return;
    placing = true;
    try {
      while (next < toPlace.length && !signal.aborted) {
        const deadline = performance.now() + SLICE_MS;
        while (next < toPlace.length && performance.now() < deadline) {
          eachIsolated([toPlace[next++]!], placeOne, 'a card');
        }
        if (next < toPlace.length) await nextFrame();
      }
      toPlace = [];
      next = 0;
      if (!signal.aborted) settled();
    } finally {
      placing = false;
    }
  };

  return {
    scan: () => {
      for (const card of document.querySelectorAll(CARD)) {
        if (queued.has(card) || notModels.has(card) || hasHost(card)) continue;
        queued.add(card);
        toPlace.push(card);
      }
      // A long listing's placing starts in a task of its own (its scan already took this one's share); a short
      // one's hosts are all placed in this task, before the reader can scroll past them.
      if (toPlace.length - next > SHORT_LIST) setTimeout(() => void placeInSlices(), 0);
      else void placeInSlices();
    },
    skip: (card) => void notModels.add(card),
  };
}
