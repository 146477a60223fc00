import { CardBadges } from '../../../components/BadgeRow';
import type { BadgeSpec } from '../../../lib/present/badges';
import { modelsFromListProps } from '../../../lib/hub/page-data';
import { CARD, MODEL_LIST } from '../../../lib/page/anchors';
import {
  getModelIdFromUrl, isAnyModelRepoPage, isCollection, isDataset, isModelList, isOrgOrUser, isPaper, isSpace,
} from '../../../lib/page/detect';
import { askEngine } from '../../../utils/engine-client';
import { createHost } from '../dom/mount';
import { nextFrame, observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// A compact badge group on every model card: /models listings, organisation and user pages, collections, the model
// lists on model pages, and model cards shown on papers, datasets and Spaces. From the name and the list's embedded
// data only: no API requests. Cards that appear later (filters, paging, infinite lists) are badged as they appear.

export const listingCards: Feature = {
  id: 'listing-cards',
  include: [isModelList, isOrgOrUser, isCollection, isAnyModelRepoPage, isPaper, isDataset, isSpace],
  enabled: (settings) => settings.listings,
  run,
};

/** Cards per request and per slice of work: a thousand cards never make one long task. */
const CHUNK = 100;

interface PendingCard {
  card: Element;
  link: Element;
  id: string;
}

function run(context: FeatureContext): void {
  const { signal, settings } = context;
  // Cards in flight or with nothing to show; a badged card leaves it, so a re-render that drops its badge is seen.
  const skip = new WeakSet<Element>();
  let scanning = false;
  let again = false;

  const scan = async () => {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      do {
        again = false;
        const listData = settings.hubData ? readListData() : null;
        const pending = newCards(skip);
        for (let start = 0; start < pending.length && !signal.aborted; start += CHUNK) {
          const chunk = pending.slice(start, start + CHUNK);
          const results = await askEngine({ type: 'cards', items: chunk.map(({ id }) => ({ input: id, hub: listData?.get(id.toLowerCase()) })) });
          if (signal.aborted) break;
          chunk.forEach((item, index) => {
            const result = results[index];
            if (!result || !item.card.isConnected || item.card.querySelector('[data-model-lens]')) return;
            attach(item, result.id, result.badges);
            skip.delete(item.card);
          });
          await nextFrame();
        }
      } while (again && !signal.aborted);
    } finally {
      scanning = false;
    }
  };

  // The list's embedded models, parsed again only when the page changes them.
  let listText: string | null | undefined;
  let listModels = new Map<string, Record<string, unknown>>();
  const readListData = () => {
    const text = document.querySelector(MODEL_LIST)?.getAttribute('data-props');
    if (text !== listText) [listText, listModels] = [text, modelsFromListProps(text)];
    return listModels;
  };

  const attach = ({ link }: PendingCard, id: string, badges: BadgeSpec[]) => {
    const mounted = createHost('span', { 'data-model-lens': id }, 'card', context.i18n);
    const header = link.querySelector('header') ?? link.querySelector('h4');
    if (header) header.after(mounted.host);
    else link.append(mounted.host);
    mounted.render(<CardBadges id={id} badges={badges} />);
  };

  // A failed request leaves its cards unbadged (they stay skipped): no badge beats a broken page.
  const rescan = () => void scan().catch(() => {});
  rescan();
  observeMutations(document.documentElement, signal, rescan);
  signal.addEventListener('abort', () => {
    for (const host of document.querySelectorAll(`${CARD} [data-model-lens][data-placement="card"]`)) host.remove();
  }, { once: true });
}

/** Cards without badges that are not skipped, with the model each links to; they are skipped from now on. */
function newCards(skip: WeakSet<Element>): PendingCard[] {
  const pending: PendingCard[] = [];
  for (const card of document.querySelectorAll(CARD)) {
    if (skip.has(card) || card.querySelector('[data-model-lens]')) continue;
    skip.add(card);
    const link = modelLink(card);
    const id = link && getModelIdFromUrl(new URL(link.getAttribute('href')!, location.origin));
    if (link && id) pending.push({ card, link, id });
  }
  return pending;
}

/** The card's link to a model page (datasets and Spaces cards link elsewhere and are left alone). */
function modelLink(card: Element): Element | null {
  for (const link of card.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (!href.startsWith('/') && !href.startsWith('https://huggingface.co/')) continue;
    try {
      if (getModelIdFromUrl(new URL(href, location.origin))) return link;
    } catch {
      continue;
    }
  }
  return null;
}
