import { render } from 'preact';
import { TIP_WIDTH_PX, TipContent } from '../../../components/Badge';
import { I18nContext, type Translator } from '../../../components/i18n';
import type { BadgeSpec } from '../../../lib/present/badges';

// A listing card's chips, built as plain DOM and as few elements as can say it: a listing fills thousands, and every
// element costs the browser at every paint, pre-paint walk and hit test while the reader scrolls (npm run bench:page
// measured Preact's chips, a wrapper, a screen-reader span and a dot element per chip at about twice the page's own
// paint). One element per chip (data-fact / data-value, as on the header row; the category dot is drawn by CSS), not
// positioned until hovered (a positioned element is a paint layer of its own); a chip's tooltip is built inside it on
// its first hover, as few are ever hovered.

/**
 * The card's chip row, read out as one image named by its facts (a screen-reader-only span is positioned, and every
 * positioned element costs the browser a paint layer); its chips are not interactive (the card is a link).
 */
export function cardRow(id: string, badges: readonly BadgeSpec[], i18n: Translator): HTMLElement {
  const row = element('div', 'lens-row card');
  row.setAttribute('role', 'img');
  const facts = badges.map((badge) => `${factName(badge, i18n)}: ${i18n.say(badge.label)}`).join(', ');
  row.setAttribute('aria-label', `${i18n.t('row_label', [id])}: ${facts}`);
  for (const badge of badges) row.append(chip(badge, i18n));
  watchTips(row, badges, i18n);
  return row;
}

const factName = (badge: BadgeSpec, i18n: Translator) =>
  i18n.t(`fact_${badge.fact.startsWith('serving-') ? 'serving' : badge.fact}`);

function chip(badge: BadgeSpec, i18n: Translator): HTMLElement {
  const face = element('span', `badge tone-${badge.tone}${badge.guess ? ' guess' : ''}`);
  face.setAttribute('data-fact', badge.fact);
  face.setAttribute('data-value', badge.value);
  for (const [key, value] of Object.entries(badge.data ?? {})) face.setAttribute(`data-${key}`, value);
  face.textContent = i18n.say(badge.label);
  return face;
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
    const face = (event.target as Element).closest?.('.badge') as HTMLElement | null;
    if (!face || face === hovered) return;
    leave();
    hovered = face;
    face.classList.toggle('tip-start', event.clientX + TIP_WIDTH_PX > innerWidth);
    if (!face.querySelector('.tip')) {
      const badge = badges.find((candidate) => candidate.fact === face.getAttribute('data-fact'));
      if (badge) face.append(tip(badge, i18n));
    }
    addEventListener('keydown', onKey);
  });
  row.addEventListener('mouseleave', leave);
}

function tip(badge: BadgeSpec, i18n: Translator): HTMLElement {
  const tip = element('span', 'tip');
  tip.setAttribute('role', 'tooltip');
  tip.id = `lens-tip-${badge.fact}`; // one row per shadow root: unique where it is looked up
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
