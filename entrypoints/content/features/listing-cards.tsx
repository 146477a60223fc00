import { modelsFromListProps } from '../../../lib/hub/page-data';
import type { CardResult } from '../../../lib/messages/protocol';
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
import { askBackground } from '../../../utils/background-client';
import { cardBatches } from '../dom/card-batches';
import { cardPlacer } from '../dom/card-hosts';
import { cardRow } from '../dom/card-row';
import { markFit, undimCards } from '../dom/dim';
import { forgetFilledCards, recordFilledCard } from '../dom/filled-cards';
import { eachIsolated } from '../dom/isolate';
import { createHost, type Mounted } from '../dom/mount';
import { nextFrame, observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// A compact badge group on every model card: /models listings, organisation and user pages, collections, the model
// lists on model pages, and model cards shown on papers, datasets and Spaces. From the name and the list's embedded
// data only: no API requests. Every card gets its host at once (one layout for the whole list); its chips are filled
// in as its batch of cards comes near the viewport, so a listing of a thousand costs what its first screens cost.

export const listingCards: Feature = {
  id: 'listing-cards',
  include: [isModelList, isOrgOrUser, isCollection, isAnyModelRepoPage, isPaper, isDataset, isSpace],
  enabled: (settings) => settings.listings,
  run,
};

interface PlacedCard {
  card: Element;
  id: string;
  mounted: Mounted;
}

function run(context: FeatureContext): void {
  const { signal } = context;
  const fill = cardFiller(context, (card) => placer.skip(card));
  const batches = cardBatches<PlacedCard>(signal, fill);
  const placer = cardPlacer(
    signal,
    (card) => {
      const placed = placeHost(card, context);
      if (placed) batches.add(card, placed);
      return placed?.mounted.host ?? null;
    },
    batches.settled,
  );
  placer.scan();
  observeMutations(document.documentElement, signal, placer.scan);
  signal.addEventListener('abort', endPageView, { once: true });
}

/** The card's host, inserted under its title; null for a card that is not a model's (datasets, Spaces). */
function placeHost(card: Element, context: FeatureContext): PlacedCard | null {
  const link = modelLink(card);
  const id = link && getModelIdFromUrl(new URL(link.getAttribute('href')!, location.origin));
  if (!link || !id) return null;
  const mounted = createHost('span', { 'data-model-lens': id }, 'card', context.i18n);
  const header = link.querySelector('header') ?? link.querySelector('h4');
  if (header) header.after(mounted.host);
  else link.append(mounted.host);
  return { card, id, mounted };
}

/**
 * Fills each group of cards handed to it in one request and one task: their chips from the background. A card that
 * is not a model after all loses its host (no badge beats a wrong one) and is handed to `notModel`.
 */
function cardFiller(context: FeatureContext, notModel: (card: Element) => void): (cards: PlacedCard[]) => void {
  const { signal, settings, i18n } = context;
  const queue: PlacedCard[][] = [];
  let flushing = false;
  const listData = listDataReader();
  const fillOne = ({ card, mounted }: PlacedCard, result: CardResult | null | undefined) => {
    if (!mounted.host.isConnected) return;
    if (!result) {
      notModel(card);
      return mounted.remove();
    }
    mounted.fill(cardRow(result.id, result.badges, i18n));
    recordFilledCard({ card, host: mounted.host, badges: result.badges });
    markFit(card, mounted.host, result.badges, settings.dimUnfit);
  };
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0 && !signal.aborted) {
        const group = queue.shift()!;
        const hub = settings.hubData ? listData() : null;
        const results = await askCards(group.map(({ id }) => ({ input: id, hub: hub?.get(id.toLowerCase()) })));
        if (signal.aborted) break;
        eachIsolated(
          group.map((item, index) => [item, results[index]] as const),
          ([item, result]) => fillOne(item, result),
          'a card',
        );
        performance.mark('model-lens:cards');
        if (queue.length > 0) await nextFrame();
      }
    } finally {
      flushing = false;
    }
  };
  return (cards) => {
    for (let from = 0; from < cards.length; from += MAX_PER_FILL) queue.push(cards.slice(from, from + MAX_PER_FILL));
    // A failed request leaves its hosts empty: no badge beats a broken page.
    void flush().catch(() => {});
  };
}

/** Cards per request and per task at most (a fill of this many builds its chips in well under 50 ms). */
const MAX_PER_FILL = 500;

/** The list's embedded models, parsed again only when the page changes them. */
function listDataReader(): () => Map<string, Record<string, unknown>> {
  let text: string | null | undefined;
  let models = new Map<string, Record<string, unknown>>();
  return () => {
    const next = document.querySelector(MODEL_LIST)?.getAttribute('data-props');
    if (next !== text) [text, models] = [next, modelsFromListProps(next)];
    return models;
  };
}

/** The page view ends: Model Lens's card hosts go, faded cards come back, the filled cards are forgotten. */
function endPageView(): void {
  for (const host of document.querySelectorAll(`${CARD} [data-model-lens][data-placement="card"]`)) host.remove();
  undimCards();
  forgetFilledCards();
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
