/** One piece of a model name, as written and lower-cased, with where it starts (for the anatomy). */
export interface Token {
  text: string;
  lower: string;
  start: number;
}

const DASH = 45; // -
const DOT = 46; // .
const UNDERSCORE = 95; // _

/** Characters that always separate tokens. `.` separates unless it sits between digits (`3.1`, `0.5B`); `_` is split later. */
function isSeparator(code: number): boolean {
  return (
    code === DASH || code === 32 || code === 47 /* / */ || code === 9 || code === 44 /* , */ || code === 43 /* + */ ||
    code === 58 /* : */ || code === 40 || code === 41 || code === 91 || code === 93 || code === 64 /* @ */ ||
    code === 124 /* | */ || code === 61 /* = */ || code === 39 /* ' */ || code === 34 /* " */
  );
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
  let start = -1;
  let hasUnderscore = false;
  for (let i = 0; i <= length; i++) {
    let separates = i === length;
    if (!separates) {
      const code = name.charCodeAt(i);
      separates = code === DOT
        ? !(i > 0 && isDigit(name.charCodeAt(i - 1)) && i + 1 < length && isDigit(name.charCodeAt(i + 1)))
        : isSeparator(code);
      if (!separates) {
        if (start < 0) start = i;
        if (code === UNDERSCORE) hasUnderscore = true;
        continue;
      }
    }
    if (start < 0) continue;
    const text = name.slice(start, i);
    const lower = text.toLowerCase();
    if (hasUnderscore && !keepWhole(lower)) splitUnderscores(text, start, tokens);
    else tokens.push({ text, lower, start });
    start = -1;
    hasUnderscore = false;
  }
  return tokens;
}

function splitUnderscores(text: string, offset: number, into: Token[]): void {
  let partStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === UNDERSCORE) {
      if (i > partStart) {
        const part = text.slice(partStart, i);
        into.push({ text: part, lower: part.toLowerCase(), start: offset + partStart });
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
      parts.push({ text: part, lower: part.toLowerCase(), start: token.start + partStart });
      partStart = i;
    }
  }
  if (partStart === 0) return [];
  const last = text.slice(partStart);
  parts.push({ text: last, lower: last.toLowerCase(), start: token.start + partStart });
  return parts;
}
