// Watching the page for content that arrives or is replaced later (hydration, filters, paging, infinite lists),
// batched to one callback per animation frame, and stopped by the navigation's AbortSignal.

export function observeMutations(target: Node, signal: AbortSignal, callback: () => void, options: MutationObserverInit = { childList: true, subtree: true }): void {
  if (signal.aborted) return;
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) callback();
    });
  });
  observer.observe(target, options);
  disconnectOnAbort(observer, signal);
}

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
