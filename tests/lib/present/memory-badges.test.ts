import { describe, expect, it } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { MemoryFacts } from '../../../lib/facts/memory';
import type { Facts } from '../../../lib/facts/schema';
import { english } from '../../../lib/i18n/english';
import {
  cardBadges,
  contextBadge,
  factBadges,
  fitBadge,
  fitChip,
  memoryBadge,
  memoryBadges,
} from '../../../lib/present/badges';
import { bestFit, formatContext, formatGB } from '../../../lib/present/memory-labels';

// Memory, fit and context badges: the page contract (data-fact / data-value) and their labels, from MemoryFacts built
// here (the estimator fills facts.memory in the background).

const GB = 1e9;

function factsOf(input: string): Facts {
  const facts = classify(input);
  if (isClassifyError(facts)) throw new Error(input);
  return facts;
}

function memory(patch: Partial<MemoryFacts> = {}): MemoryFacts {
  return {
    weightsBytes: 8.5 * GB,
    weightsSource: 'file',
    kvBytesPerToken: 131072,
    kvBytes: 1.07 * GB,
    contextTokens: 8192,
    kvType: 'f16',
    projectorBytes: null,
    overheadBytes: 0.25 * GB,
    inferenceBytes: 9_823_456_789.4,
    downloadBytes: 8.5 * GB,
    training: null,
    fit: null,
    basis: [],
    ...patch,
  };
}

const withMemory = (input: string, mem: MemoryFacts | null, maxContext: number | null = null): Facts => ({
  ...factsOf(input),
  memory: mem,
  maxContext,
});
const say = (message: { key: string; args?: readonly (string | number)[] }) =>
  english(message.key as Parameters<typeof english>[0], message.args);
const label = (spec: { label: { key: string; args?: readonly (string | number)[] } } | null) => spec && say(spec.label);

describe('byte and context wording', () => {
  it.each([
    [624_681_376, '625 MB'],
    [4_920_000_000, '4.9 GB'],
    [9_823_456_789, '9.8 GB'],
    [42e9, '42 GB'],
    [16_067_862_656, '16.1 GB'],
    [234.4e9, '234 GB'],
    [1.23e12, '1.2 TB'],
    [999.6e6, '1 GB'],
    [3412, '3 kB'],
  ])('%i bytes → %s', (bytes, text) => expect(formatGB(bytes)).toBe(text));

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [null], [undefined]])('%s is no size', (value) =>
    expect(formatGB(value as number)).toBeNull(),
  );

  it.each([
    [8192, '8K'],
    [32768, '32K'],
    [131072, '128K'],
    [100000, '100K'],
    [1048576, '1M'],
    [1000000, '1M'],
    [262144, '256K'],
    [2048, '2K'],
    [512, '512'],
    [4000, '4K'],
    [163840, '160K'],
  ])('%i tokens → %s', (tokens, text) => expect(formatContext(tokens)).toBe(text));
});

describe('memory badge', () => {
  it('carries inferenceBytes as an integer and says it at the context', () => {
    const badge = memoryBadge(withMemory('meta-llama/Llama-3.1-8B-Instruct', memory()))!;
    expect(badge.fact).toBe('memory');
    expect(badge.value).toBe('9823456789');
    expect(label(badge)).toBe('≈ 9.8 GB at 8K');
    expect(badge.data).toMatchObject({ context: '8192', source: 'file' });
    expect(badge.guess).toBe(false);
  });

  it.each([
    ['no memory facts', null],
    ['unknown inference bytes', memory({ inferenceBytes: null })],
    ['nonsense', memory({ inferenceBytes: Number.NaN })],
    ['zero', memory({ inferenceBytes: 0 })],
  ])('none with %s', (_, mem) => {
    expect(memoryBadge(withMemory('meta-llama/Llama-3.1-8B-Instruct', mem))).toBeNull();
  });

  it('is a guess when the weights are sized from the name', () => {
    expect(memoryBadge(withMemory('meta-llama/Llama-3.1-8B-Instruct', memory({ weightsSource: 'name' })))!.guess).toBe(
      true,
    );
  });
});

describe('fit badge', () => {
  const fits = { verdict: 'gpu' as const, neededBytes: 9.8 * GB, gpuBytes: 24 * GB, offloadBytes: 0 };
  it.each([
    ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF-Q5_K_M', fits, 'gpu', 'yes', 'fits 24 GB · Q5_K_M · 32K'],
    [
      'meta-llama/Llama-3.1-70B-Instruct',
      { verdict: 'offload' as const, neededBytes: 150 * GB, gpuBytes: 24 * GB, offloadBytes: 126 * GB },
      'offload',
      'partial',
      'offload 126 GB to RAM · 32K',
    ],
    [
      'meta-llama/Llama-3.1-405B-Instruct',
      { verdict: 'no' as const, neededBytes: 820 * GB, gpuBytes: 88 * GB, offloadBytes: 0 },
      'no',
      'no',
      'too big: 820 GB · 32K',
    ],
    ['TheBloke/Mistral-7B-Instruct-v0.2-AWQ', fits, 'gpu', 'yes', 'fits 24 GB · AWQ · 32K'],
  ])('%s: %s', (input, fit, verdict, tone, text) => {
    const badge = fitBadge(withMemory(input, memory({ fit, contextTokens: 32768 })))!;
    expect(badge.fact).toBe('fit');
    expect(badge.value).toBe(verdict);
    expect(badge.tone).toBe(tone);
    expect(label(badge)).toBe(text);
    expect(say(badge.meaning)).toMatch(/GB/);
  });

  it('none without a hardware profile (nothing nags)', () => {
    const facts = withMemory('meta-llama/Llama-3.1-8B-Instruct', memory());
    expect(fitBadge(facts)).toBeNull();
    expect(fitChip(facts)).toBeNull();
    expect(factBadges(facts).map((badge) => badge.fact)).not.toContain('fit');
    expect(cardBadges(facts).map((badge) => badge.fact)).not.toContain('fit');
  });
});

describe('context badge', () => {
  it('carries the maximum context in tokens as an integer', () => {
    const badge = contextBadge(withMemory('meta-llama/Llama-3.1-8B-Instruct', null, 131072))!;
    expect(badge).toMatchObject({ fact: 'context', value: '131072' });
    expect(label(badge)).toBe('128K context');
  });
  it.each([[null], [0], [-5], [12.5]])('none for %s', (max) => {
    expect(contextBadge(withMemory('meta-llama/Llama-3.1-8B-Instruct', null, max))).toBeNull();
  });
});

describe('in the rows', () => {
  const fit = { verdict: 'gpu' as const, neededBytes: 9.8 * GB, gpuBytes: 24 * GB, offloadBytes: 0 };
  const facts = withMemory('meta-llama/Llama-3.1-8B-Instruct', memory({ fit }), 131072);

  it('the header row has memory, fit and context after the quantization, in that order', () => {
    const order = factBadges(facts).map((badge) => badge.fact);
    expect(order.filter((fact) => ['memory', 'fit', 'context'].includes(fact))).toEqual(['memory', 'fit', 'context']);
    expect(order.indexOf('memory')).toBeLessThan(order.indexOf('axolotl'));
  });

  it('a compact row keeps only the fit verdict', () => {
    expect(memoryBadges(facts, { compact: true }).map((badge) => badge.fact)).toEqual(['fit']);
    expect(factBadges(facts, { compact: true }).map((badge) => badge.fact)).not.toContain('memory');
  });

  it('listing cards get a compact fit chip with the memory needed', () => {
    const chip = cardBadges(facts).find((badge) => badge.fact === 'fit')!;
    expect(chip.value).toBe('gpu');
    expect(label(chip)).toBe('fits · 9.8 GB');
  });

  it('null memory adds nothing anywhere', () => {
    const none = withMemory('meta-llama/Llama-3.1-8B-Instruct', null);
    expect(memoryBadges(none)).toEqual([]);
    expect(cardBadges(none).map((badge) => badge.fact)).toEqual(
      cardBadges(factsOf('meta-llama/Llama-3.1-8B-Instruct')).map((badge) => badge.fact),
    );
  });
});

describe('the best file that fits', () => {
  const file = (path: string, weights: number, verdict: 'gpu' | 'offload' | 'no' | null) => ({
    path,
    memory: memory({
      weightsBytes: weights,
      fit: verdict && { verdict, neededBytes: weights * 1.2, gpuBytes: 24 * GB, offloadBytes: 0 },
    }),
  });
  it.each([
    [
      'the largest that fits on the GPU',
      [
        file('a-Q4_K_M.gguf', 4.9 * GB, 'gpu'),
        file('a-Q8_0.gguf', 8.5 * GB, 'gpu'),
        file('a-F32.gguf', 32 * GB, 'offload'),
      ],
      'a-Q8_0.gguf',
    ],
    ['none when only offloads fit', [file('a-F16.gguf', 16 * GB, 'offload'), file('a-F32.gguf', 32 * GB, 'no')], null],
    [
      'never a projector',
      [file('mmproj-a-f16.gguf', 9 * GB, 'gpu'), file('a-Q2_K.gguf', 3.2 * GB, 'gpu')],
      'a-Q2_K.gguf',
    ],
    ['none without a profile', [file('a-Q4_K_M.gguf', 4.9 * GB, null)], null],
    ['none from no answers', [null, null], null],
  ] as const)('%s', (_, answers, expected) => expect(bestFit(answers)).toBe(expected));
});
