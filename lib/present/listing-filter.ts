import { CATEGORIES, type Category, type Facts, type LicenseKind } from '../facts/schema';

// The listing filter bar (issue #16, item 4): what a model card's facts say about the bar's questions, and whether a
// card answers them. Pure: the background computes a card's traits from the facts it already computed for the card's
// badges, the content script only compares.

/** A card's answers to the bar's questions, as the background computed them (compact: it crosses a message). */
export interface CardTraits {
  /** The category (`llm`, `vlm`, …; `unknown` when nothing says). */
  kind: Category;
  /** Whether it fits the user's hardware (`gpu`, `offload`, `no`); null without a hardware profile or a size. */
  fit: 'gpu' | 'offload' | 'no' | null;
  /** Axolotl's verdict (`full`, `partial`, `none`, `unknown`). */
  axolotl: Facts['axolotl']['support'];
  /** The repo ships GGUF weights. */
  gguf: boolean;
  /** What the licence allows; null when no licence is known. */
  license: LicenseKind | null;
}

export function cardTraits(facts: Facts): CardTraits {
  return {
    kind: facts.category,
    fit: facts.memory?.fit?.verdict ?? null,
    axolotl: facts.axolotl.support,
    gguf: facts.quant.format === 'gguf',
    license: facts.license?.kind ?? null,
  };
}

/** The kinds the bar offers (every category a card can show; `unknown` has no chip, so none to pick). */
export const FILTER_KINDS: readonly Category[] = CATEGORIES.filter((kind) => kind !== 'unknown');

/** What the user chose in the bar; every question off shows every card. Remembered per browser. */
export interface FilterChoice {
  /** A category, or null for any kind. */
  kind: Category | null;
  /** Runs on the GPU alone (not with CPU offload). */
  fits: boolean;
  /** Axolotl trains it, fully or partly. */
  axolotl: boolean;
  /** The licence allows commercial use, freely or with conditions. */
  commercial: boolean;
  gguf: boolean;
  /** Cards that do not answer are hidden instead of dimmed. */
  hide: boolean;
}

// Pure: the content script does not use it, and the bundler drops a call it is told has no side effects.
export const NO_FILTER: Readonly<FilterChoice> = /* @__PURE__ */ Object.freeze({
  kind: null,
  fits: false,
  axolotl: false,
  commercial: false,
  gguf: false,
  hide: false,
});

/** Anything read back from storage (old versions, hand-edited, corrupt) as a valid choice. */
export function readFilterChoice(value: unknown): FilterChoice {
  const input = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (key: Exclude<keyof FilterChoice, 'kind'>) => input[key] === true;
  return {
    kind: FILTER_KINDS.includes(input.kind as Category) ? (input.kind as Category) : null,
    fits: flag('fits'),
    axolotl: flag('axolotl'),
    commercial: flag('commercial'),
    gguf: flag('gguf'),
    hide: flag('hide'),
  };
}

/** Whether any question is asked (else every card is shown as the page shows it). */
export function isFiltering(choice: FilterChoice): boolean {
  return choice.kind !== null || choice.fits || choice.axolotl || choice.commercial || choice.gguf;
}

/**
 * Whether a card answers every question asked. What is not known does not answer: a card is shown for "fits my GPU"
 * only when its fit is known to be `gpu`, for "commercial use" only when its licence is known to allow it.
 */
export function matchesFilter(traits: CardTraits, choice: FilterChoice): boolean {
  if (choice.kind !== null && traits.kind !== choice.kind) return false;
  if (choice.fits && traits.fit !== 'gpu') return false;
  if (choice.axolotl && traits.axolotl !== 'full' && traits.axolotl !== 'partial') return false;
  if (choice.commercial && traits.license !== 'open' && traits.license !== 'conditional') return false;
  if (choice.gguf && !traits.gguf) return false;
  return true;
}

/** The bar's count: cards shown and set aside (dimmed or hidden) among those read so far. */
export function filterCount(
  traits: Iterable<CardTraits>,
  choice: FilterChoice,
): { shown: number; aside: number; read: number } {
  let shown = 0;
  let read = 0;
  for (const card of traits) {
    read++;
    if (matchesFilter(card, choice)) shown++;
  }
  return { shown, aside: read - shown, read };
}
