// Name-only verdicts depend on a handful of facts, so they repeat across models and are cached. A verdict's key is
// the tuple of those facts, numbered through a trie of Maps: exact (no two tuples share a number, however many
// architectures and formats a session meets) and cheaper than building a string key per model.

type Trie = Map<unknown, Trie | number>;

export class TupleKeys {
  private readonly root: Trie = new Map();
  private count = 0;

  /** The tuple's number: equal tuples (by SameValueZero, part by part) get equal numbers, others never do. */
  key(...parts: unknown[]): number {
    let node = this.root;
    const last = parts.length - 1;
    for (let i = 0; i < last; i++) {
      let child = node.get(parts[i]) as Trie | undefined;
      if (child === undefined) {
        child = new Map();
        node.set(parts[i], child);
      }
      node = child;
    }
    let id = node.get(parts[last]) as number | undefined;
    if (id === undefined) {
      id = ++this.count;
      node.set(parts[last], id);
    }
    return id;
  }
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
