/**
 * A knowledge table's own entry for a key that came from outside (a name token, a Hub tag or config value).
 * Tables are object literals, so a plain `table[key]` would find Object's properties for `constructor` or `toString`.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
