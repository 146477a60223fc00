// Client-side navigations on huggingface.co (pushState, back and forward), watched by Model Lens itself. WXT's
// content-script context is not used for this: it listens to events the page can replay (its "content-script-started"
// check) and a replay switched Model Lens off for the tab's life (issue 13). Nothing here can be reached by the page:
// the Navigation API where there is one, and a slow poll of location.href that no page listener can stop.

const POLL_MS = 500;

interface NavigateEventLike extends Event {
  destination?: { url?: string };
}

/** Calls back with the new URL whenever the page's URL changes, until `signal` aborts. */
export function watchLocation(signal: AbortSignal, onChange: (href: string) => void): void {
  let last = location.href;
  const check = (href: string) => {
    if (signal.aborted || href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener(
      'navigate',
      (event) => {
        const url = (event as NavigateEventLike).destination?.url;
        if (url) check(url);
      },
      { signal },
    );
  }
  const timer = setInterval(() => check(location.href), POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
