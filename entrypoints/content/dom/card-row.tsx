import { render } from 'preact';
import { TIP_WIDTH_PX, TipContent } from '../../../components/Badge';
import { I18nContext, type Translator } from '../../../components/i18n';
import type { BadgeSpec } from '../../../lib/present/badges';

// A listing card's chips, built as plain DOM and as few boxes as can say it: a listing fills thousands, and every
// layout object costs the browser at every layout, pre-paint walk and paint while the reader scrolls (npm run
// bench:page measured Preact's chips, a wrapper, a screen-reader span and a dot element per chip at about twice the
// page's own paint). Each chip is an element (data-fact / data-value, as on the header row) with one text in it and no
// box of its own (lens.css: `display: contents`, a coloured segment of the row's one line: less paint and layout than
// a bordered inline box per chip, docs/DEVELOPING.md); a chip's tooltip is built on its first hover, as few are.

/**
 * The card's chip row, read out as one image named by its facts (a screen-reader-only span is positioned, and every
 * positioned element costs the browser a paint layer); its chips are not interactive (the card is a link). Its name
 * does not repeat the model's ID: the card's title and link, which hold the row, already say it.
 */
export function cardRow(badges: readonly BadgeSpec[], i18n: Translator): HTMLElement {
  const row = element('div', 'lens-row card');
  row.setAttribute('role', 'img');
  const facts = badges.map((badge) => `${factName(badge, i18n)}: ${i18n.say(badge.label)}`).join(', ');
  row.setAttribute('aria-label', `${i18n.t('card_row_label')}: ${facts}`);
  for (const [index, badge] of badges.entries()) row.append(chip(badge, i18n, index === badges.length - 1));
  watchTips(row, badges, i18n);
  return row;
}

const factName = (badge: BadgeSpec, i18n: Translator) =>
  i18n.t(`fact_${badge.fact.startsWith('serving-') ? 'serving' : badge.fact}`);

function chip(badge: BadgeSpec, i18n: Translator, last: boolean): HTMLElement {
  const face = element('span', `badge tone-${badge.tone}${badge.guess ? ' guess' : ''}`);
  face.setAttribute('data-fact', badge.fact);
  face.setAttribute('data-value', badge.value);
  for (const [key, value] of Object.entries(badge.data ?? {})) face.setAttribute(`data-${key}`, value);
  // One text per chip, and no box: the chip is a coloured segment of the row (lens.css: `display: contents`, its
  // colour and weight inherited by its text). The category's dot is a character, and a separator ends every chip but
  // the last (no text node between chips, no box for a dot).
  face.textContent = `${badge.tone === 'category' ? '\u25cf ' : ''}${i18n.say(badge.label)}${last ? '' : ' \u00b7 '}`;
  return face;
}

/**
 * One listener per row: the hovered chip gets its tooltip (built as it is hovered), under the row and beside it, not in
 * it. It opens leftwards near the right edge, is placed from the pointer's position and the row's box (layout read on
 * hover only, never while a listing scrolls), stays while the pointer moves onto it (WCAG 1.4.13: it is inside the
 * host), and Escape hides it until the pointer leaves (the key event is left to the page).
 */
function watchTips(row: HTMLElement, badges: readonly BadgeSpec[], i18n: Translator): void {
  let hovered: HTMLElement | null = null;
  let shown: HTMLElement | null = null;
  const hide = () => {
    shown?.remove();
    shown = null;
  };
  const onKey = (event: KeyboardEvent) => {
    if (!row.isConnected) return removeEventListener('keydown', onKey);
    if (event.key === 'Escape') hide();
  };
  const leave = () => {
    hide();
    hovered = null;
    removeEventListener('keydown', onKey);
  };
  row.addEventListener('mouseover', (event) => {
    const face = (event.target as Element).closest?.('.badge') as HTMLElement | null;
    if (face === hovered) return;
    hide();
    hovered = face;
    const fact = face?.getAttribute('data-fact');
    const badge = badges.find((candidate) => candidate.fact === fact);
    const root = row.parentNode;
    if (!face || !badge || !(root instanceof ShadowRoot)) return;
    root.host.addEventListener('mouseleave', leave); // once: the same listener is not added twice
    const tip = cardTip(badge, i18n);
    // Fixed, under the row from the pointer: neither the chip nor the host has a box to be placed by (display:
    // contents), and the row's clip does not cut a fixed box. When the page scrolls, the pointer leaves the host and
    // the tooltip goes (the browser updates what is hovered after a scroll).
    const { clientX: x } = event;
    const side = x + TIP_WIDTH_PX > innerWidth ? `right:${innerWidth - x}` : `left:${x}`;
    tip.style.cssText = `top:${row.getBoundingClientRect().bottom + 6}px;${side}px`;
    root.append(tip);
    shown = tip;
    addEventListener('keydown', onKey);
  });
}

function cardTip(badge: BadgeSpec, i18n: Translator): HTMLElement {
  const tip = element('span', 'tip card-tip');
  tip.setAttribute('role', 'tooltip');
  render(
    <I18nContext.Provider value={i18n}>
      <TipContent badge={badge} />
    </I18nContext.Provider>,
    tip,
  );
  return tip;
}

function element<K extends 'div' | 'span'>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
