import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';

// Issue 13, item 2: one Hub request per model per browser session, whatever the number of tabs asking at once; only
// the reduced info is kept; answers are read with a size cap; and (item 1) only /api/models/{org}/{name} and
// /{org}/{name}/resolve/main/config.json are ever requested.

vi.stubGlobal('chrome', fakeBrowser);
const { createHubService, capInfo, MAX_CONFIG_BYTES, MAX_INFO_BYTES, MAX_SIBLINGS, readCapped } = await import(
  '../../../entrypoints/background/hub'
);

const MODEL = {
  id: 'org/model',
  pipeline_tag: 'text-generation',
  tags: ['transformers'],
  config: { model_type: 'llama', architectures: ['LlamaForCausalLM'] },
  siblings: [{ rfilename: 'config.json' }],
};

function memoryStore() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(key: string) => data.get(key) as T | undefined,
    set: async (key: string, value: unknown) => void data.set(key, value),
  };
}

/** A fake Hub: answers by path, records every URL asked, each answer after a tick. */
function fakeHub(answers: Record<string, () => Response>) {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    urls.push(url);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const answer = answers[new URL(url).pathname];
    return answer ? answer() : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { urls, fetchImpl };
}

const json =
  (value: unknown, init: ResponseInit = {}) =>
  () =>
    new Response(JSON.stringify(value), { status: 200, ...init });

describe('one request per model per session', () => {
  test('three tabs asking at once make one request, and later asks none', async () => {
    const hub = fakeHub({ '/api/models/org/model': json(MODEL) });
    const service = createHubService(hub.fetchImpl, memoryStore());
    const replies = await Promise.all([1, 2, 3].map(() => service.answer({ type: 'hub', id: 'org/model' })));
    expect(hub.urls).toEqual(['https://huggingface.co/api/models/org/model']);
    for (const reply of replies)
      expect(reply.result).toMatchObject({ ok: true, info: { id: 'org/model', pipelineTag: 'text-generation' } });
    await service.answer({ type: 'hub', id: 'ORG/Model' });
    expect(hub.urls).toHaveLength(1);
  });

  test('config.json: once per model, on request only, as plain JSON', async () => {
    const hub = fakeHub({
      '/api/models/org/model': json(MODEL),
      '/org/model/resolve/main/config.json': json({ num_hidden_layers: 32, hidden_size: 4096, f: 1 }),
    });
    const service = createHubService(hub.fetchImpl, memoryStore());
    expect((await service.answer({ type: 'hub', id: 'org/model' })).config).toBeNull();
    const replies = await Promise.all([1, 2].map(() => service.answer({ type: 'hub', id: 'org/model', config: true })));
    await service.answer({ type: 'hub', id: 'org/model', info: false, config: true });
    expect(replies[0]!.config).toEqual({ num_hidden_layers: 32, hidden_size: 4096, f: 1 });
    expect(hub.urls).toEqual([
      'https://huggingface.co/api/models/org/model',
      'https://huggingface.co/org/model/resolve/main/config.json',
    ]);
  });

  test('a missing config.json is kept as null and not asked again', async () => {
    const hub = fakeHub({});
    const service = createHubService(hub.fetchImpl, memoryStore());
    expect((await service.answer({ type: 'hub', id: 'org/model', info: false, config: true })).config).toBeNull();
    await service.answer({ type: 'hub', id: 'org/model', info: false, config: true });
    expect(hub.urls).toHaveLength(1);
  });

  test('failures are kept with their reason; timeouts and network errors are not', async () => {
    const store = memoryStore();
    const hub = fakeHub({ '/api/models/org/gone': () => new Response('{}', { status: 404 }) });
    const service = createHubService(hub.fetchImpl, store);
    expect(await service.info('org/gone')).toEqual({ ok: false, reason: 'http-404' });
    await service.info('org/gone');
    expect(hub.urls).toHaveLength(1);
    const offline = createHubService(
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      store,
    );
    expect(await offline.info('org/other')).toEqual({ ok: false, reason: 'network' });
    expect(store.data.has('hub:org/other')).toBe(false);
  });
});

describe('only valid model IDs are asked about', () => {
  test.each(['../whoami-v2', '..', 'x/..', './x', 'a/.', 'x/%2e%2e', 'api/whoami-v2', 'x', 'x/y/z', ''])(
    '%s',
    async (id) => {
      const hub = fakeHub({});
      const service = createHubService(hub.fetchImpl, memoryStore());
      const reply = await service.answer({ type: 'hub', id, config: true });
      expect(reply).toEqual({ result: { ok: false, reason: 'invalid-id' }, config: null });
      expect(hub.urls).toEqual([]);
    },
  );
});

describe('answers are read with a cap and kept reduced', () => {
  test('an answer over the cap is "too-large", read no further, and kept as such', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            controller.enqueue(chunk);
          },
        }),
        { status: 200 },
      );
    const store = memoryStore();
    const hub = fakeHub({ '/api/models/org/huge': endless });
    const service = createHubService(hub.fetchImpl, store);
    expect(await service.info('org/huge')).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled).toBeLessThanOrEqual(MAX_INFO_BYTES / chunk.byteLength + 3);
    await service.info('org/huge');
    expect(hub.urls).toHaveLength(1);
  });

  test('a declared length over the cap is not read at all', async () => {
    const response = new Response('{}', { headers: { 'content-length': String(MAX_CONFIG_BYTES + 1) } });
    expect(await readCapped(response, MAX_CONFIG_BYTES)).toBeNull();
  });

  test('a repo of 50,000 files is kept with its first files and a flag', () => {
    const siblings = Array.from({ length: 50_000 }, (_, i) => `shard-${i}.safetensors`).concat('config.json');
    const info = {
      id: 'org/m',
      pipelineTag: null,
      libraryName: null,
      tags: [],
      architectures: [],
      modelType: null,
      quantizationConfig: null,
      cardBaseModels: [],
      safetensors: null,
      gguf: null,
      numParameters: null,
      siblings,
      gated: false,
      private: false,
      configEmpty: true,
      license: null,
      licenseName: null,
      licenseLink: null,
      chatTemplate: null,
      implausible: [],
    };
    const capped = capInfo(info);
    expect(capped.ok).toBe(true);
    if (!capped.ok) return;
    expect(capped.siblingsCapped).toBe(true);
    expect(capped.info.siblings).toHaveLength(MAX_SIBLINGS + 1);
    expect(capped.info.siblings).toContain('config.json');
    expect(JSON.stringify(capped).length).toBeLessThan(30_000);
  });
});
