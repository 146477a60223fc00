// Every item of every scan (listing cards, Files tab links, the header) on its own: one item the page made strange
// (a broken percent escape, an odd card) loses only its own badge, never the others' nor the next scan's.

/** Runs `each` on every item; a failure is reported and the next item goes on. */
export function eachIsolated<T>(items: Iterable<T>, each: (item: T) => void, what: string): void {
  for (const item of items) {
    try {
      each(item);
    } catch (error) {
      reportFailure(what, error);
    }
  }
}

/** A callback that never throws (a page's mutation or a timer must not carry our failure anywhere). */
export function isolated<A extends unknown[]>(callback: (...args: A) => void, what: string): (...args: A) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      reportFailure(what, error);
    }
  };
}

export function reportFailure(what: string, error: unknown): void {
  console.debug(`[Model Lens] ${what} failed`, error);
}
