import { render, type ComponentChild } from 'preact';
import { I18nContext, type Translator } from '../../../components/i18n';

// Every piece of UI Model Lens puts on a page lives in an open shadow root on a host element that says whose it is
// (data-model-lens="<model id>"): huggingface.co's styles cannot reach in, ours cannot leak out.

let css = '';
let sharedSheet: CSSStyleSheet | null | undefined;

/**
 * Model Lens's stylesheet text, from the background's start answer (not bundled: every huggingface.co tab loads the
 * content script). Set once, before any host is placed.
 */
export function setStyles(text: string): void {
  css = text;
  sharedSheet = undefined;
}

/** One stylesheet object shared by every shadow root (a <style> per root where constructable sheets fail). */
function adoptStyles(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    } catch {
      sharedSheet = null;
    }
  }
  try {
    if (sharedSheet) {
      root.adoptedStyleSheets = [sharedSheet];
      return;
    }
  } catch {
    // fall through to a <style> element
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

export type Placement = 'header' | 'card' | 'file' | 'floating' | 'sheet';

export interface Mounted {
  host: HTMLElement;
  render: (child: ComponentChild) => void;
  remove: () => void;
}

export function currentTheme(): 'dark' | 'light' {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

/**
 * A listing card's host sits in the card's title line (features/listing-cards.tsx) and has no box of its own, one
 * layout object fewer per card (npm run bench:page): its row is words inside the title, after the name (a wide card:
 * lens.css `.in-title`), or the title line's item after the title (a wide card's long name: `.after-title`, its first
 * three chips; a sidebar's card: `.lens-row.card`, `min(35%, 9rem)` of the line, clipped). On the host itself: the
 * page's own rules outrank a shadow root's `:host` rules.
 */
const CARD_PLACE = 'display:contents';

/**
 * A model page's row takes its place as the header appears, before its facts arrive: its one-line height (a 26 px
 * chip row and its 12 px margin) is reserved on the host, so the chips that come later never move the page.
 */
export const RESERVED_HEADER = 'display:block;min-height:2.375rem';

let cardTemplate: HTMLElement | undefined;

/**
 * A listing card's host with `node` (its chip row: dom/card-row.tsx) straight in its shadow root, one box fewer than a
 * rendered host. Cloned from the first one made for the page's theme and language: a listing makes a thousand, and
 * a clone is one call where setting its attributes and style was six (npm run bench:page).
 */
export function cardHost(id: string, node: Node, i18n: Translator): HTMLElement {
  const theme = currentTheme();
  if (cardTemplate?.getAttribute('data-theme') !== theme || cardTemplate.lang !== i18n.lang) {
    cardTemplate = createHost('span', { title: '' }, 'card', i18n).host;
    cardTemplate.style.cssText = CARD_PLACE;
  }
  const host = cardTemplate.cloneNode() as HTMLElement;
  host.setAttribute('data-model-lens', id);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  root.append(node);
  return host;
}

/**
 * Creates a host element; its shadow root is attached on the first render. The caller inserts `host` where it belongs.
 */
export function createHost(
  tag: 'div' | 'span',
  attributes: Record<string, string>,
  placement: Placement,
  i18n: Translator,
): Mounted {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  host.setAttribute('data-placement', placement);
  host.setAttribute('data-theme', currentTheme());
  host.setAttribute('lang', i18n.lang);
  if (placement === 'header') host.style.cssText = RESERVED_HEADER;
  let container: HTMLElement | null = null;
  const mountPoint = () => {
    if (container) return container;
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    container = document.createElement(tag === 'span' ? 'span' : 'div');
    container.className = 'lens-root';
    root.append(container);
    return container;
  };
  return {
    host,
    render: (child) => render(<I18nContext.Provider value={i18n}>{child}</I18nContext.Provider>, mountPoint()),
    remove: () => {
      if (container) render(null, container);
      host.remove();
    },
  };
}

/** Hosts follow the page's light / dark theme. */
export function syncThemes(): void {
  const theme = currentTheme();
  for (const host of document.querySelectorAll<HTMLElement>(
    '[data-model-lens],[data-model-lens-sheet],[data-model-lens-file]',
  )) {
    if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  }
}
