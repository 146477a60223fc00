import { own } from '../own';

/** A browser-extension messages.json: `{ key: { message, description } }`, with `$1`…`$9` for arguments. */
export type Catalog = Readonly<Record<string, { readonly message: string; readonly description?: string }>>;

export type MessageArg = string | number;

/** A message to show, kept as key and arguments so each interface can say it in its own language. */
export interface Message {
  key: string;
  args?: readonly MessageArg[];
}

const compiled = new WeakMap<Catalog, Map<string, readonly (string | number)[]>>();

/** Splits `Needs $1 GB` into ['Needs ', 0, ' GB'] once per template. */
function compile(template: string): (string | number)[] {
  const pieces: (string | number)[] = [];
  let last = 0;
  const pattern = /\$(\d)|\$\$/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(template))) {
    if (match.index > last) pieces.push(template.slice(last, match.index));
    pieces.push(match[1] ? Number(match[1]) - 1 : '$');
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push(template.slice(last));
  return pieces;
}

/** Formats a message from a catalog; a missing key falls back to `fallback`, then to the key itself. */
let lastCatalog: Catalog | undefined;
let lastCache: Map<string, readonly (string | number)[]> | undefined;

export function formatMessage(
  catalog: Catalog,
  key: string,
  args: readonly MessageArg[] = [],
  fallback?: Catalog,
): string {
  const pieces = piecesOf(catalog, key);
  if (!pieces) return fallback ? formatMessage(fallback, key, args) : key;
  return fill(pieces, args);
}

/** Whether `text` is what formatMessage(catalog, key, args) gives (no fallback), compared without building it. */
export function isMessageText(catalog: Catalog, key: string, args: readonly MessageArg[], text: string): boolean {
  const pieces = piecesOf(catalog, key);
  if (!pieces) return text === key;
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let part: string;
    if (typeof piece === 'string') part = piece;
    else {
      const arg = args[piece];
      part = typeof arg === 'string' ? arg : String(arg ?? '');
    }
    if (!text.startsWith(part, at)) return false;
    at += part.length;
  }
  return at === text.length;
}

/** A key's compiled template, or undefined when the catalog has no such key. */
function piecesOf(catalog: Catalog, key: string): readonly (string | number)[] | undefined {
  let cache = catalog === lastCatalog ? lastCache : compiled.get(catalog);
  if (!cache) compiled.set(catalog, (cache = new Map()));
  lastCatalog = catalog;
  lastCache = cache;
  let pieces = cache.get(key);
  if (!pieces) {
    const entry = own(catalog, key);
    if (!entry) return undefined;
    pieces = compile(entry.message);
    cache.set(key, pieces);
  }
  return pieces;
}

/** Joins a compiled template's text pieces and arguments (piece numbers are argument indexes). */
function fill(pieces: readonly (string | number)[], args: readonly MessageArg[]): string {
  if (pieces.length === 1 && typeof pieces[0] === 'string') return pieces[0];
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (typeof piece === 'string') out += piece;
    else {
      const arg = args[piece];
      out += typeof arg === 'string' ? arg : String(arg ?? '');
    }
  }
  return out;
}
