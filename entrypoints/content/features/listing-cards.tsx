import { CardBadges } from '../../../components/BadgeRow';
import { classify, isClassifyError } from '../../../lib/classify/classify';
import { modelsFromListProps } from '../../../lib/hub/page-data';
import { CARD, MODEL_LIST } from '../../../lib/page/anchors';
import {
  getModelIdFromUrl, isAnyModelRepoPage, isCollection, isDataset, isModelList, isOrgOrUser, isPaper, isSpace,
} from '../../../lib/page/detect';
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

/** Cards per slice of work: a thousand cards never make one long task. */
const CHUNK = 40;

function run(context: FeatureContext): void {
  const { signal, settings } = context;
  const done = new WeakSet<Element>();
  let listData = settings.hubData ? modelsFromListProps(document.querySelector(MODEL_LIST)?.getAttribute('data-props')) : new Map();
  let scanning = false;
  let again = false;

  const scan = async () => {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    do {
      again = false;
      if (settings.hubData) listData = modelsFromListProps(document.querySelector(MODEL_LIST)?.getAttribute('data-props'));
      const cards = [...document.querySelectorAll(CARD)].filter((card) => !done.has(card) || !card.querySelector('[data-model-lens]'));
      for (let start = 0; start < cards.length && !signal.aborted; start += CHUNK) {
        for (const card of cards.slice(start, start + CHUNK)) badge(card);
        if (start + CHUNK < cards.length) await nextFrame();
      }
    } while (again && !signal.aborted);
    scanning = false;
  };

  const badge = (card: Element) => {
    done.add(card);
    if (card.querySelector(':scope [data-model-lens]')) return;
    const link = modelLink(card);
    if (!link) return;
    const id = getModelIdFromUrl(new URL(link.getAttribute('href')!, location.origin));
    if (!id) return;
    const facts = classify(id, listData.get(id.toLowerCase()));
    if (isClassifyError(facts)) return;
    const mounted = createHost('span', { 'data-model-lens': id }, 'card', context.i18n);
    const header = link.querySelector('header') ?? link.querySelector('h4');
    if (header) header.after(mounted.host);
    else link.append(mounted.host);
    mounted.render(<CardBadges facts={facts} />);
  };

  void scan();
  observeMutations(document.documentElement, signal, () => void scan());
  signal.addEventListener('abort', () => {
    for (const host of document.querySelectorAll(`${CARD} [data-model-lens][data-placement="card"]`)) host.remove();
  }, { once: true });
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
