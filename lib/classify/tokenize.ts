import { HASH_SEED, hashOf, hashStep } from './token-table';

/** One piece of a model name, as written and lower-cased, with where it starts (for the anatomy). */
export interface Token {
  text: string;
  lower: string;
  start: number;
  /** Token-table hash of `lower`, worked out while reading the characters. */
  hash: number;
}

const DOT = 46; // .
const UNDERSCORE = 95; // _

// What each ASCII character is to the tokenizer, looked up once per character instead of a chain of comparisons.
const SEPARATOR = 1;
const UPPER = 2;
const CHAR_CLASS: Uint8Array = buildCharClasses();

function buildCharClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  // Characters that always separate tokens. `.` separates unless it sits between digits (`3.1`, `0.5B`); `_` is split later.
  for (const separator of '- /\t,+:()[]@|=\'"') classes[separator.charCodeAt(0)] = SEPARATOR;
  for (let code = 65; code <= 90; code++) classes[code] = UPPER;
  return classes;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Splits a model name into tokens on `-`, spaces, `/`, and `.` between non-digits. Tokens holding `_` are split on it
 * unless `keepWhole(lower)` says the underscore belongs to the token (`Q4_K_M`, `q4f16_1`, `1_8B`).
 */
export function tokenize(name: string, keepWhole: (lower: string) => boolean): Token[] {
  const tokens: Token[] = [];
  const length = name.length;
  // Lower-cased once for the whole name; valid for a token while everything up to its end is ASCII (per-character
  // lower-casing). Tokens after a non-ASCII character are lower-cased on their own, as Unicode casing needs context.
  let lowerName: string | null = null;
  let asciiSoFar = true;
  let start = -1;
  let hasUnderscore = false;
  let hasUpper = false;
  let tokenAscii = true;
  let hash = HASH_SEED;
  for (let i = 0; i <= length; i++) {
    if (i < length) {
      const code = name.charCodeAt(i);
      let separates: boolean;
      if (code === DOT)
        separates = !(i > 0 && isDigit(name.charCodeAt(i - 1)) && i + 1 < length && isDigit(name.charCodeAt(i + 1)));
      else if (code < 128) separates = (CHAR_CLASS[code]! & SEPARATOR) !== 0;
      else {
        separates = false;
        asciiSoFar = false;
        tokenAscii = false;
      }
      if (!separates) {
        if (start < 0) start = i;
        if (code === UNDERSCORE) hasUnderscore = true;
        if (code < 128 && (CHAR_CLASS[code]! & UPPER) !== 0) {
          hasUpper = true;
          hash = hashStep(hash, code + 32);
        } else hash = hashStep(hash, code);
        continue;
      }
    }
    if (start < 0) continue;
    const text = name.slice(start, i);
    let lower: string;
    if (!asciiSoFar) lower = text.toLowerCase();
    else if (!hasUpper) lower = text;
    else lower = (lowerName ??= name.toLowerCase()).slice(start, i);
    if (hasUnderscore && !keepWhole(lower)) splitUnderscores(text, asciiSoFar ? lower : null, start, tokens);
    // Unicode lower-casing can change characters beyond the ASCII rule the running hash applied.
    else tokens.push({ text, lower, start, hash: tokenAscii ? hash : hashOf(lower) });
    start = -1;
    hasUnderscore = false;
    hasUpper = false;
    tokenAscii = true;
    hash = HASH_SEED;
  }
  return tokens;
}

/** `asciiLower`: the token lower-cased character by character (ASCII), so parts can be cut from it; else null. */
function splitUnderscores(text: string, asciiLower: string | null, offset: number, into: Token[]): void {
  let partStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === UNDERSCORE) {
      if (i > partStart) {
        const part = text.slice(partStart, i);
        const lower = asciiLower === null ? part.toLowerCase() : asciiLower.slice(partStart, i);
        into.push({ text: part, lower, start: offset + partStart, hash: hashOf(lower) });
      }
      partStart = i + 1;
    }
  }
}

/** Splits `OrpoLlama` into `Orpo`, `Llama` and `BMRetriever` into `BM`, `Retriever`; returns [] when there is no hump. */
export function splitCamelCase(token: Token): Token[] {
  const { text } = token;
  const parts: Token[] = [];
  let partStart = 0;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const prev = text.charCodeAt(i - 1);
    const isUpper = code >= 65 && code <= 90;
    const prevLower = prev >= 97 && prev <= 122;
    const prevUpper = prev >= 65 && prev <= 90;
    const nextLower = i + 1 < text.length && text.charCodeAt(i + 1) >= 97 && text.charCodeAt(i + 1) <= 122;
    if (isUpper && (prevLower || (prevUpper && nextLower))) {
      const part = text.slice(partStart, i);
      const lower = part.toLowerCase();
      parts.push({ text: part, lower, start: token.start + partStart, hash: hashOf(lower) });
      partStart = i;
    }
  }
  if (partStart === 0) return [];
  const last = text.slice(partStart);
  const lower = last.toLowerCase();
  parts.push({ text: last, lower, start: token.start + partStart, hash: hashOf(lower) });
  return parts;
}
