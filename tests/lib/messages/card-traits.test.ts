import { beforeEach, describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { answerRequest } from '../../../lib/messages/answer';
import { forgetTraits, KEPT_TRAITS, keepTraits, traitsOf } from '../../../lib/messages/card-traits';
import { MAX_ITEMS } from '../../../lib/messages/protocol';
import { cardTraits } from '../../../lib/present/listing-filter';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

// The filter bar's traits: what the `cards` answer computed, kept by the background and looked up by model ID.

const CONTEXT = { settings: DEFAULT_SETTINGS };
const SPEECH_HUB = { id: 'someone/thing', pipeline_tag: 'automatic-speech-recognition' };

beforeEach(() => forgetTraits());

describe('cardTraits answers', () => {
  test('the traits of the facts the cards were answered from (their list data included), in order', () => {
    answerRequest({ type: 'cards', items: [{ input: 'someone/thing', hub: SPEECH_HUB }] }, CONTEXT);
    const reply = answerRequest(
      { type: 'cardTraits', ids: ['someone/thing', 'Qwen/Qwen2.5-7B-Instruct', ''] },
      CONTEXT,
    );
    const speech = classify('someone/thing', SPEECH_HUB);
    if (isClassifyError(speech)) throw new Error('not a model');
    expect(reply).toEqual([
      cardTraits(speech), // kept: the listing's pipeline tag said speech
      { kind: 'llm', fit: null, axolotl: 'full', gguf: false, license: 'open' }, // not kept: read from the name
      null, // not a model
    ]);
    expect((reply as { kind: string }[])[0]!.kind).toBe('speech');
  });

  test('looked up case-insensitively, as the Hub compares IDs', () => {
    answerRequest({ type: 'cards', items: [{ input: 'someone/thing', hub: SPEECH_HUB }] }, CONTEXT);
    expect(answerRequest({ type: 'cardTraits', ids: ['SomeOne/Thing'] }, CONTEXT)).toEqual([
      expect.objectContaining({ kind: 'speech' }),
    ]);
  });

  test.each([
    ['ids not an array', { type: 'cardTraits', ids: 'a/b' }],
    ['an id that is not a string', { type: 'cardTraits', ids: ['a/b', 42] }],
    ['no ids', { type: 'cardTraits' }],
    ['too many ids', { type: 'cardTraits', ids: Array.from({ length: MAX_ITEMS + 1 }, () => 'a/b') }],
  ])('refused: %s', (_case, request) => {
    expect(answerRequest(request, CONTEXT)).toBeNull();
  });
});

describe('kept traits', () => {
  test(`at most ${KEPT_TRAITS}: the oldest go first`, () => {
    const speech = classify('someone/thing', SPEECH_HUB);
    if (isClassifyError(speech)) throw new Error('not a model');
    for (let index = 0; index <= KEPT_TRAITS; index++) keepTraits({ ...speech, id: `someone/thing-${index}` });
    const options = {};
    expect(traitsOf('someone/thing-0', options)!.kind).toBe('unknown'); // gone: read again from the name
    expect(traitsOf('someone/thing-1', options)!.kind).toBe('speech');
    expect(traitsOf(`someone/thing-${KEPT_TRAITS}`, options)!.kind).toBe('speech');
  });
});
