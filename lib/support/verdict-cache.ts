// Name-only verdicts depend on a handful of facts, so they repeat across models and are cached. Keys are numbers
// built from interned strings: hashing a freshly concatenated string key costs more than the verdict itself.

const interned = new Map<string, number>();

export function intern(value: string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  let id = interned.get(value);
  if (id === undefined) {
    id = interned.size + 1;
    interned.set(value, id);
  }
  return id;
}

/** Combines small interned IDs into one number key (each part below 2^12; at most four parts stay exact). */
export function numberKey(...parts: number[]): number {
  let key = 0;
  for (const part of parts) key = key * 4096 + (part & 4095);
  return key;
}

export class VerdictCache<T> {
  private readonly entries = new Map<number, T>();
  constructor(private readonly limit = 4096) {}
  get(key: number): T | undefined {
    return this.entries.get(key);
  }
  set(key: number, value: T): T {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
