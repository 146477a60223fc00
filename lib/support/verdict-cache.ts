// Name-only verdicts depend on a handful of facts, so they repeat across models and are cached. A cache is keyed by
// the architecture (a string from the family tables, compared as is) and a small integer packed from the other
// facts' IDs. Each fact has its own ID table with a fixed bit width, so packed keys never collide and stay small
// integers (cheap to hash); hashing a freshly concatenated string key would cost more than the verdict itself.

/** Small IDs for the values of one fact (0 for none), within `bits` bits. */
export class FieldIds {
  private readonly ids = new Map<string, number>();
  private readonly limit: number;
  constructor(bits: number) {
    this.limit = 1 << bits;
  }
  /** The value's ID, or -1 when the fact has more values than its bits hold (the caller then skips the cache). */
  of(value: string | null | undefined): number {
    if (value === null || value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.ids.size + 1 >= this.limit) return -1;
      id = this.ids.size + 1;
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * Appends a field's ID to a packed key; -1 (a full ID table) makes the whole key -1. Callers keep the widths they
 * pack under 30 bits, so shifts keep keys small integers, which hash cheaply.
 */
export function packField(key: number, id: number, bits: number): number {
  return key < 0 || id < 0 ? -1 : (key << bits) | id;
}

export class VerdictCache<T> {
  private readonly byArchitecture = new Map<string | null, Map<number, T>>();
  private size = 0;
  constructor(private readonly limit = 4096) {}
  get(architecture: string | null, key: number): T | undefined {
    return this.byArchitecture.get(architecture)?.get(key);
  }
  set(architecture: string | null, key: number, value: T): T {
    if (this.size >= this.limit) {
      this.byArchitecture.clear();
      this.size = 0;
    }
    let entries = this.byArchitecture.get(architecture);
    if (!entries) this.byArchitecture.set(architecture, (entries = new Map()));
    entries.set(key, value);
    this.size++;
    return value;
  }
}
