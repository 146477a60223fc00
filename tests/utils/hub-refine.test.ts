import { beforeEach, describe, expect, test, vi } from 'vitest';
import { classify, isClassifyError } from '../../lib/classify-model';
import type { Facts } from '../../lib/facts/schema';
import { CATALOGS } from '../../lib/i18n/catalogs';
import { translator } from '../../lib/i18n/translator';
import type { BackgroundRequest } from '../../lib/messages/protocol';

// "Classify by name, then refine with Hub data" (issue 15, item 3): one helper for the popup's lookup, its compare
// form and a model page without embedded data. The background is stood in for by lib itself.

const asked: BackgroundRequest[] = [];
let hubAnswer: unknown;
vi.mock('../../utils/background-client', () => ({
  askBackground: async (request: BackgroundRequest) => {
    asked.push(request);
    if (request.type === 'hub') return hubAnswer;
    if (request.type === 'classify')
      return request.items.map((item) => classify(item.input, item.hub as never, { config: item.config as never }));
    throw new Error(`unexpected ${request.type}`);
  },
}));
const { refineWithHub } = await import('../../utils/hub-refine');

const i18n = translator(CATALOGS.en, 'en');
const ID = 'Qwen/Qwen2.5-7B-Instruct';
const named = (): Facts => {
  const facts = classify(ID);
  if (isClassifyError(facts)) throw new Error('not classified');
  return facts;
};

beforeEach(() => {
  asked.length = 0;
});

describe('refineWithHub', () => {
  test('with the Hub’s answer: classified again with it, Hub data used', async () => {
    hubAnswer = {
      result: {
        ok: true,
        info: { id: ID, pipeline_tag: 'text-generation', config: { architectures: ['Qwen2ForCausalLM'] } },
      },
      config: null,
    };
    const refined = await refineWithHub({ input: ID, id: ID }, named(), new AbortController().signal, i18n);
    expect(refined?.hub).toEqual({ kind: 'hub' });
    expect(refined?.facts.hub.used).toBe(true);
    expect(asked.map((request) => request.type)).toEqual(['hub', 'classify']);
  });

  test('the Hub cannot answer: the first facts stay, with the reason in words', async () => {
    hubAnswer = { result: { ok: false, reason: 'http-404' }, config: null };
    const first = named();
    const refined = await refineWithHub({ input: ID, id: ID }, first, new AbortController().signal, i18n);
    expect(refined?.facts).toBe(first);
    expect(refined?.hub).toEqual({ kind: 'unavailable', reason: i18n.t('hub_reason_http_404') });
    expect(asked.map((request) => request.type)).toEqual(['hub']); // no second classification
  });

  test('config.json is asked for only when wanted, and aborting rejects', async () => {
    hubAnswer = { result: { ok: false, reason: 'no-answer' }, config: null };
    await refineWithHub({ input: ID, id: ID, config: true }, named(), new AbortController().signal, i18n);
    expect(asked[0]).toMatchObject({ type: 'hub', id: ID, config: true });
    const controller = new AbortController();
    controller.abort();
    await expect(refineWithHub({ input: ID, id: ID }, named(), controller.signal, i18n)).rejects.toBeDefined();
  });
});
