import { findGgufLevel, type GgufLevel } from '../quant/gguf-levels';

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

// Size labels: 7b, 0.5B, 135M, 1_8B (Qwen-1_8B), 1t. `k` is a context length (4k, 128k), never a parameter count.
const SIZE = /^(\d{1,4})(?:[._](\d{1,3}))?([mbt])$/;
// BLOOM-style 7b1 (7.1B) and 1b7 (1.7B).
const SIZE_INFIX = /^(\d{1,3})([bm])(\d)$/;
const MOE = /^(\d{1,3})x(\d{1,4}(?:\.\d{1,3})?)([mb])$/;
const ACTIVE = /^a(\d{1,4}(?:\.\d{1,3})?)([mb])$/;
const EFFECTIVE = /^e(\d{1,2})b$/;
const EXPERTS = /^(\d{1,3})e$/;
const CONTEXT = /^(\d{1,4})k$/;
const BPW = /^(\d{1,2}(?:\.\d{1,2})?)bpw$/;
const WBITS = /^w(\d)$/;
const GROUP = /^(?:g\d{2,3}|\d{2,3}g)$/;
const MLC = /^q(\d)f(16|32)(?:_\d)?$/;
const GGUF_LIKE = /^(?:ud_)?(?:i?q\d(?:_[0-9a-z]+)+|tq[12]_0|mxfp4(?:_moe)?)$/;
const VERSION = /^v(\d{1,4}(?:\.\d{1,4})*)$/;
const NUMBER = /^\d{1,4}(?:\.\d{1,4})*$/;
const DATE8 = /^20\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const DATE6 = /^2\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

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
      if ((match = VERSION.exec(lower))) return { kind: 'version', version: lower };
      return null;
    case 97: // a
      if ((match = ACTIVE.exec(lower))) return { kind: 'active', params: Number(match[1]) * UNIT[match[2]!]! };
      return null;
    case 101: // e
      if ((match = EFFECTIVE.exec(lower))) return { kind: 'effective', params: Number(match[1]) * 1e9, label: lower };
      return null;
    case 119: // w
      if ((match = WBITS.exec(lower))) return { kind: 'wbits', bits: Number(match[1]) };
      return null;
    case 103: // g
      if (GROUP.test(lower)) return { kind: 'neutral', note: 'group-size' };
      return null;
    case 113: // q
    case 105: // i
    case 116: // t
    case 117: // u
    case 109: // m
      if ((match = MLC.exec(lower))) return { kind: 'mlc', bits: Number(match[1]) === 0 ? Number(match[2]) : Number(match[1]) };
      if (GGUF_LIKE.test(lower)) {
        const level = findGgufLevel(lower);
        if (level) return { kind: 'gguf', level };
      }
      return null;
    default:
      return null;
  }
}

function readDigitLed(lower: string): PatternReading | null {
  let match: RegExpExecArray | null;
  if ((match = SIZE.exec(lower))) {
    const whole = match[2] ? `${match[1]}.${match[2]}` : match[1]!;
    return { kind: 'size', params: Number(whole) * UNIT[match[3]!]!, label: lower.replace('_', '.') };
  }
  if ((match = MOE.exec(lower))) return { kind: 'moe', experts: Number(match[1]), perExpert: Number(match[2]) * UNIT[match[3]!]!, label: lower };
  if ((match = SIZE_INFIX.exec(lower))) return { kind: 'size', params: Number(`${match[1]}.${match[3]}`) * UNIT[match[2]!]!, label: lower };
  if ((match = CONTEXT.exec(lower))) return { kind: 'context', tokens: Number(match[1]) * 1024 };
  if ((match = EXPERTS.exec(lower))) return { kind: 'experts', experts: Number(match[1]) };
  if ((match = BPW.exec(lower))) return { kind: 'bpw', bits: Number(match[1]) };
  if (GROUP.test(lower)) return { kind: 'neutral', note: 'group-size' };
  if (DATE8.test(lower) || DATE6.test(lower)) return { kind: 'date', date: lower };
  if (NUMBER.test(lower)) return { kind: 'number', text: lower };
  return null;
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
