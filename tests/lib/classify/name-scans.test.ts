import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findGgufLevel } from '../../../lib/knowledge/gguf-levels';
import { keepsUnderscore, readPattern, type PatternReading } from '../../../lib/classify/patterns';
import { hashOf } from '../../../lib/classify/token-table';
import { splitCamelCase, tokenize } from '../../../lib/classify/tokenize';
import { findShardSuffix, isShortVersion } from '../../../lib/classify/digits';

// The token patterns and the shard suffix are character scans for speed; the regular expressions they replaced are
// the reference here. Token hashes are worked out while tokenizing; the token table's own hash is the reference.

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

function readPatternByRegex(lower: string): PatternReading | null {
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

function readDigitLed(lower: string): PatternReading | null {
  let match: RegExpExecArray | null;
  if ((match = SIZE.exec(lower))) {
    // A leading zero stands for the decimal point (`06b` is 0.6B).
    const leadingZero = !match[2] && match[1]!.length > 1 && match[1]!.startsWith('0');
    const whole = match[2] ? `${match[1]}.${match[2]}` : leadingZero ? `0.${match[1]!.slice(1)}` : match[1]!;
    return {
      kind: 'size',
      params: Number(whole) * UNIT[match[3]!]!,
      label: leadingZero ? `${whole}${match[3]}` : lower.replace('_', '.'),
    };
  }
  if ((match = MOE.exec(lower)))
    return { kind: 'moe', experts: Number(match[1]), perExpert: Number(match[2]) * UNIT[match[3]!]!, label: lower };
  if ((match = SIZE_INFIX.exec(lower)))
    return { kind: 'size', params: Number(`${match[1]}.${match[3]}`) * UNIT[match[2]!]!, label: lower };
  if ((match = CONTEXT.exec(lower))) return { kind: 'context', tokens: Number(match[1]) * 1024 };
  if ((match = EXPERTS.exec(lower))) return { kind: 'experts', experts: Number(match[1]) };
  if ((match = BPW.exec(lower))) return { kind: 'bpw', bits: Number(match[1]) };
  if (GROUP.test(lower)) return { kind: 'neutral', note: 'group-size' };
  if (DATE8.test(lower) || DATE6.test(lower)) return { kind: 'date', date: lower };
  if (NUMBER.test(lower)) return { kind: 'number', text: lower };
  return null;
}

const alphabet = fc.constantFrom(...'0123456789._xbmtkegpwvaqf'.split(''));
const quantAlphabet = fc.constantFrom(...'iqtudmxfp4_0123ksloe'.split(''));
const tokenLike = fc.oneof(
  fc.array(alphabet, { minLength: 1, maxLength: 10 }).map((chars) => chars.join('')),
  fc
    .tuple(
      fc.constantFrom('q', 'iq', 'tq', 'ud_', 'mxfp4', 'm', 'u', 'i', 't'),
      fc.array(quantAlphabet, { maxLength: 8 }),
    )
    .map(([head, tail]) => head + tail.join('')),
  fc
    .tuple(
      fc.constantFrom('', 'v', 'a', 'e', 'w', 'g', '8x', '20', '2'),
      fc.stringMatching(/^[0-9]{1,9}([._][0-9]{0,5})*[a-z]{0,3}$/),
    )
    .map(([head, tail]) => head + tail),
);

describe('token patterns read as their regular expressions do', () => {
  test('random number-shaped tokens', () => {
    fc.assert(
      fc.property(tokenLike, (token) => {
        expect(readPattern(token)).toEqual(readPatternByRegex(token));
      }),
      { numRuns: 20_000 },
    );
  });

  test.each([
    '7b',
    '0.5b',
    '135m',
    '1_8b',
    '1t',
    '4k',
    '128k',
    '7b1',
    '1b7',
    '8x7b',
    '8x22b',
    '2x1.5b',
    'a3b',
    'a2.7b',
    'e4b',
    'e12b',
    '16e',
    '128e',
    '4.65bpw',
    '6bpw',
    '10.25bpw',
    'g128',
    '128g',
    '32g',
    'w4',
    'w16',
    'v0.1',
    'v1.2.3',
    'v12345',
    'v',
    '20240528',
    '20241332',
    '240528',
    '2409',
    '0528',
    '2025',
    '3.1',
    '3.10',
    '1.2.3.4',
    '12345',
    '1..2',
    '1.',
    '.1',
    '7b.',
    '1234b',
    '12345b',
    '1.2345b',
    '1x7b',
    '1234x7b',
    'q4f16_1',
    'q4_k_m',
    'iq3_xs',
    'tq1_0',
    'tq2_0',
    'ud_q4_k_xl',
    'ud_iq2_m',
    'mxfp4',
    'mxfp4_moe',
    'q0f32',
    'mistral',
    'ud',
    'iq',
    'tq',
    'mx',
  ])('%s', (token) => {
    expect(readPattern(token)).toEqual(readPatternByRegex(token));
  });
});

describe('short version numbers', () => {
  const VERSION = /^\d{1,2}(\.\d{1,2})?$/;
  test('match ^\\d{1,2}(\\.\\d{1,2})?$', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123.v'.split('')), { maxLength: 7 }).map((chars) => chars.join('')),
        (text) => {
          expect(isShortVersion(text)).toBe(VERSION.test(text));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('shard suffixes', () => {
  const SHARD = /-(\d{5})-of-(\d{5})(\.[a-z0-9]+)?$/i;
  const byRegex = (name: string) => {
    const match = SHARD.exec(name);
    return match ? { start: match.index, extension: match[3] ? name.length - match[3].length : -1 } : null;
  };
  const piece = fc.constantFrom(
    '-',
    '.',
    'of',
    'OF',
    'Of',
    '00001',
    '0001',
    '000012',
    'gguf',
    'Q4',
    'x',
    '_',
    '-of-',
    '-00002',
    '.gguf',
    '.',
    'é',
    'K',
  );
  test('match -(\\d{5})-of-(\\d{5})(\\.[a-z0-9]+)?$ in any case', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (name) => {
          expect(findShardSuffix(name)).toEqual(byRegex(name));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  test.each([
    'model-00001-of-00003.gguf',
    'model-00001-OF-00003',
    'a-00001-of-00002.b-00003-of-00004',
    'x-00001-of-00002.12345',
    '-00001-of-00002',
    '00001-of-00002',
    'm-00001-of-00002.',
    'm-00001-of-00002.a.b',
  ])('%s', (name) => {
    expect(findShardSuffix(name)).toEqual(byRegex(name));
  });
});

describe('token hashes', () => {
  const nameLike = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc
      .array(fc.constantFrom('Llama', '-', '_', 'Q4_K_M', 'İ', 'Σ', 'ß', '.', '3', 'OrpoLlama', 'K', 'x'), {
        maxLength: 10,
      })
      .map((parts) => parts.join('')),
  );
  test('the tokenizer hashes each token as the token table would hash its lower-case text', () => {
    fc.assert(
      fc.property(nameLike, (name) => {
        for (const token of tokenize(name, keepsUnderscore)) {
          expect(token.hash).toBe(hashOf(token.lower));
          for (const piece of splitCamelCase(token)) expect(piece.hash).toBe(hashOf(piece.lower));
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
