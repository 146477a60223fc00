import { describe, expect, test } from 'vitest';
import { answerRequest, catalogFor } from '../../../lib/messages/answer';
import { MAX_ITEMS } from '../../../lib/messages/protocol';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { cardTraits } from '../../../lib/present/listing-filter';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const CONTEXT = { settings: DEFAULT_SETTINGS };

// The background's side of the messages: it answers what lib answers, and refuses what is not a request.

describe('answerRequest', () => {
  test('classify: the same facts as lib, in order, errors included', () => {
    const items = [
      { input: 'mistralai/Mixtral-8x7B-Instruct-v0.1' },
      { input: 'https://huggingface.co/datasets/x/y' },
      { input: 'Qwen/Qwen2.5-7B', hub: { id: 'Qwen/Qwen2.5-7B', pipeline_tag: 'text-generation' } },
    ];
    expect(answerRequest({ type: 'classify', items }, CONTEXT)).toEqual(
      items.map((item) => classify(item.input, item.hub)),
    );
  });

  test('cards: the compact badges only, null for what is not a model', () => {
    const reply = answerRequest(
      { type: 'cards', items: [{ input: 'TheBloke/Llama-2-7B-GPTQ' }, { input: '' }] },
      CONTEXT,
    ) as { id: string; badges: { fact: string; value: string }[] }[];
    expect(reply[0]!.id).toBe('TheBloke/Llama-2-7B-GPTQ');
    expect(reply[0]!.badges.map((badge) => badge.fact)).toEqual(['category', 'params', 'quant', 'axolotl']);
    expect(reply[0]!.badges.find((badge) => badge.fact === 'quant')!.value).toBe('gptq');
    expect(reply[1]).toBeNull();
  });

  test("cards: each with the filter bar's traits of the same facts (the list's data included)", () => {
    const hub = { id: 'someone/thing', pipeline_tag: 'automatic-speech-recognition' };
    const reply = answerRequest({ type: 'cards', items: [{ input: 'someone/thing', hub }] }, CONTEXT) as {
      traits: unknown;
    }[];
    const facts = classify('someone/thing', hub);
    if (isClassifyError(facts)) throw new Error('not a model');
    expect(reply[0]!.traits).toEqual(cardTraits(facts));
    expect(reply[0]!.traits).toMatchObject({ kind: 'speech' });
  });

  test.each([
    ['not an object', 'classify'],
    ['the retired cardTraits request', { type: 'cardTraits', ids: ['a/b'] }],
    ['no type', {}],
    ['unknown type', { type: 'eval', items: [] }],
    ['items not an array', { type: 'classify', items: 'meta-llama/Llama-3.1-8B' }],
    ['an item without input', { type: 'classify', items: [{ id: 'x' }] }],
    ['an input that is not a string', { type: 'cards', items: [{ input: 42 }] }],
    ['too many items', { type: 'cards', items: Array.from({ length: MAX_ITEMS + 1 }, () => ({ input: 'a/b' })) }],
  ])('refuses %s', (_case, request) => {
    expect(answerRequest(request, CONTEXT)).toBeNull();
  });

  test('catalog: the chosen language, messages without descriptions; unknown choices follow the browser', () => {
    const burmese = answerRequest({ type: 'catalog', choice: 'my', browserLanguage: 'en-US' }, CONTEXT) as ReturnType<
      typeof catalogFor
    >;
    expect(burmese.lang).toBe('my');
    expect(burmese.catalog.value_verdict_yes).toEqual({ message: 'ရတယ်' });
    expect(catalogFor('auto', 'my').lang).toBe('my');
    expect(catalogFor('auto', 'de-DE').lang).toBe('en');
    expect(
      (
        answerRequest({ type: 'catalog', choice: '<script>', browserLanguage: 'my' }, CONTEXT) as ReturnType<
          typeof catalogFor
        >
      ).lang,
    ).toBe('my');
  });

  test("start: the background's settings and the catalog they choose, in one answer", () => {
    const settings = { ...DEFAULT_SETTINGS, language: 'my' as const, compact: true };
    const reply = answerRequest({ type: 'start', browserLanguage: 'en-US' }, { settings }) as {
      settings: typeof settings;
      lang: string;
      catalog: Record<string, { message: string }>;
    };
    expect(reply.settings).toEqual(settings);
    expect(reply.lang).toBe('my');
    expect(reply.catalog.value_verdict_yes!.message).toBe('ရတယ်');
    expect(
      (answerRequest({ type: 'start', browserLanguage: 'my-MM' }, { settings: DEFAULT_SETTINGS }) as { lang: string })
        .lang,
    ).toBe('my');
  });
});
