import type { ComponentChild } from 'preact';
import type { Translator } from '../../../components/i18n';
import { modelHref } from '../../../lib/page/anchors';
import { createHost, RESERVED_HEADER, type Mounted } from './mount';
import { isolated } from './isolate';
import { domReady, observeMutations } from './observe';

// Where a model page's badge row goes: right under the model name's h1, placed the moment the parser adds the h1 (the
// content script starts before the page is parsed), so the row's space is there in the same frame as the header and
// nothing moves when its chips arrive. A re-rendered header gets the row back; a page whose header is not where we
// expect it gets a floating panel.

/** How long to wait for the header after the page is parsed (hydration, client-side navigation) before floating. */
const HEADER_WAIT_MS = 1500;

export interface HeaderRow {
  /** Renders the row's content again (the facts changed). */
  render: () => void;
  /** The focused element in the row (the fact sheet gives the focus back to it). */
  focused: () => HTMLElement | null;
  /** Resolves when the row is first placed (under the header, or floating). */
  placed: Promise<void>;
}

/**
 * Places the row for `id` and renders `content` into it (null: the reserved space stays empty until the first facts
 * arrive), until `signal` aborts.
 */
export function headerRow(
  id: string,
  i18n: Translator,
  signal: AbortSignal,
  content: (floating: boolean) => ComponentChild | null,
): HeaderRow {
  let mounted: Mounted | null = null;
  let floating = false;
  let rendered = false;
  let resolvePlaced = () => {};
  const placed = new Promise<void>((resolve) => void (resolvePlaced = resolve));
  const render = () => {
    const child = mounted && content(floating);
    if (!mounted || !child) return;
    mounted.render(child);
    if (!rendered) performance.mark('model-lens:badges');
    rendered = true;
  };
  /** Puts the row after the header's h1; idempotent, so re-rendered headers get it back exactly once. */
  const place = (): boolean => {
    const heading = findHeading(id);
    if (!heading) return false;
    if (mounted && !floating && mounted.host.isConnected && mounted.host.previousElementSibling === heading)
      return true;
    mounted?.remove();
    floating = false;
    mounted = createHost('div', { 'data-model-lens': id }, 'header', i18n);
    const reserved = heading.nextElementSibling;
    if (reserved?.getAttribute(RESERVE) === id) reserved.replaceWith(mounted.host);
    else heading.after(mounted.host);
    performance.mark('model-lens:row');
    render();
    resolvePlaced();
    return true;
  };
  const placeFloating = () => {
    if (mounted?.host.isConnected) return;
    floating = true;
    mounted = createHost('div', { 'data-model-lens': id }, 'floating', i18n);
    document.body.append(mounted.host);
    render();
    resolvePlaced();
  };

  if (!place()) whileParsing(signal, place);
  void domReady().then(() => {
    if (signal.aborted) return;
    if (!place()) {
      const timer = setTimeout(() => signal.aborted || place() || placeFloating(), HEADER_WAIT_MS);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }
    observeMutations(document.documentElement, signal, () => {
      if (floating) {
        if (findHeading(id)) place();
      } else if (!place() && mounted && !mounted.host.isConnected) {
        mounted = null;
      }
    });
  });
  signal.addEventListener('abort', () => mounted?.remove(), { once: true });
  return {
    render,
    focused: () => (mounted?.host.shadowRoot?.activeElement as HTMLElement | null) ?? null,
    placed,
  };
}

const RESERVE = 'data-model-lens-reserve';

/**
 * Takes the row's place under the header as the parser adds it, before the settings have arrived (a busy machine
 * paints the header before the background answers; a row inserted after that paint would push the page down). The
 * row replaces it; the returned function removes it when no row will come (model pages switched off, no answer).
 */
export function reserveHeaderRow(id: string): () => void {
  const parsing = new AbortController();
  let reserve: HTMLElement | null = null;
  whileParsing(parsing.signal, () => {
    const heading = findHeading(id);
    if (!heading) return false;
    reserve = document.createElement('div');
    reserve.setAttribute(RESERVE, id);
    reserve.style.cssText = RESERVED_HEADER;
    heading.after(reserve);
    return true;
  });
  return () => {
    parsing.abort();
    reserve?.remove();
  };
}

/**
 * While the parser adds the page, `place` is tried at every batch of added nodes, before the browser renders them
 * (mutation callbacks run before the next frame; observeMutations waits for one), until it succeeds.
 */
function whileParsing(signal: AbortSignal, place: () => boolean): void {
  if (document.readyState !== 'loading') return;
  const observer = new MutationObserver(isolated(() => place() && observer.disconnect(), 'placing the row'));
  observer.observe(document, { childList: true, subtree: true });
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop, { once: true });
  void domReady().then(stop);
}

/** The model name's h1: it holds a link to the model itself (case-insensitive, as the Hub's URLs are). */
function findHeading(id: string): HTMLElement | null {
  const href = modelHref(id).toLowerCase();
  for (const heading of document.getElementsByTagName('h1')) {
    for (const link of heading.querySelectorAll('a[href]')) {
      if (link.getAttribute('href')?.toLowerCase() === href) return heading as HTMLElement;
    }
  }
  return null;
}
