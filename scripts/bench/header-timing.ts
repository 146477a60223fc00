// What a model page's reader sees of Model Lens's row, measured inside the page (an init script, in the page's own
// world, before anything else runs): when the header's h1 enters the DOM, when the row's host does and when its first
// chip does, counted in milliseconds and in frames (requestAnimationFrame ticks: the same count means the same frame),
// and the layout shifts of the load (CLS, as the browser reports them).

export interface HeaderTiming {
  /** ms from the h1 in the DOM to the row's host in the DOM. */
  hostAfter: number | null;
  /** Frames between them: 0 means both are painted in the same frame. */
  hostFrames: number | null;
  /** ms from the h1 in the DOM to the row's first chip. */
  chipsAfter: number | null;
  chipsFrames: number | null;
  /** The sum of layout-shift values without recent input. */
  cls: number;
}

// Both scripts are source text: tsx (esbuild) wraps named functions in a helper the page does not have.

/** The init script: `href` is the model's link in the h1. */
export const watchHeader = (href: string): string => `(() => {
  const seen = { cls: 0 };
  window.__lensHeader = seen;
  let frame = 0;
  const tick = () => { frame++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const now = () => [performance.now(), frame];
  const check = () => {
    if (!seen.header && document.querySelector('h1 a[href="${href}"]')) seen.header = now();
    const host = document.querySelector('[data-model-lens][data-placement="header"]');
    if (!seen.host && host) seen.host = now();
    if (!seen.chips && host && host.shadowRoot && host.shadowRoot.querySelector('[data-fact]')) seen.chips = now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // The row's shadow root fills without a mutation the document sees: look once a frame until the chips are there.
  const poll = () => { check(); if (!seen.chips) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

/** Reads what the init script saw (an expression the page evaluates). */
export const readHeader = `(() => {
  const seen = window.__lensHeader || { cls: 0 };
  const after = (to) => (seen.header && to ? to[0] - seen.header[0] : null);
  const frames = (to) => (seen.header && to ? to[1] - seen.header[1] : null);
  return {
    hostAfter: after(seen.host),
    hostFrames: frames(seen.host),
    chipsAfter: after(seen.chips),
    chipsFrames: frames(seen.chips),
    cls: seen.cls,
  };
})()`;
