/**
 * A read-only string-keyed table for the name reader's per-token lookups. Tokens are fresh strings, and a Map has
 * to hash each one in the engine's runtime before probing; this table hashes in line (FNV-1a over UTF-16 units)
 * and probes an open-addressed array that keeps each key's hash, so a miss rarely touches a key string.
 */
export class TokenTable<T> {
  private readonly mask: number;
  /** Per slot: index into keys/values plus one, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    const list = [...entries];
    // At most a quarter full, so probe runs stay short.
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (const [key, value] of list) {
      if (this.get(key) !== undefined) throw new Error(`token table: "${key}" is defined twice`);
      const hash = hashOf(key);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys.push(key);
      this.values.push(value);
      this.slots[slot] = this.keys.length;
      this.hashes[slot] = hash;
    }
  }

  get(key: string): T | undefined {
    return this.getHashed(key, hashOf(key));
  }

  /** Whether some key has this hash: a cheap first test before building a key string (a miss touches no string). */
  mayHave(hash: number): boolean {
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return false;
      if (this.hashes[slot] === hash) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  /** `get` for a key whose hash the caller already has (the tokenizer hashes tokens as it reads them). */
  getHashed(key: string, hash: number): T | undefined {
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      if (this.hashes[slot] === hash && this.keys[entry - 1] === key) return this.values[entry - 1];
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 units: start from HASH_SEED, fold each unit in with hashStep. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

export function hashOf(key: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
  return hash;
}
