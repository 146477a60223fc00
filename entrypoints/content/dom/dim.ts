import type { BadgeSpec } from '../../../lib/present/badges';

// "Dim listing cards that don't fit" (options): a card whose fit chip says `no` is marked on its host and, with the
// option on, faded. From the card's own answer: no request of its own.

const DIMMED = 'data-model-lens-dim';

/** Marks a filled card host with its fit verdict and fades the card when it does not fit and the user asked for it. */
export function markFit(card: Element, host: HTMLElement, badges: readonly BadgeSpec[], dimUnfit: boolean): void {
  const verdict = badges.find((badge) => badge.fact === 'fit')?.value;
  if (!verdict) return;
  host.setAttribute('data-fit', verdict);
  if (verdict !== 'no' || !dimUnfit || !(card instanceof HTMLElement)) return;
  card.setAttribute(DIMMED, '');
  card.style.opacity = '0.45';
}

/** Restores every faded card (the page view ends, or the settings change and the cards are filled again). */
export function undimCards(): void {
  for (const card of document.querySelectorAll<HTMLElement>(`[${DIMMED}]`)) {
    card.removeAttribute(DIMMED);
    card.style.removeProperty('opacity');
  }
}
