import { render } from 'preact';
import { TIP_WIDTH_PX, TipContent } from '../../../components/Badge';
import { I18nContext, type Translator } from '../../../components/i18n';
import type { BadgeSpec } from '../../../lib/present/badges';

// A listing card's chips, built as plain DOM: a listing fills thousands of them, and a component framework's work per
// chip (hooks, diffing, one state per tooltip) was most of Model Lens's scripting on a listing (npm run bench:page).
// The markup is the one the header row's chips have (lens.css, data-fact / data-value); a chip's tooltip is built
// on its first hover, as few are ever hovered.

/** The card's chip row: a group named after the model, its chips not interactive (the card is a link). */
export function cardRow(id: string, badges: readonly BadgeSpec[], i18n: Translator): HTMLElement {
  const row = element('div', 'lens-row card');
  row.setAttribute('role', 'group');
  row.setAttribute('aria-label', i18n.t('row_label', [id]));
  for (const badge of badges) row.append(chip(badge, i18n));
  watchTips(row, badges, i18n);
  return row;
}

function chip(badge: BadgeSpec, i18n: Translator): HTMLElement {
  const wrap = element('span', 'badge-wrap');
  const face = element('span', `badge tone-${badge.tone}${badge.guess ? ' guess' : ''}`);
  face.setAttribute('data-fact', badge.fact);
  face.setAttribute('data-value', badge.value);
  for (const [key, value] of Object.entries(badge.data ?? {})) face.setAttribute(`data-${key}`, value);
  if (badge.tone === 'category') {
    const dot = element('span', 'dot');
    dot.setAttribute('aria-hidden', 'true');
    face.append(dot);
  }
  const factName = element('span', 'sr');
  factName.textContent = `${i18n.t(`fact_${badge.fact.startsWith('serving-') ? 'serving' : badge.fact}`)}: `;
  face.append(factName, i18n.say(badge.label));
  wrap.append(face);
  return wrap;
}

/**
 * One listener per row: the hovered chip gets its tooltip (built once), opening leftwards near the right edge (from
 * the pointer's position: no layout read while a listing scrolls), and Escape hides it until the pointer leaves
 * (WCAG 1.4.13; the key event is left to the page).
 */
function watchTips(row: HTMLElement, badges: readonly BadgeSpec[], i18n: Translator): void {
  let hovered: HTMLElement | null = null;
  const onKey = (event: KeyboardEvent) => {
    if (!hovered?.isConnected) return removeEventListener('keydown', onKey);
    if (event.key === 'Escape') hovered.classList.add('tip-hidden');
  };
  const leave = () => {
    hovered?.classList.remove('tip-hidden');
    hovered = null;
    removeEventListener('keydown', onKey);
  };
  row.addEventListener('mouseover', (event) => {
    const wrap = (event.target as Element).closest?.('.badge-wrap') as HTMLElement | null;
    if (!wrap || wrap === hovered) return;
    leave();
    hovered = wrap;
    wrap.classList.toggle('tip-start', event.clientX + TIP_WIDTH_PX > innerWidth);
    if (!wrap.querySelector('.tip')) {
      const badge = badges[[...row.children].indexOf(wrap)];
      if (badge) wrap.append(tip(badge, wrap.firstElementChild as HTMLElement, i18n));
    }
    addEventListener('keydown', onKey);
  });
  row.addEventListener('mouseleave', leave);
}

function tip(badge: BadgeSpec, face: HTMLElement, i18n: Translator): HTMLElement {
  const tip = element('span', 'tip');
  tip.setAttribute('role', 'tooltip');
  tip.id = `lens-tip-${badge.fact}`; // one row per shadow root: unique where it is looked up
  face.setAttribute('aria-describedby', tip.id);
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
