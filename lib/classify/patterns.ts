import { findGgufLevel, type GgufLevel } from '../knowledge/gguf-levels';
import { decimalEnd, digitRun, isDigitCode, isDottedNumber } from './digits';

/** What a token shaped like a number, size or quant code says. */
export type PatternReading =
  | { kind: 'size'; params: number; label: string }
  | { kind: 'moe'; experts: number; perExpert: number; label: string }
  | { kind: 'active'; params: number }
  | { kind: 'effective'; params: number; label: string }
  | { kind: 'experts'; experts: number }
  | { kind: 'context'; tokens: number }
  | { kind: 'bpw'; bits: number }
  | { kind: 'wbits'; bits: number }
  | { kind: 'mlc'; bits: number }
  | { kind: 'gguf'; level: GgufLevel }
  | { kind: 'version'; version: string }
  | { kind: 'date'; date: string }
  | { kind: 'number'; text: string }
  | { kind: 'neutral'; note: string };

const UNIT: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

// Quant codes keep their regular expressions: they are only tried on tokens holding `_` or starting with q/i/t/u/m.
const MLC = /^q(\d)f(16|32)(?:_\d)?$/;
const GGUF_LIKE = /^(?:ud_)?(?:i?q\d(?:_[0-9a-z]+)+|tq[12]_0|mxfp4(?:_moe)?)$/;
// Size labels: 7b, 0.5B, 135M, 1_8B (Qwen-1_8B), 1t. `k` is a context length (4k, 128k), never a parameter count.
const SIZE = /^(\d{1,4})(?:[._](\d{1,3}))?([mbt])$/;

const LETTER_B = 98;
const LETTER_M = 109;
const LETTER_T = 116;

/** Whether `_` belongs inside the token (a GGUF level, an MLC code, a size like 1_8b) rather than separating words. */
export function keepsUnderscore(lower: string): boolean {
  return GGUF_LIKE.test(lower) || MLC.test(lower) || SIZE.test(lower);
}

export function readPattern(lower: string): PatternReading | null {
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) return readDigitLed(lower);
  let match: RegExpExecArray | null;
  switch (first) {
    case 118: // v
      return isVersion(lower) ? { kind: 'version', version: lower } : null;
    case 97: // a
      return readActive(lower);
    case 101: // e
      return readEffective(lower);
    case 119: // w: ^w(\d)$
      if (lower.length === 2 && isDigitCode(lower.charCodeAt(1)))
        return { kind: 'wbits', bits: Number(lower.slice(1)) };
      return null;
    case 103: // g
      if (isGroupSize(lower)) return { kind: 'neutral', note: 'group-size' };
      return null;
    case 113: // q
    case 105: // i
    case 116: // t
    case 117: // u
    case 109: // m
      if (!mayBeQuantCode(lower)) return null;
      if ((match = MLC.exec(lower)))
        return { kind: 'mlc', bits: Number(match[1]) === 0 ? Number(match[2]) : Number(match[1]) };
      if (GGUF_LIKE.test(lower)) {
        const level = findGgufLevel(lower);
        if (level) return { kind: 'gguf', level };
      }
      return null;
    default:
      return null;
  }
}

/** How MLC and GGUF codes can start (`q4`, `iq3`, `tq1`, `ud_`, `mxfp4`): words that cannot skip both expressions. */
function mayBeQuantCode(lower: string): boolean {
  const second = lower.charCodeAt(1);
  switch (lower.charCodeAt(0)) {
    case 113: // q4f16_1, q4_k_m
      return isDigitCode(second);
    case 105: // iq3_xs
      return second === 113 && isDigitCode(lower.charCodeAt(2));
    case 116: // tq1_0
      return second === 113;
    case 117: // ud_q4_k_xl
      return lower.startsWith('ud_');
    default: // mxfp4
      return lower.startsWith('mxfp4');
  }
}

/** `^v(\d{1,4}(?:\.\d{1,4})*)$`: v1, v0.1, v1.2.3. */
function isVersion(lower: string): boolean {
  return lower.length > 1 && isDottedNumber(lower, 1, 4);
}

/** `^a(\d{1,4}(?:\.\d{1,3})?)([mb])$`: A3B, a2.7b (active parameters of a mixture of experts). */
function readActive(lower: string): PatternReading | null {
  const end = decimalEnd(lower, 1, 4, 3);
  if (end < 0 || end !== lower.length - 1) return null;
  const unit = lower.charCodeAt(end);
  if (unit !== LETTER_M && unit !== LETTER_B) return null;
  return { kind: 'active', params: Number(lower.slice(1, end)) * UNIT[lower[end]!]! };
}

/** `^e(\d{1,2})b$`: E4B (Gemma 3n's effective size). */
function readEffective(lower: string): PatternReading | null {
  const digits = digitRun(lower, 1);
  if (digits < 1 || digits > 2 || lower.length !== digits + 2 || lower.charCodeAt(digits + 1) !== LETTER_B) return null;
  return { kind: 'effective', params: Number(lower.slice(1, 1 + digits)) * 1e9, label: lower };
}

/** `^(?:g\d{2,3}|\d{2,3}g)$`: a GPTQ group size. */
function isGroupSize(lower: string): boolean {
  const length = lower.length;
  if (length < 3 || length > 4) return false;
  if (lower.charCodeAt(0) === 103) return digitRun(lower, 1) === length - 1;
  return digitRun(lower, 0) === length - 1 && lower.charCodeAt(length - 1) === 103;
}

/** Tokens that start with a digit: sizes, mixtures, context lengths, bits per weight, dates, plain numbers. */
function readDigitLed(lower: string): PatternReading | null {
  const length = lower.length;
  const digits = digitRun(lower, 0);
  if (digits === length) return readAllDigits(lower);
  const after = lower.charCodeAt(digits);
  const last = lower.charCodeAt(length - 1);
  // ^(\d{1,4})(?:[._](\d{1,3}))?([mbt])$
  if (digits <= 4 && (last === LETTER_M || last === LETTER_B || last === LETTER_T)) {
    if (length === digits + 1) {
      // `06B` is 0.6B (splade-code-06B, Qwen3 "06B" repos): a leading zero stands for the decimal point.
      const whole = digits > 1 && first0(lower) ? `0.${lower.slice(1, digits)}` : lower.slice(0, digits);
      return {
        kind: 'size',
        params: Number(whole) * UNIT[lower[digits]!]!,
        label: digits > 1 && first0(lower) ? `${whole}${lower[digits]}` : lower,
      };
    }
    if (after === 46 || after === 95) {
      const fraction = digitRun(lower, digits + 1);
      if (fraction >= 1 && fraction <= 3 && length === digits + fraction + 2) {
        const whole = `${lower.slice(0, digits)}.${lower.slice(digits + 1, length - 1)}`;
        return { kind: 'size', params: Number(whole) * UNIT[lower[length - 1]!]!, label: lower.replace('_', '.') };
      }
    }
  }
  // ^(\d{1,3})x(\d{1,4}(?:\.\d{1,3})?)([mb])$
  if (digits <= 3 && after === 120) {
    const end = decimalEnd(lower, digits + 1, 4, 3);
    if (end === length - 1 && (last === LETTER_M || last === LETTER_B)) {
      return {
        kind: 'moe',
        experts: Number(lower.slice(0, digits)),
        perExpert: Number(lower.slice(digits + 1, end)) * UNIT[lower[end]!]!,
        label: lower,
      };
    }
  }
  // ^(\d{1,3})([bm])(\d)$
  if (digits <= 3 && length === digits + 2 && (after === LETTER_B || after === LETTER_M) && isDigitCode(last)) {
    return {
      kind: 'size',
      params: Number(`${lower.slice(0, digits)}.${lower[length - 1]!}`) * UNIT[lower[digits]!]!,
      label: lower,
    };
  }
  if (length === digits + 1) {
    // ^(\d{1,4})k$
    if (after === 107 && digits <= 4) return { kind: 'context', tokens: Number(lower.slice(0, digits)) * 1024 };
    // ^(\d{1,3})e$
    if (after === 101 && digits <= 3) return { kind: 'experts', experts: Number(lower.slice(0, digits)) };
  }
  // ^(\d{1,2}(?:\.\d{1,2})?)bpw$
  if (length >= 4 && lower.endsWith('bpw') && decimalEnd(lower, 0, 2, 2) === length - 3)
    return { kind: 'bpw', bits: Number(lower.slice(0, length - 3)) };
  if (isGroupSize(lower)) return { kind: 'neutral', note: 'group-size' };
  if (isDottedNumber(lower, 0, 4)) return { kind: 'number', text: lower };
  return null;
}

const first0 = (lower: string) => lower.charCodeAt(0) === 48;

/** Only digits: a date (20240528, 240528), else a plain number of up to four digits. */
function readAllDigits(lower: string): PatternReading | null {
  if (isDate(lower)) return { kind: 'date', date: lower };
  if (lower.length <= 4) return { kind: 'number', text: lower };
  return null;
}

/** `^20\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$` or `^2\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$` on a run of digits. */
function isDate(digits: string): boolean {
  let monthAt: number;
  if (digits.length === 8 && digits.charCodeAt(0) === 50 && digits.charCodeAt(1) === 48) monthAt = 4;
  else if (digits.length === 6 && digits.charCodeAt(0) === 50) monthAt = 2;
  else return false;
  const month = (digits.charCodeAt(monthAt) - 48) * 10 + digits.charCodeAt(monthAt + 1) - 48;
  const day = (digits.charCodeAt(monthAt + 2) - 48) * 10 + digits.charCodeAt(monthAt + 3) - 48;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A four-digit number that reads as a release date (2409 = Sept 2024, 0528 = 28 May) rather than a version. */
export function looksLikeShortDate(text: string): boolean {
  if (text.length !== 4 || text.includes('.')) return false;
  const a = Number(text.slice(0, 2));
  const b = Number(text.slice(2));
  const yymm = a >= 20 && a <= 29 && b >= 1 && b <= 12;
  const mmdd = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  return yymm || mmdd;
}
