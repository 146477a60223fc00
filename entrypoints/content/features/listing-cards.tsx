import { modelsFromListProps } from '../../../lib/hub/page-data';
import type { CardResult } from '../../../lib/messages/protocol';
import { CLIPPED_TITLE, MODEL_LIST } from '../../../lib/page/anchors';
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
import { cardPlacer, type TakenCard } from '../dom/card-hosts';
import { cardRow } from '../dom/card-row';
import { markFit, undimCards } from '../dom/dim';
import { forgetFilledCards, recordFilledCard } from '../dom/filled-cards';
import { eachIsolated } from '../dom/isolate';
import { cardHost } from '../dom/mount';
import { nextFrame, observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// A compact badge group on every model card: /models listings, organisation and user pages, collections, the model
// lists on model pages, and model cards shown on papers, datasets and Spaces. From the name and the list's embedded
// data only: no API requests. Every card is found at once; its host is filled and put in its title line as its batch
// of cards comes near the viewport, so a listing of a thousand costs what its first screens cost.

/** Pages whose cards are wide, in a list of their own (not a sidebar's): a card's chips follow its title in its line. */
const WIDE_CARDS = [isModelList, isOrgOrUser, isCollection];
/**
 * The longest ID whose card gets its chips inside the title. A longer name could leave the chips no room there (the
 * line is cut from its end), so its card gets its first three chips after the title instead, and the title gives way.
 * In the site's two-column layout (cards about 510 px wide) a 36-character name in the title's monospace leaves about
 * 140 px, two or three chips; 30 % of the corpus's IDs are longer.
 */
const TITLE_ROOM_CHARS = 36;

export const listingCards: Feature = {
  id: 'listing-cards',
  include: [...WIDE_CARDS, isAnyModelRepoPage, isPaper, isDataset, isSpace],
  enabled: (settings) => settings.listings,
  run,
};

/** A model's card taken in: its host is created, filled and inserted in one go when its chips arrive. */
class ModelCard implements TakenCard {
  host: HTMLElement | null = null;
  /** The page re-rendered the card before it was filled (it may name another model now): offered again. */
  stale = false;
  constructor(
    readonly card: Element,
    readonly link: Element,
    readonly id: string,
  ) {}
  alive(): boolean {
    const { host } = this;
    return !this.stale && (!host || (host.isConnected && this.card.contains(host)));
  }
}

function run(context: FeatureContext): void {
  const { signal } = context;
  const fill = cardFiller(
    context,
    (card) => placer.skip(card),
    () => placer.scan(),
  );
  const batches = cardBatches<ModelCard>(signal, fill);
  const placer = cardPlacer(
    signal,
    (card) => {
      const taken = takeCard(card);
      if (taken) batches.add(card, taken);
      return taken;
    },
    batches.settled,
  );
  placer.scan();
  observeMutations(document.documentElement, signal, placer.scan);
  signal.addEventListener('abort', endPageView, { once: true });
}

/**
 * A model's card with its link to the model's page, or null for a card that is not a model's (datasets and Spaces
 * cards link elsewhere and are left alone). Changes nothing on the page.
 */
function takeCard(card: Element): ModelCard | null {
  for (const link of card.querySelectorAll('a[href]')) {
    try {
      // Any link the Hub's own hosts serve (a relative one, huggingface.co, hf.co): getModelIdFromUrl checks the host.
      const id = getModelIdFromUrl(new URL(link.getAttribute('href')!, location.origin));
      if (id) return new ModelCard(card, link, id);
    } catch {}
  }
  return null;
}

/**
 * The card's host goes into its title line, so the chips add no height to the card, and filling a card never moves the
 * page nor makes a listing longer to scroll (npm run bench:page). On a wide card it goes inside the title, after its
 * text, and the page's own clip cuts the line (a row that clips itself is a paint layer more per card, most of what a
 * listing of a thousand cost: docs/DEVELOPING.md, Performance); the name stays whole. A wide card with a long name
 * gets its first three chips after the title, which gives way (lens.css `.after-title`: no clip either). Elsewhere (a
 * sidebar's narrow cards) the row follows the title with room and a clip of its own. A card without a header gets it
 * at its end.
 */
function insertHost(link: Element, host: HTMLElement, wide: boolean, long: boolean): void {
  const title = wide && link.querySelector(CLIPPED_TITLE);
  // The row is the shadow root's last child (a <style> precedes it where shared sheets fail).
  if (title) (host.shadowRoot!.lastChild as Element).classList.add(long ? 'after-title' : 'in-title');
  (title && !long ? title : (link.querySelector('header') ?? link)).append(host);
}

/**
 * Fills each group of cards handed to it in one request: their chips from the background, built in slices of tasks
 * (detached: the page sees nothing yet), then inserted all in one task, so the page is styled, laid out and painted
 * once for the whole group. A card that is not a model after all gets no host (no badge beats a wrong one) and is
 * handed to `notModel`.
 */
function cardFiller(
  context: FeatureContext,
  notModel: (card: Element) => void,
  rescan: () => void,
): (cards: ModelCard[]) => void {
  const { signal, settings, i18n } = context;
  const wide = WIDE_CARDS.some((is) => is(context.url));
  const queue: ModelCard[][] = [];
  let flushing = false;
  const listData = listDataReader();
  const insert = ([entry, { badges, traits }, host]: Built) => {
    const { card } = entry;
    if (entry.host || !card.isConnected) return;
    if (!card.contains(entry.link)) {
      // Re-rendered before it was filled: taken in again, for the model it names now.
      entry.stale = true;
      return rescan();
    }
    insertHost(entry.link, host, wide, entry.id.length > TITLE_ROOM_CHARS);
    entry.host = host;
    recordFilledCard({ card, host, traits });
    markFit(card, host, badges, settings.dimUnfit);
  };
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0 && !signal.aborted) {
        const group = queue.shift()!;
        const hub = settings.hubData ? listData() : null;
        const results = await askCards(group.map(({ id }) => ({ input: id, hub: hub?.get(id.toLowerCase()) })));
        const built: Built[] = [];
        let deadline = performance.now() + BUILD_MS;
        for (const [index, entry] of group.entries()) {
          if (performance.now() > deadline) {
            await new Promise((next) => setTimeout(next));
            deadline = performance.now() + BUILD_MS;
          }
          const result = results[index];
          eachIsolated(
            [entry],
            () =>
              result
                ? built.push([entry, result, cardHost(entry.id, cardRow(result.badges, i18n), i18n)])
                : notModel(entry.card),
            'a card',
          );
        }
        if (signal.aborted) break;
        eachIsolated(built, insert, 'a card');
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

/**
 * Cards per request and per insertion at most: every insertion costs the page a style, layout and paint pass (fewer
 * and larger measured cheaper: npm run bench:page).
 */
const MAX_PER_FILL = 500;
/** Chips are built in slices of this many milliseconds (500 cards' take about 25 ms, more on a huge page). */
const BUILD_MS = 8;

/** A card, its answer and its host, built and not yet inserted. */
type Built = [ModelCard, CardResult, HTMLElement];

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
  for (const host of document.querySelectorAll('[data-placement="card"]')) host.remove();
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
