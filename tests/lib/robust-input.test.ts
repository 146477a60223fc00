import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { classify } from '../../lib/classify-model';
import { isClassifyErrorShape, isFactsShape } from '../support/schema-check';

// classify() takes whatever a page, a selection or a terminal hands it. Over 100,000 generated inputs (plausible IDs,
// URLs, GGUF file names, random unicode, separator soup, regex-hostile runs, inputs at the length limits and at
// exactly 10,000 characters) it must not throw, must answer with schema-valid facts or an error object, must give the
// same answer twice, and must stay within a 5 ms budget per call (a call over 5 ms is re-timed, and only a median of 5
// repeats over 5 ms fails: single slow calls are GC, JIT or a busy machine).
// tests/lib/classify/properties.test.ts covers Hub JSON and evidence; its strings stay short (fast-check's default
// size caps `fc.string({ maxLength: 10_000 })` at 10 characters), so the long and hostile inputs live here.

const BUDGET_MS = 5;
const REPEATS = 5;
const TEN_K = 10_000;
/** Long properties need more than Vitest's 5 s default. */
const LONG = 60_000;

// ---------------------------------------------------------------------------------------------------------------
// Checks and timing

interface Timing {
  input: string;
  firstMs: number;
  medianMs?: number;
}

/** Slowest first calls of the file, every re-timed call, and the re-timed calls whose median broke the budget. */
const slowestFirst: Timing[] = [];
const retimed: Timing[] = [];
const overBudget: Timing[] = [];
let checked = 0;

function show(input: string): string {
  const head = JSON.stringify(input.length > 80 ? input.slice(0, 80) : input);
  return input.length > 80 ? `${head}… (${input.length} chars)` : head;
}

function medianMs(input: string): number {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    classify(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[REPEATS >> 1]!;
}

function noteTiming(input: string, firstMs: number): void {
  if (slowestFirst.length < 8 || firstMs > slowestFirst[slowestFirst.length - 1]!.firstMs) {
    slowestFirst.push({ input, firstMs });
    slowestFirst.sort((a, b) => b.firstMs - a.firstMs);
    if (slowestFirst.length > 8) slowestFirst.pop();
  }
  if (firstMs <= BUDGET_MS) return;
  const timing = { input, firstMs, medianMs: medianMs(input) };
  retimed.push(timing);
  if (timing.medianMs > BUDGET_MS) overBudget.push(timing);
}

/** Classifies `input` twice and throws (failing the property) on a throw, a bad shape or a different second answer. */
function check(input: string): void {
  checked++;
  const start = performance.now();
  const first = classify(input);
  const firstMs = performance.now() - start;
  const second = classify(input);
  if ('error' in first) {
    if (!isClassifyErrorShape(first))
      throw new Error(`classify(${show(input)}): malformed error ${JSON.stringify(first).slice(0, 300)}`);
    // classify() turns its own exceptions into "internal error: …" rather than throwing: that is the throw to catch.
    if (first.error.startsWith('internal error'))
      throw new Error(`classify(${show(input)}) threw inside: ${first.error}`);
    if (first.input !== input) throw new Error(`classify(${show(input)}): the error does not echo its input`);
  } else if (!isFactsShape(first)) {
    throw new Error(`classify(${show(input)}): facts fail the schema: ${JSON.stringify(first).slice(0, 300)}`);
  }
  if (!sameData(first, second))
    expect(second, `classify(${show(input)}) answered differently the second time`).toEqual(first);
  noteTiming(input, firstMs);
}

/** Deep equality for JSON-like data (what classify returns); util.isDeepStrictEqual was a fifth of the run time. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !sameData(left[key], right[key])) return false;
  return true;
}

function runs(arbitrary: fc.Arbitrary<string>, numRuns: number): void {
  const before = overBudget.length;
  fc.assert(
    fc.property(arbitrary, (input) => check(input)),
    { numRuns },
  );
  expect(
    overBudget.slice(before).map(({ input, medianMs }) => `${show(input)}: median ${medianMs!.toFixed(2)} ms`),
    `calls over ${BUDGET_MS} ms`,
  ).toEqual([]);
}

afterAll(() => {
  // The slowest inputs by median: every re-timed call, and the slowest first calls timed again now.
  for (const entry of slowestFirst) entry.medianMs ??= medianMs(entry.input);
  const slowest = [...new Map([...slowestFirst, ...retimed].map((entry) => [entry.input, entry])).values()]
    .sort((a, b) => b.medianMs! - a.medianMs!)
    .slice(0, 8);
  const rows = slowest.map(
    (entry) =>
      `  median ${entry.medianMs!.toFixed(2).padStart(6)} ms (first call ${entry.firstMs.toFixed(2).padStart(6)} ms)  ${show(entry.input)}`,
  );
  console.log(
    `robust-input: ${checked} inputs classified twice; ${retimed.length} first calls over ${BUDGET_MS} ms re-timed, ` +
      `${overBudget.length} with a median over ${BUDGET_MS} ms.\nslowest by median of ${REPEATS}:\n${rows.join('\n')}`,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Generators

const ORGS = [
  'meta-llama',
  'Qwen',
  'mistralai',
  'TheBloke',
  'bartowski',
  'unsloth',
  'google',
  'microsoft',
  'NousResearch',
  'mlx-community',
  'turboderp',
  'LoneStriker',
  'deepseek-ai',
  'HuggingFaceTB',
  'BAAI',
  'openai',
  'neuralmagic',
  'RedHatAI',
  'lmstudio-community',
  'ggml-org',
  '01-ai',
  'allenai',
  'tiiuae',
  'stabilityai',
  'black-forest-labs',
  'sentence-transformers',
  'Systran',
  'nvidia',
  'ibm-granite',
  'CohereForAI',
  'amazon',
  'x',
  'A',
  'a.b',
  'a_b',
  'user-123',
];
const FAMILIES = [
  'Llama-3.1',
  'Llama-2',
  'Meta-Llama-3',
  'Llama-4-Scout',
  'Qwen2.5',
  'Qwen3',
  'Qwen2-VL',
  'QwQ',
  'Mistral',
  'Mixtral',
  'gemma-2',
  'gemma-3',
  'gemma-3n',
  'Phi-3.5',
  'phi-4',
  'DeepSeek-R1',
  'DeepSeek-V3',
  'Yi-1.5',
  'falcon',
  'OLMo-2',
  'SmolLM2',
  'SmolVLM',
  'whisper-large-v3',
  'bge-m3',
  'e5',
  'stable-diffusion-xl',
  'FLUX.1',
  'bert-base',
  'roberta',
  't5',
  'Hermes-3',
  'OpenHermes-2.5',
  'zephyr',
  'vicuna',
  'llava-1.5',
  'InternVL3',
  'GLM-4.5V',
  'granite-3.1',
  'c4ai-command-r',
  'Ministral',
  'Codestral',
  'starcoder2',
  'CodeLlama',
  'TinyLlama',
  'Nemotron',
  'jamba',
  'mamba',
  'rwkv',
  'gpt2',
  'gpt-oss',
  'Kimi-K2',
  'chronos-t5',
  'OuteTTS',
  'Magistral',
  'L3.3',
  'MyFineTune',
  'OrpoLlama',
];
const SIZES = [
  '7B',
  '8B',
  '70B',
  '0.5B',
  '1.5B',
  '135M',
  '360M',
  '1_8B',
  '7b1',
  '1b7',
  '8x7B',
  '8x22B',
  '30B-A3B',
  '235B-A22B',
  'A3B',
  '17B-16E',
  'E4B',
  'E2B',
  '2.7B',
  '405B',
  '1T',
  '128k',
  '32K',
  '4k',
];
const SUFFIXES = [
  'Instruct',
  'Chat',
  'Base',
  'it',
  'DPO',
  'ORPO',
  'KTO',
  'SFT',
  'RLHF',
  'AWQ',
  'GPTQ',
  'GPTQ-Int4',
  'GGUF',
  'Q4_K_M',
  'Q8_0',
  'IQ3_XS',
  'IQ2_XXS',
  'Q5_K_S',
  'TQ1_0',
  'MXFP4',
  'UD-Q4_K_XL',
  'bnb-4bit',
  '4bit',
  '8bit',
  '6.0bpw',
  '4.65bpw',
  'exl2',
  'exl3',
  'h8',
  'fp16',
  'bf16',
  'FP8',
  'FP8-Dynamic',
  'int4',
  'w4a16',
  'quantized.w4a16',
  'MLX',
  'mlx-4bit',
  'q4f16_1',
  'MLC',
  'LoRA',
  'QLoRA',
  'adapter',
  'merged',
  'abliterated',
  'uncensored',
  'Coder',
  'Math',
  'VL',
  'Vision',
  'Omni',
  'Audio',
  'v0.1',
  'v0.3',
  '2409',
  '0528',
  '20240229',
  'preview',
  'turbo',
  'mini',
  'Distill',
  'Distill-Qwen',
  '128g',
  'g128',
  'embed',
  'reranker',
  'onnx',
  'mmproj',
  '00001-of-00003',
];
const GGUF_LEVELS = [
  'Q4_K_M',
  'Q4_0',
  'Q8_0',
  'Q2_K',
  'Q6_K',
  'IQ4_XS',
  'IQ1_S',
  'TQ2_0',
  'F16',
  'BF16',
  'f32',
  'MXFP4_MOE',
  'UD-Q3_K_XL',
  'q5_k_s',
];
const SEPARATORS = ['-', '-', '-', '_', '.', '/', ''];

const token = fc.oneof(fc.constantFrom(...SIZES), fc.constantFrom(...SUFFIXES), fc.constantFrom(...FAMILIES));
const casing = fc.constantFrom(
  (text: string) => text,
  (text: string) => text.toLowerCase(),
  (text: string) => text.toUpperCase(),
);

/** `Qwen2.5-7B-Instruct-AWQ`, `mixtral_8x7b.q4_k_m`, `L3.3-MyFineTune-70B-6.0bpw-h8-exl2`… */
const plausibleName = fc
  .tuple(
    fc.constantFrom(...FAMILIES),
    fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), token), { maxLength: 7 }),
    casing,
  )
  .map(([family, rest, cased]) => cased(family + rest.map(([separator, part]) => separator + part).join('')));

const plausibleId = fc
  .tuple(fc.option(fc.constantFrom(...ORGS), { freq: 4 }), plausibleName)
  .map(([org, name]) => (org === null ? name : `${org}/${name}`));

const ggufFileName = fc
  .tuple(
    fc.constantFrom('', 'mmproj-', 'mtp-'),
    plausibleName,
    fc.constantFrom('-', '.', '_'),
    fc.constantFrom(...GGUF_LEVELS),
    fc.constantFrom('', '-00001-of-00003', '-00002-of-00002', '-99999-of-00001', '-1-of-3'),
    fc.constantFrom('.gguf', '.GGUF', '.gguf.part1of2', ''),
  )
  .map(
    ([sidecar, name, separator, level, shard, extension]) =>
      `${sidecar}${name}${separator}${level}${shard}${extension}`,
  );

const ggufFileInput = fc
  .tuple(
    fc.constantFrom('', 'TheBloke/Mistral-7B-v0.1-GGUF/', 'bartowski/x-GGUF/blob/main/', 'a/b/resolve/main/sub/dir/'),
    ggufFileName,
  )
  .map(([prefix, file]) => prefix + file);

const HOSTS = [
  'https://huggingface.co/',
  'https://hf.co/',
  'https://www.huggingface.co/',
  'huggingface.co/',
  'hf.co/',
  'www.huggingface.co/',
  'http://huggingface.co/',
  'HTTPS://HuggingFace.CO/',
  'https://huggingface.co:443/',
  'https://huggingface.co:8080/',
  'https://evil.example/',
  'https://huggingface.co.evil.example/',
  'ftp://huggingface.co/',
  '/',
  '//huggingface.co/',
];
const REVISIONS = ['main', 'refs%2Fpr%2F1', 'a1b2c3d4e5f6', 'v1.0', '%ZZ', ''];
const urlTail = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '/tree/main',
    '/tree/main/onnx',
    '/discussions/12',
    '/commits/main',
    '/edit/main/README.md',
    '/settings',
    '/',
  ),
  fc
    .tuple(
      fc.constantFrom('blob', 'resolve', 'raw', 'BLOB'),
      fc.constantFrom(...REVISIONS),
      fc.constantFrom('', 'sub/', 'a/b/c/'),
      fc.oneof(
        ggufFileName,
        fc.constantFrom(
          'config.json',
          'model-00001-of-00002.safetensors',
          '%F0%9F%A6%99.gguf',
          '..%2F..%2Fetc%2Fpasswd',
        ),
      ),
    )
    .map(([tab, revision, dir, file]) => `/${tab}/${revision}/${dir}${file}`),
);
const urlQuery = fc.constantFrom(
  '',
  '?download=true',
  '?library=transformers&sort=trending',
  '?x=%ZZ',
  '?',
  '?a=1#b',
  `?q=${'a'.repeat(200)}`,
);
const urlFragment = fc.constantFrom('', '#model-card', '#', '#%F0%9F%98%80', '#/files', `#${'#'.repeat(50)}`);

const hubUrl = fc.oneof(
  fc.tuple(fc.constantFrom(...HOSTS), plausibleId, urlTail, urlQuery, urlFragment).map((parts) => parts.join('')),
  // Ollama and llama-server references: `hf.co/org/name:Q4_K_M`.
  fc
    .tuple(
      fc.constantFrom('hf.co/', 'huggingface.co/', 'https://hf.co/'),
      plausibleId,
      fc.constantFrom(...GGUF_LEVELS, 'latest', '', 'Q4_K_M:Q8_0'),
    )
    .map(([host, id, tag]) => `${host}${id}:${tag}`),
);

const randomText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', size: 'medium' }), weight: 20 },
  { arbitrary: fc.string({ unit: 'grapheme', size: 'medium' }), weight: 20 },
  { arbitrary: fc.string({ unit: 'binary-ascii', size: 'medium' }), weight: 20 },
  { arbitrary: fc.string({ unit: 'grapheme-composite', size: 'medium' }), weight: 20 },
  // Name characters only: these reach the tokenizer instead of being turned away at the door.
  {
    arbitrary: fc.string({
      unit: fc.constantFrom(...'abcXYZ0123456789._-/ :+()'.split('')),
      size: 'large',
      maxLength: 300,
    }),
    weight: 20,
  },
  { arbitrary: fc.string({ unit: 'binary', size: 'max', maxLength: TEN_K }), weight: 1 },
);

const SEPARATOR_CHARS = [
  '-',
  '_',
  '.',
  '/',
  ' ',
  '\t',
  '\n',
  '\r',
  ':',
  '+',
  '@',
  '|',
  '=',
  ',',
  '(',
  ')',
  '[',
  ']',
  "'",
  '"',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2212',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\ufeff',
];
const separatorsOnly = fc.oneof(
  fc.string({ unit: fc.constantFrom(...SEPARATOR_CHARS), minLength: 1, size: 'large', maxLength: 2_000 }),
  fc
    .tuple(fc.constantFrom(...SEPARATOR_CHARS), fc.integer({ min: 1, max: TEN_K }))
    .map(([char, count]) => char.repeat(count)),
);

// Units whose long runs are where backtracking, quadratic loops and surrogate bugs hide.
const HOSTILE_UNITS = [
  'a',
  'A',
  '-',
  '_',
  '.',
  '/',
  '1.',
  '1',
  '(',
  ')',
  '((((',
  '\\',
  '$&',
  '$1',
  "$'",
  '[',
  ']',
  '[[]]',
  '{}',
  '*',
  '+',
  '?',
  '^$',
  '.*',
  '|',
  'a-',
  'a_',
  'a.',
  '-a',
  '_k',
  'q4_',
  'Q4_K_M',
  'Q4_K_M-',
  'IQ',
  '-of-',
  '-00001-of-00002',
  'x7b',
  '8x',
  '7B-',
  'llama',
  'Llama-3-',
  'qwen2.5-',
  'OrpoLlama',
  'v1.',
  '1.1.',
  '%',
  '%2F',
  '%E0%A4%A',
  '%41',
  '\u202e',
  '\u200f',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\ud83d\ude00',
  '\u0000',
  '\r\n',
  ' ',
  '\u2010',
  '\u2212',
  'İ',
  'ß',
  'ﬀ',
  '\u0301',
  'Ⅻ',
  '١',
  '７',
  'gguf',
  '.gguf',
  '/blob/main/',
];
const HOSTILE_PREFIXES = [
  '',
  '',
  'org/',
  'https://huggingface.co/',
  'https://huggingface.co/a/b/blob/main/',
  'huggingface.co/a/',
  'hf.co/a/b:',
  'a/b/',
  '/',
  ' ',
  'Llama-3.1-8B-',
];
const HOSTILE_SUFFIXES = [
  '',
  '',
  '!',
  '.gguf',
  'B',
  '7B',
  '-GGUF',
  '\ud800',
  ')',
  '$',
  '/',
  ':Q4_K_M',
  '-00001-of-00002.gguf',
];
const regexHostile = fc
  .tuple(
    fc.constantFrom(...HOSTILE_PREFIXES),
    fc.array(fc.constantFrom(...HOSTILE_UNITS), { minLength: 1, maxLength: 3 }),
    fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: TEN_K })),
    fc.constantFrom(...HOSTILE_SUFFIXES),
  )
  .map(([prefix, units, length, suffix]) => prefix + repeatTo(units.join(''), length) + suffix);

/** Hub names stop at 256 characters and inputs at 4,096 (lib/input/parse-input.ts): the longest inputs that are read in full. */
const LIMITS = [96, 97, 255, 256, 257, 4_095, 4_096, 4_097];
const nearLimits = fc
  .tuple(
    fc.constantFrom(...LIMITS),
    fc.oneof(
      plausibleId,
      hubUrl,
      fc.tuple(fc.constantFrom('https://huggingface.co/a/b/blob/main/', 'a/b/'), ggufFileName).map(([p, f]) => p + f),
    ),
    fc.array(token, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '.gguf', '-GGUF'),
    fc.constantFrom('pad-end', 'pad-middle', 'spaces'),
  )
  .map(([limit, base, filler, ending, how]) => {
    if (how === 'spaces') return base + ' '.repeat(Math.max(0, limit - base.length));
    const body = repeatTo(filler.map((part) => `-${part}`).join(''), Math.max(0, limit - base.length - ending.length));
    return how === 'pad-end' ? base + body + ending : (body + base + ending).slice(0, Math.max(limit, 1));
  });

/** Any of the above, stretched to exactly 10,000 UTF-16 units (cutting a pair in two is one more hostile case). */
const exactlyTenK = fc.oneof(
  {
    arbitrary: fc
      .oneof(plausibleId, hubUrl, ggufFileInput, randomText, separatorsOnly, regexHostile)
      .map((text) => repeatTo(text || '-', TEN_K)),
    weight: 20,
  },
  // Whitespace is trimmed, so a padded ID or URL is a 10,000-character input that is classified in full.
  {
    arbitrary: fc
      .tuple(
        fc.oneof(plausibleId, hubUrl, ggufFileInput),
        fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff'),
        fc.boolean(),
      )
      .map(([text, space, before]) => {
        const pad = space.repeat(Math.max(0, TEN_K - text.length));
        return (before ? pad + text : text + pad).slice(0, TEN_K);
      }),
    weight: 20,
  },
  {
    arbitrary: fc.string({ unit: 'binary', minLength: TEN_K, maxLength: TEN_K }).map((text) => text.slice(0, TEN_K)),
    weight: 1,
  },
  {
    arbitrary: fc.string({ unit: 'grapheme', minLength: 3_000, maxLength: 3_000 }).map((text) => repeatTo(text, TEN_K)),
    weight: 1,
  },
);

function repeatTo(unit: string, length: number): string {
  if (unit === '' || length <= 0) return '';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// ---------------------------------------------------------------------------------------------------------------
// Properties: 100,000 generated inputs in all

describe('classify never throws, stays schema-valid and deterministic, within 5 ms (100,000 generated inputs)', () => {
  test('30,000 plausible model IDs built from real-looking tokens', () => runs(plausibleId, 30_000), LONG);
  test(
    '20,000 huggingface.co URLs with tabs, revisions, files, queries and fragments',
    () => runs(hubUrl, 20_000),
    LONG,
  );
  test(
    '10,000 GGUF file names, shards and sidecars, alone or under a repo path',
    () => runs(ggufFileInput, 10_000),
    LONG,
  );
  test(
    '15,000 random strings: binary and grapheme unicode, ASCII, name characters',
    () => runs(randomText, 15_000),
    LONG,
  );
  test('5,000 strings of separators only', () => runs(separatorsOnly, 5_000), LONG);
  test('10,000 regex-hostile runs up to 10,000 characters', () => runs(regexHostile, 10_000), LONG);
  test('5,000 inputs at the 96, 256 and 4,096 character limits', () => runs(nearLimits, 5_000), LONG);
  test(
    '5,000 inputs of exactly 10,000 characters',
    () => {
      // Guard the generator itself: every input really is 10,000 characters.
      fc.assert(
        fc.property(exactlyTenK, (input) => input.length === TEN_K),
        { numRuns: 200 },
      );
      runs(exactlyTenK, 5_000);
    },
    LONG,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The nastiest inputs, spelled out, each exactly 10,000 characters

const padded = (text: string, space = ' ') => space.repeat(TEN_K - text.length) + text;
const longFileUrl = (unit: string) => {
  const head = 'https://huggingface.co/TheBloke/Llama-2-7B-GGUF/blob/main/';
  return `${head + repeatTo(unit, 4_096 - head.length - '.gguf'.length)}.gguf`;
};

const NASTIEST: [name: string, input: string, kind: 'error' | 'facts'][] = [
  ['a × 9,999 then !', `${'a'.repeat(9_999)}!`, 'error'],
  ['dashes', '-'.repeat(TEN_K), 'error'],
  ['"1." × 5,000', '1.'.repeat(5_000), 'error'],
  ['open parentheses', '('.repeat(TEN_K), 'error'],
  ['backslashes', '\\'.repeat(TEN_K), 'error'],
  ['replacement patterns $&', '$&'.repeat(5_000), 'error'],
  ['nested brackets', '['.repeat(5_000) + ']'.repeat(5_000), 'error'],
  ['right-to-left override around an ID', repeatTo('\u202emeta-llama/Llama-3.1-8B\u202c', TEN_K), 'error'],
  ['zero-width spaces and joiners', repeatTo('\u200b\u200c\u200d\u2060', TEN_K), 'error'],
  ['lone high surrogates', '\ud800'.repeat(TEN_K), 'error'],
  ['lone low surrogates', '\udfff'.repeat(TEN_K), 'error'],
  ['reversed surrogate pairs', '\udc00\ud800'.repeat(5_000), 'error'],
  ['emoji (surrogate pairs)', '\ud83e\udd99'.repeat(5_000), 'error'],
  ['NUL characters', '\u0000'.repeat(TEN_K), 'error'],
  ['CRLF', '\r\n'.repeat(5_000), 'error'],
  ['unicode hyphens (rewritten to "-")', '\u2010'.repeat(TEN_K), 'error'],
  ['dotted capital I (lower-cases to two units)', 'İ'.repeat(TEN_K), 'error'],
  ['percent signs', '%'.repeat(TEN_K), 'error'],
  ['URL with a 10,000-character path', repeatTo(`https://huggingface.co/${'a/'.repeat(5_000)}`, TEN_K), 'error'],
  ['GGUF level soup', repeatTo('Q4_K_M_', TEN_K), 'error'],
  ['size soup', repeatTo('7B-', TEN_K), 'error'],
  ['shard suffix soup', `${repeatTo('-00001-of-00002', TEN_K - 5)}.gguf`, 'error'],
  ['ID then a run of hyphens', repeatTo(`meta-llama/Llama-3.1-8B${'-'.repeat(TEN_K)}`, TEN_K), 'error'],
  // Whitespace is trimmed first: these are 10,000 characters on the way in and read in full.
  ['ID after 9,977 spaces', padded('meta-llama/Llama-3.1-8B-Instruct'), 'facts'],
  ['ID after no-break spaces', padded('Qwen/Qwen3-30B-A3B-GGUF', '\u00a0'), 'facts'],
  ['4,096-character file URL of "llama-" after spaces', padded(longFileUrl('llama-')), 'facts'],
  ['4,096-character file URL of "a-" after spaces', padded(longFileUrl('a-')), 'facts'],
  ['4,096-character file URL of sizes after spaces', padded(longFileUrl('7B-8x7B-A3B-')), 'facts'],
  [
    '4,096-character file URL of camel-case families after spaces',
    padded(longFileUrl('OrpoLlamaQwenMistral')),
    'facts',
  ],
  ['4,096-character file URL of percent escapes after spaces', padded(longFileUrl('%41')), 'facts'],
  ['4,096-character file URL of broken escapes after spaces', padded(longFileUrl('%E0%A4%')), 'facts'],
  // A repo name passes 96 characters, a quant tag 64: no ID the Hub could have (issue 13: only valid names are read).
  ['256-character name after spaces', padded(`a/${repeatTo('Llama-3-8B-Instruct-', 254)}`), 'error'],
  ['Ollama tag of 4,000 characters after spaces', padded(`hf.co/a/b:${repeatTo('Q4_K_M', 4_086)}`), 'error'],
  ['URL of 2,000 path segments after spaces', padded(longFileUrl('x/')), 'facts'],
  // Each segment fails decodeURIComponent, and every page detector decodes every segment again.
  ['URL of 2,000 undecodable "%" segments after spaces', padded(longFileUrl('%/')), 'facts'],
  ['URL of 2,000 "%\\" segments after spaces (a backslash reads as /)', padded(longFileUrl('%\\')), 'facts'],
];

describe('the nastiest inputs at 10,000 characters', () => {
  test.each(NASTIEST)('%s', (_name, input, kind) => {
    expect(input).toHaveLength(TEN_K);
    const before = overBudget.length;
    check(input);
    expect('error' in classify(input) ? 'error' : 'facts').toBe(kind);
    expect(
      overBudget.slice(before).map(({ medianMs }) => medianMs),
      `median over ${BUDGET_MS} ms`,
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Deterministic across histories: a long-lived page classifies thousands of names; none may change another's answer.

type Classify = typeof classify;

/** A classify() with module state (caches, interned strings) of its own. */
async function freshClassify(): Promise<Classify> {
  vi.resetModules();
  return (await import('../../lib/classify-model')).classify;
}

const CORPUS_IDS: string[] = readFileSync(new URL('../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { id: string }).id);

describe('classify answers the same whatever was classified before', () => {
  test(
    'corpus IDs and 1,000 generated inputs agree between a fresh instance and instances warmed with other names',
    async () => {
      const inputs = [...CORPUS_IDS, ...fc.sample(fc.oneof(plausibleId, ggufFileInput, hubUrl), 1_000)];
      const { FAMILY_BY_TOKEN } = await import('../../lib/classify/lexicon');
      // Warm-ups that reach the inputs' formats and architectures in other orders than the inputs themselves do.
      const warmUps: [name: string, names: string[]][] = [
        ['every family key', [...FAMILY_BY_TOKEN.keys()]],
        ['the corpus backwards', [...CORPUS_IDS].reverse()],
      ];
      const fresh = await freshClassify();
      const expected = inputs.map((input) => fresh(input));
      const differing: string[] = [];
      for (const [name, names] of warmUps) {
        const warmed = await freshClassify();
        for (const id of names) warmed(id);
        inputs.forEach((input, index) => {
          if (!sameData(expected[index], warmed(input))) differing.push(`after ${name}: ${show(input)}`);
        });
      }
      expect(
        differing.slice(0, 10),
        `${differing.length} answers depend on what the instance classified before`,
      ).toEqual([]);
    },
    LONG,
  );
});
