import { isolated } from './isolate';

// Watching the page for content that arrives or is replaced later (hydration, filters, paging, infinite lists),
// batched to one callback per animation frame, and stopped by the navigation's AbortSignal.

export function observeMutations(
  target: Node,
  signal: AbortSignal,
  scan: () => void,
  options: MutationObserverInit = { childList: true, subtree: true },
): void {
  if (signal.aborted) return;
  const callback = isolated(scan, 'a rescan');
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || signal.aborted || records.every(isOwnChange)) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) callback();
    });
  });
  observer.observe(target, options);
  disconnectOnAbort(observer, signal);
}

/**
 * Model Lens placing its own hosts: nothing on the page changed, no rescan (a listing places 20,000). A removal is
 * never ours alone: the page taking a host away is rescanned, so the host comes back.
 */
function isOwnChange(record: MutationRecord): boolean {
  if (record.type !== 'childList' || record.removedNodes.length > 0 || record.addedNodes.length === 0) return false;
  for (const node of record.addedNodes) {
    if (node.nodeType !== 1 || !OWN_HOST.some((name) => (node as Element).hasAttribute(name))) return false;
  }
  return true;
}

const OWN_HOST = ['data-model-lens', 'data-model-lens-file', 'data-model-lens-sheet'];

/** Observers end with the page's work (tests/e2e/navigation.spec.ts counts the live ones across navigations). */
function disconnectOnAbort(observer: { disconnect: () => void }, signal: AbortSignal): void {
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

export interface NearViewport {
  watch: (element: Element) => void;
  unwatch: (element: Element) => void;
}

/**
 * Calls back with elements as they come near the viewport (within a screen's height), each once; a thousand cards
 * below the fold cost nothing until the reader scrolls to them.
 */
export function observeNearViewport(signal: AbortSignal, callback: (elements: Element[]) => void): NearViewport {
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
      for (const element of near) observer.unobserve(element);
      if (near.length > 0 && !signal.aborted) callback(near);
    },
    { rootMargin: '100% 0px' },
  );
  disconnectOnAbort(observer, signal);
  return {
    watch: (element) => signal.aborted || observer.observe(element),
    unwatch: (element) => observer.unobserve(element),
  };
}

/** Yields to the page between chunks of work, so no task runs long (listings of a thousand cards). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the page is parsed (at once when it already is: the content script starts at document_start). */
export function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
