import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';
import {
  cardTraits,
  filterCount,
  FILTER_KINDS,
  isFiltering,
  matchesFilter,
  NO_FILTER,
  readFilterChoice,
  type CardTraits,
  type FilterChoice,
} from '../../../lib/present/listing-filter';
import { hardwareProfile } from '../../../lib/settings/hardware';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

// The listing filter bar's questions (issue #16, item 4): a card's traits from its facts, and whether it answers.

const RTX_4090 = hardwareProfile({
  ...DEFAULT_SETTINGS,
  hardware: { preset: 'rtx-4090', gpuMemoryGB: 24, gpuCount: 1, systemRamGB: 64, unified: false },
});

function facts(id: string, hub?: unknown, withGpu = false): Facts {
  const result = classify(id, hub, withGpu ? { hardware: RTX_4090, contextTokens: 8192, kvType: 'f16' } : {});
  if (isClassifyError(result)) throw new Error(`${id} is not a model`);
  return result;
}

describe('cardTraits: what a card answers, from the facts its badges are made from', () => {
  test.each<[string, unknown, boolean, CardTraits]>([
    [
      'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
      undefined,
      false,
      { kind: 'llm', fit: null, axolotl: 'none', gguf: true, license: null },
    ],
    [
      'Qwen/Qwen2.5-7B-Instruct',
      undefined,
      false,
      { kind: 'llm', fit: null, axolotl: 'full', gguf: false, license: 'open' },
    ],
    [
      'meta-llama/Llama-3.1-8B-Instruct',
      undefined,
      true,
      { kind: 'llm', fit: 'gpu', axolotl: 'full', gguf: false, license: 'conditional' },
    ],
    [
      'black-forest-labs/FLUX.1-dev',
      undefined,
      false,
      { kind: 'image-generation', fit: null, axolotl: 'none', gguf: false, license: 'non-commercial' },
    ],
    [
      'Qwen/Qwen2.5-7B-Instruct-AWQ',
      undefined,
      false,
      { kind: 'llm', fit: null, axolotl: 'partial', gguf: false, license: 'open' },
    ],
    ['someone/thing', undefined, false, { kind: 'unknown', fit: null, axolotl: 'unknown', gguf: false, license: null }],
    // The listing's data decides the kind where the name cannot.
    [
      'someone/thing',
      { id: 'someone/thing', pipeline_tag: 'automatic-speech-recognition' },
      false,
      { kind: 'speech', fit: null, axolotl: 'none', gguf: false, license: null },
    ],
  ])('%s (hub data: %o, GPU set: %s)', (id, hub, withGpu, expected) => {
    expect(cardTraits(facts(id, hub, withGpu))).toEqual(expected);
  });

  test('the fit verdict is the one the card shows', () => {
    const withGpu = facts('mistralai/Mixtral-8x7B-Instruct-v0.1', undefined, true);
    expect(cardTraits(withGpu).fit).toBe(withGpu.memory!.fit!.verdict);
  });
});

const LLM_GGUF: CardTraits = { kind: 'llm', fit: 'gpu', axolotl: 'none', gguf: true, license: null };
const LLAMA: CardTraits = { kind: 'llm', fit: 'offload', axolotl: 'full', gguf: false, license: 'conditional' };
const QWEN_AWQ: CardTraits = { kind: 'llm', fit: 'gpu', axolotl: 'partial', gguf: false, license: 'open' };
const FLUX: CardTraits = {
  kind: 'image-generation',
  fit: 'no',
  axolotl: 'none',
  gguf: false,
  license: 'non-commercial',
};
const UNKNOWN: CardTraits = { kind: 'unknown', fit: null, axolotl: 'unknown', gguf: false, license: 'unknown' };

const ask = (choice: Partial<FilterChoice>): FilterChoice => ({ ...NO_FILTER, ...choice });

describe('matchesFilter: a card is shown when it answers every question asked', () => {
  test.each<[string, CardTraits, Partial<FilterChoice>, boolean]>([
    ['no question: every card', UNKNOWN, {}, true],
    ['no question, hiding chosen: every card', FLUX, { hide: true }, true],
    ['kind: the same', LLAMA, { kind: 'llm' }, true],
    ['kind: another', FLUX, { kind: 'llm' }, false],
    ['kind: not known', UNKNOWN, { kind: 'llm' }, false],
    ['fits: on the GPU', QWEN_AWQ, { fits: true }, true],
    ['fits: only with CPU offload is not "fits my GPU"', LLAMA, { fits: true }, false],
    ['fits: too big', FLUX, { fits: true }, false],
    ['fits: not known (no size)', UNKNOWN, { fits: true }, false],
    ['axolotl: full', LLAMA, { axolotl: true }, true],
    ['axolotl: partly (QLoRA of an AWQ repo…)', QWEN_AWQ, { axolotl: true }, true],
    ['axolotl: none (a GGUF repo)', LLM_GGUF, { axolotl: true }, false],
    ['axolotl: not known', UNKNOWN, { axolotl: true }, false],
    ['commercial: open licence', QWEN_AWQ, { commercial: true }, true],
    ['commercial: with conditions (Llama community licence)', LLAMA, { commercial: true }, true],
    ['commercial: non-commercial licence', FLUX, { commercial: true }, false],
    ['commercial: licence not known', UNKNOWN, { commercial: true }, false],
    ['commercial: no licence found', LLM_GGUF, { commercial: true }, false],
    ['gguf: a GGUF repo', LLM_GGUF, { gguf: true }, true],
    ['gguf: not one', QWEN_AWQ, { gguf: true }, false],
    ['all at once: answers each', QWEN_AWQ, { kind: 'llm', fits: true, axolotl: true, commercial: true }, true],
    ['all at once: misses one', QWEN_AWQ, { kind: 'llm', fits: true, axolotl: true, gguf: true }, false],
    ['gguf and fits', LLM_GGUF, { gguf: true, fits: true }, true],
  ])('%s', (_case, traits, choice, expected) => {
    expect(matchesFilter(traits, ask(choice))).toBe(expected);
  });
});

describe('readFilterChoice: whatever storage gives back is a valid choice', () => {
  test.each<[string, unknown, FilterChoice]>([
    ['nothing stored', undefined, NO_FILTER],
    ['not an object', 'gguf', NO_FILTER],
    ['null', null, NO_FILTER],
    [
      'a choice',
      { kind: 'vlm', fits: true, gguf: true, hide: true },
      ask({ kind: 'vlm', fits: true, gguf: true, hide: true }),
    ],
    ['an unknown kind', { kind: 'robot', axolotl: true }, ask({ axolotl: true })],
    ['"unknown" is no kind to pick', { kind: 'unknown' }, NO_FILTER],
    ['flags that are not true', { fits: 'yes', commercial: 1, hide: 'true' }, NO_FILTER],
    ['extra keys are dropped', { gguf: true, evil: '<img>' }, ask({ gguf: true })],
  ])('%s', (_case, value, expected) => {
    expect(readFilterChoice(value)).toEqual(expected);
  });

  test('every kind the bar offers is read back', () => {
    for (const kind of FILTER_KINDS) expect(readFilterChoice({ kind }).kind).toBe(kind);
  });
});

describe('isFiltering and filterCount', () => {
  test.each<[Partial<FilterChoice>, boolean]>([
    [{}, false],
    [{ hide: true }, false],
    [{ kind: 'speech' }, true],
    [{ fits: true }, true],
    [{ axolotl: true }, true],
    [{ commercial: true }, true],
    [{ gguf: true }, true],
  ])('%o asks a question: %s', (choice, expected) => {
    expect(isFiltering(ask(choice))).toBe(expected);
  });

  test('shown and set aside among the cards read', () => {
    const cards = [LLM_GGUF, LLAMA, QWEN_AWQ, FLUX, UNKNOWN];
    expect(filterCount(cards, NO_FILTER)).toEqual({ shown: 5, aside: 0, read: 5 });
    expect(filterCount(cards, ask({ commercial: true }))).toEqual({ shown: 2, aside: 3, read: 5 });
    expect(filterCount(cards, ask({ kind: 'llm', fits: true }))).toEqual({ shown: 2, aside: 3, read: 5 });
    expect(filterCount([], ask({ gguf: true }))).toEqual({ shown: 0, aside: 0, read: 0 });
  });
});
