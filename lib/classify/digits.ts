// Character scans for the number shapes of model names. They replace anchored regular expressions on the name
// reader's hot path (a regex call costs more than the whole scan); each says which expression it stands for.

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** How many ASCII digits start at `from`. */
export function digitRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  return end - from;
}

/**
 * Where a number of `1..maxWhole` digits, optionally followed by `.` and `1..maxFraction` digits, ends when it starts
 * at `from` (`\d{1,W}(?:\.\d{1,F})?`, taking the fraction when there is one); -1 when there is no such number.
 */
export function decimalEnd(text: string, from: number, maxWhole: number, maxFraction: number): number {
  const whole = digitRun(text, from);
  if (whole === 0 || whole > maxWhole) return -1;
  const dot = from + whole;
  if (dot < text.length && text.charCodeAt(dot) === 46) {
    const fraction = digitRun(text, dot + 1);
    if (fraction >= 1 && fraction <= maxFraction) return dot + 1 + fraction;
  }
  return dot;
}

/** Whether `text` from `from` to its end is a short version number: `^\d{1,2}(\.\d{1,2})?$`. */
export function isShortVersion(text: string, from = 0): boolean {
  return decimalEnd(text, from, 2, 2) === text.length;
}

/** Whether `text` from `from` to its end is dot-separated groups of `1..maxGroup` digits: `^\d{1,N}(?:\.\d{1,N})*$`. */
export function isDottedNumber(text: string, from: number, maxGroup: number): boolean {
  let at = from;
  for (;;) {
    const group = digitRun(text, at);
    if (group === 0 || group > maxGroup) return false;
    at += group;
    if (at === text.length) return true;
    if (text.charCodeAt(at) !== 46) return false;
    at++;
  }
}

/** `-00001-of-00003` */
const SHARD_SUFFIX_LENGTH = 15;

/**
 * `-(\d{5})-of-(\d{5})(\.[a-z0-9]+)?$` in any case: where the shard suffix starts and where the extension after it
 * starts (-1 for none); null when the name has no shard suffix. The end of the name is tried first, so most names
 * cost one character comparison.
 */
export function findShardSuffix(name: string): { start: number; extension: number } | null {
  let extension = -1;
  let start = name.length - SHARD_SUFFIX_LENGTH;
  if (start < 0) return null;
  if (!isShardSuffix(name, start)) {
    extension = extensionStart(name);
    start = extension - SHARD_SUFFIX_LENGTH;
    if (extension < 0 || start < 0 || !isShardSuffix(name, start)) return null;
  }
  return { start, extension };
}

/** Where a final `.` followed by ASCII letters and digits only starts; -1 when the name has no such extension. */
function extensionStart(name: string): number {
  // A backward scan over the letters and digits only (String#lastIndexOf calls into the engine's runtime).
  let i = name.length - 1;
  while (i >= 0 && isAsciiAlphanumeric(name.charCodeAt(i))) i--;
  return i >= 0 && i < name.length - 1 && name.charCodeAt(i) === 46 ? i : -1;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 122);
}

function isShardSuffix(name: string, start: number): boolean {
  return (
    name.charCodeAt(start) === 45 &&
    digitRun(name, start + 1) >= 5 &&
    name.charCodeAt(start + 6) === 45 &&
    (name.charCodeAt(start + 7) | 32) === 111 &&
    (name.charCodeAt(start + 8) | 32) === 102 &&
    name.charCodeAt(start + 9) === 45 &&
    digitRun(name, start + 10) >= 5
  );
}
