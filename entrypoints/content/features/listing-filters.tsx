import { browser } from 'wxt/browser';
import { FilterBar } from '../../../components/FilterBar';
import { isCollection, isModelList, isOrgOrUser } from '../../../lib/page/detect';
import {
  filterCount,
  matchesFilter,
  readFilterChoice,
  type CardTraits,
  type FilterChoice,
} from '../../../lib/present/listing-filter';
import { filledCards, onCardFilled, type FilledCard } from '../dom/filled-cards';
import { createHost, currentTheme } from '../dom/mount';
import { observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// The filter bar on model lists (issue #16, item 4): kind, fits my GPU, Axolotl, commercial use, GGUF. Cards are
// dimmed (or hidden) in place as their badges arrive, from the traits the background answered with them: no Hub
// request, no second message, no model read twice. The page's layout is left alone: only a style on each card set aside.

export const listingFilters: Feature = {
  id: 'listing-filters',
  include: [isModelList, isOrgOrUser, isCollection],
  enabled: (settings) => settings.listings && settings.listingFilters,
  run,
};

/** The bar's choice, per browser (storage.local: changing it re-runs nothing, unlike the synced settings). */
const STORED = 'listingFilters';
/** On a card set aside: `dim` or `hide` (the only change made to the page's own elements). */
const ASIDE = 'data-model-lens-filtered';

async function run({ signal, settings, i18n }: FeatureContext): Promise<void> {
  const hasGpu = settings.hardware !== null;
  const stored: Record<string, unknown> = await browser.storage.local.get(STORED).catch(() => ({}));
  let choice = readFilterChoice(stored[STORED]);
  if (signal.aborted) return;
  /** Cards read so far, with their traits. */
  const read = new Map<Element, CardTraits>();
  // 'floating': mount.tsx names no placement for a bar above a list, and that one carries no style of its own.
  const bar = createHost('div', { 'data-model-lens-filters': '' }, 'floating', i18n);
  // Without a profile no card has a fit verdict: the question is off rather than setting every card aside.
  const effective = (): FilterChoice => (hasGpu ? choice : { ...choice, fits: false });

  const apply = (card: Element, traits: CardTraits) => {
    if (!(card instanceof HTMLElement)) return;
    const aside = matchesFilter(traits, effective()) ? null : choice.hide ? 'hide' : 'dim';
    const before = card.getAttribute(ASIDE);
    if (before === aside) return;
    if (before === 'hide') card.style.removeProperty('display');
    if (before === 'dim') card.style.removeProperty('filter');
    if (!aside) return card.removeAttribute(ASIDE);
    card.setAttribute(ASIDE, aside);
    // `filter`, not `opacity`: the "dim unfit cards" option's opacity stays the page's and that option's own.
    if (aside === 'hide') card.style.display = 'none';
    else card.style.filter = 'opacity(0.35)';
  };

  const show = () => {
    for (const card of read.keys()) if (!card.isConnected) read.delete(card); // the page re-rendered its list
    const first = read.keys().next().value;
    // Above the list of the cards read (again, if the page's re-render took the bar away).
    if (!bar.host.isConnected && first?.parentElement) first.parentElement.before(bar.host);
    bar.render(
      <FilterBar
        choice={effective()}
        count={filterCount(read.values(), effective())}
        hasGpu={hasGpu}
        onChange={(next) => {
          choice = next;
          void browser.storage.local.set({ [STORED]: next }).catch(() => {});
          for (const [card, traits] of read) apply(card, traits);
          show();
        }}
      />,
    );
  };

  // Cards filled together (a chunk of the listing) are counted together: the bar renders once per chunk.
  let pending = false;
  const take = ({ card, traits }: FilledCard) => {
    read.set(card, traits);
    apply(card, traits);
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (!signal.aborted) show();
    });
  };
  onCardFilled(signal, take);
  filledCards().forEach(take);

  observeMutations(document.documentElement, signal, () => bar.host.setAttribute('data-theme', currentTheme()), {
    attributes: true,
    attributeFilter: ['class'],
  });
  signal.addEventListener(
    'abort',
    () => {
      bar.remove();
      for (const card of document.querySelectorAll<HTMLElement>(`[${ASIDE}]`)) {
        card.removeAttribute(ASIDE);
        card.style.removeProperty('display');
        card.style.removeProperty('filter');
      }
    },
    { once: true },
  );
}
