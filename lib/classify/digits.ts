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
