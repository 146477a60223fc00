// Watching the page for content that arrives or is replaced later (hydration, filters, paging, infinite lists),
// batched to one callback per animation frame, and stopped by the navigation's AbortSignal.

/** Observers alive right now (the fault tests check it does not grow across navigations). */
export const liveObservers = { count: 0 };

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
  liveObservers.count++;
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      liveObservers.count--;
    },
    { once: true },
  );
}

/** Yields to the page between chunks of work, so no task runs long (listings of a thousand cards). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
