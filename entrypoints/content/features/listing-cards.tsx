import { CardBadges } from '../../../components/BadgeRow';
import { modelsFromListProps } from '../../../lib/hub/page-data';
import { CARD, MODEL_LIST } from '../../../lib/page/anchors';
import {
  getModelIdFromUrl,
  isAnyModelRepoPage,
  isCollection,
  isDataset,
  isModelList,
  isOrgOrUser,
  isPaper,
  isSpace,
} from '../../../lib/page/detect';
import type { CardResult } from '../../../lib/messages/protocol';
import { askBackground } from '../../../utils/background-client';
import { markFit, undimCards } from '../dom/dim';
import { forgetFilledCards, recordFilledCard } from '../dom/filled-cards';
import { eachIsolated } from '../dom/isolate';
import { createHost, type Mounted } from '../dom/mount';
import { nextFrame, observeMutations, observeNearViewport } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// A compact badge group on every model card: /models listings, organisation and user pages, collections, the model
// lists on model pages, and model cards shown on papers, datasets and Spaces. From the name and the list's embedded
// data only: no API requests. Cards are badged as they come near the viewport, so a listing of a thousand costs what
// its first screens cost; cards that appear later (filters, paging, infinite lists) are badged the same way.

export const listingCards: Feature = {
  id: 'listing-cards',
  include: [isModelList, isOrgOrUser, isCollection, isAnyModelRepoPage, isPaper, isDataset, isSpace],
  enabled: (settings) => settings.listings,
  run,
};

/** Cards per request and per slice of work: no task runs long however many cards come into view at once. */
const CHUNK = 50;
/**
 * When a card nears the viewport, the cards after it are filled too: every fill makes the browser re-walk the page
 * for painting, so a few large fills cost far less than one per scrolled screen (npm run bench:page).
 */
const READ_AHEAD = 120;
/**
 * Hosts are placed in slices of this many milliseconds, so a listing of 20,000 cards never holds the page long (the
 * README's budget is 50 ms a task). Not less: after every slice the browser re-walks the whole page for painting,
 * which on a huge listing costs more than the slice itself.
 */
const SLICE_MS = 10;
/** Up to this many new cards, a scan places them at once (a slice's worth). */
const SHORT_LIST = 200;

interface PendingCard {
  card: Element;
  id: string;
  mounted: Mounted;
}

function run(context: FeatureContext): void {
  const { signal, settings } = context;
  // Each card's host, placed at once (one layout for the whole list); its badges are filled in as it nears the
  // viewport. A card whose host the page's re-render dropped gets a new one.
  const hosts = new WeakMap<Element, HTMLElement>();
  /** Cards placed but not yet queued for filling, in document order. */
  let waiting: PendingCard[] = [];
  const notModels = new WeakSet<Element>(); // dataset and Space cards
  const ready: PendingCard[] = [];
  let flushing = false;

  // The list's embedded models, parsed again only when the page changes them.
  let listText: string | null | undefined;
  let listModels = new Map<string, Record<string, unknown>>();
  const readListData = () => {
    const text = document.querySelector(MODEL_LIST)?.getAttribute('data-props');
    if (text !== listText) [listText, listModels] = [text, modelsFromListProps(text)];
    return listModels;
  };

  /** Fills the hosts that came into view, a request and a frame per chunk. */
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    try {
      while (ready.length > 0 && !signal.aborted) {
        const chunk = ready.splice(0, CHUNK);
        const listData = settings.hubData ? readListData() : null;
        const results = await askCards(chunk.map(({ id }) => ({ input: id, hub: listData?.get(id.toLowerCase()) })));
        if (signal.aborted) break;
        eachIsolated(
          chunk.map((item, index) => [item, results[index]] as const),
          ([{ card, mounted }, result]) => {
            if (!mounted.host.isConnected) return;
            if (result) {
              mounted.render(<CardBadges id={result.id} badges={result.badges} />);
              recordFilledCard({ card, host: mounted.host, badges: result.badges });
              return markFit(card, mounted.host, result.badges, settings.dimUnfit);
            }
            notModels.add(card); // not a model after all: no badge beats a wrong one
            mounted.remove();
          },
          'a card',
        );
        performance.mark('model-lens:cards');
        if (ready.length > 0) await nextFrame();
      }
    } finally {
      flushing = false;
    }
  };

  const near = observeNearViewport(signal, (cards) => {
    const indexes = cards.map((card) => waiting.findIndex((item) => item.card === card)).filter((index) => index >= 0);
    if (indexes.length === 0) return;
    const from = Math.min(...indexes);
    const to = Math.max(...indexes) + READ_AHEAD;
    const taken = waiting.slice(from, to + 1);
    waiting = [...waiting.slice(0, from), ...waiting.slice(to + 1)];
    for (const item of taken) near.unwatch(item.card);
    ready.push(...taken);
    // A failed request leaves its hosts empty: no badge beats a broken page.
    void flush().catch(() => {});
  });

  /** One card's host, placed; a card that is not a model is left alone. */
  const place = (card: Element) => {
    const host = hosts.get(card);
    if ((host && host.isConnected && card.contains(host)) || notModels.has(card) || !card.isConnected) return;
    const link = modelLink(card);
    const id = link && getModelIdFromUrl(new URL(link.getAttribute('href')!, location.origin));
    if (!link || !id) {
      notModels.add(card);
      return;
    }
    const mounted = createHost('span', { 'data-model-lens': id }, 'card', context.i18n);
    const header = link.querySelector('header') ?? link.querySelector('h4');
    if (header) header.after(mounted.host);
    else link.append(mounted.host);
    hosts.set(card, mounted.host);
    waiting.push({ card, id, mounted });
    near.watch(card);
  };

  // Cards found by a scan and not yet placed, in document order: placed a slice at a time.
  let toPlace: Element[] = [];
  let next = 0;
  const queued = new WeakSet<Element>();
  let placing = false;
  const placeInSlices = async () => {
    if (placing) return;
    placing = true;
    try {
      while (next < toPlace.length && !signal.aborted) {
        const deadline = performance.now() + SLICE_MS;
        while (next < toPlace.length && performance.now() < deadline) {
          const card = toPlace[next++]!;
          queued.delete(card);
          eachIsolated([card], place, 'a card');
        }
        if (next < toPlace.length) await nextFrame();
      }
      toPlace = [];
      next = 0;
    } finally {
      placing = false;
    }
  };

  const scan = () => {
    waiting = waiting.filter((item) => item.mounted.host.isConnected); // cards the page's re-render replaced
    for (const card of document.querySelectorAll(CARD)) {
      if (queued.has(card) || notModels.has(card)) continue;
      const host = hosts.get(card);
      if (host && host.isConnected && card.contains(host)) continue;
      queued.add(card);
      toPlace.push(card);
    }
    // A long listing's placing starts in a task of its own (its scan already took this one's share); a short one's
    // hosts are all placed in this task, before the reader can scroll past them.
    if (toPlace.length - next > SHORT_LIST) setTimeout(() => void placeInSlices(), 0);
    else void placeInSlices();
  };

  scan();
  observeMutations(document.documentElement, signal, scan);
  signal.addEventListener(
    'abort',
    () => {
      for (const host of document.querySelectorAll(`${CARD} [data-model-lens][data-placement="card"]`)) host.remove();
      undimCards();
      forgetFilledCards();
    },
    { once: true },
  );
}

/** Cards' badges from the background; a chunk that cannot be answered is asked again card by card, then by name only. */
async function askCards(items: { input: string; hub?: unknown }[]): Promise<(CardResult | null)[]> {
  try {
    return await askBackground({ type: 'cards', items });
  } catch {
    return Promise.all(
      items.map(async (item) => {
        try {
          return (await askBackground({ type: 'cards', items: [item] }))[0] ?? null;
        } catch {
          return (
            (await askBackground({ type: 'cards', items: [{ input: item.input }] }).catch(() => [null]))[0] ?? null
          );
        }
      }),
    );
  }
}

/** The card's link to a model page (datasets and Spaces cards link elsewhere and are left alone). */
function modelLink(card: Element): Element | null {
  for (const link of card.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (!href.startsWith('/') && !href.startsWith('https://huggingface.co/')) continue;
    try {
      if (getModelIdFromUrl(new URL(href, location.origin))) return link;
    } catch {}
  }
  return null;
}
