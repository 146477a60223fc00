import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandBatch } from '../../cli/batch/expand';
import { HubClient, type HubClientOptions } from '../../cli/hub/client';
import { DiskCache, defaultCacheDir } from '../../cli/hub/disk-cache';
import { takeHubFlags } from '../../cli/hub/options';
import { retryWaitMs } from '../../cli/hub/rate-limit';
import { startMockHub, type MockHub } from './mock-hub';

// `classify --hub` against a mock Hub on 127.0.0.1 started here (no real network): success, the Hub's failures,
// retries on 429 as the RateLimit header says, timeouts, the token, the concurrency limit and the on-disk cache.

let hub: MockHub;
beforeAll(async () => {
  hub = await startMockHub();
});
afterAll(() => hub.close());

function client(options: Partial<HubClientOptions> = {}, target: MockHub = hub): HubClient {
  return new HubClient({
    endpoint: target.url,
    token: null,
    concurrency: 4,
    timeoutMs: 2000,
    retries: 2,
    maxWaitMs: 60_000,
    backoffMs: 1,
    cache: null,
    ...options,
  });
}

/** Runs the CLI asynchronously (the mock server lives in this process and must keep answering). */
function cli(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], {
      env: { ...process.env, HF_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(input ?? '');
  });
}

// The batch stream (legend, verdict sets, facts) read back into one fact sheet per input.
// biome-ignore lint/suspicious/noExplicitAny: tests read the fields they check
const lines = (stdout: string): any[] => expandBatch(stdout);

// Each case starts the CLI (tsx) once to three times: seconds each on a busy machine.
describe('classify --hub (the command line against the mock Hub)', { timeout: 60_000 }, () => {
  test("fetches model info, uses it, prints in input order; failures keep the name's facts and say why", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'lens-cache-'));
    const ids = [
      'meta-llama/Llama-3.1-8B-Instruct',
      'fault/unauthorized',
      'fault/forbidden',
      'fault/missing',
      'fault/broken',
      'black-forest-labs/FLUX.1-dev',
      'Mistral-7B-Instruct-v0.3',
    ];
    const before = hub.requests.length;
    const { stdout, status } = await cli(['--hub', '--json', '--retries=1', ...ids], {
      HF_ENDPOINT: hub.url,
      XDG_CACHE_HOME: cache,
    });
    expect(status).toBe(0);
    const out = lines(stdout);
    expect(out.map((facts) => facts.id)).toEqual(ids);
    expect(out[0]).toMatchObject({
      hub: { used: true, gated: true },
      license: { id: 'llama3.1', kind: 'conditional' },
      architectures: ['LlamaForCausalLM'],
    });
    expect(out[1].hub).toEqual({ used: false, unavailable: 'http-401' });
    expect(out[2].hub).toEqual({ used: false, unavailable: 'http-403' });
    expect(out[3].hub).toEqual({ used: false, unavailable: 'http-404' });
    expect(out[4].hub).toEqual({ used: false, unavailable: 'http-500' });
    expect(out[5]).toMatchObject({ category: 'image-generation', license: { kind: 'non-commercial' } });
    // A bare name is not a repo: no request for it.
    expect(out[6].hub).toEqual({ used: false });
    const asked = hub.requests.slice(before);
    expect(asked.filter((path) => path === '/api/models/fault/broken')).toHaveLength(2); // 1 + 1 retry
    expect(asked.some((path) => path.includes('Mistral-7B-Instruct-v0.3'))).toBe(false);
    expect(asked.some((path) => path.includes('/resolve/'))).toBe(false); // config.json only with --config
  });

  test('a 429 with the RateLimit header is retried after the wait it names', async () => {
    const { stdout } = await cli(['--hub', '--json', '--no-cache', 'fault/busy-Llama-3.1-8B-Instruct'], {
      HF_ENDPOINT: hub.url,
    });
    const [facts] = lines(stdout);
    expect(facts).toMatchObject({ hub: { used: true }, license: { id: 'llama3.1' } });
  });

  test('cache hits: a second run asks nothing; --no-cache asks again', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'lens-cache-'));
    const env = { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: cache };
    const id = 'Qwen/Qwen2.5-7B-Instruct';
    const count = () => hub.requests.filter((path) => path === `/api/models/${id}`).length;
    const start = count();
    const first = lines((await cli(['--hub', '--json', id], env)).stdout)[0];
    expect(count()).toBe(start + 1);
    expect(readdirSync(join(cache, 'model-lens', 'hub'))).toHaveLength(1);
    const second = lines((await cli(['--hub', '--json', id], env)).stdout)[0];
    expect(count()).toBe(start + 1);
    expect(second).toEqual(first);
    await cli(['--hub', '--no-cache', '--json', id], env);
    expect(count()).toBe(start + 2);
  });

  test('HF_TOKEN opens gated repos', async () => {
    const env = { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'lens-cache-')) };
    expect(lines((await cli(['--hub', '--json', 'fault/gated'], env)).stdout)[0].hub).toEqual({
      used: false,
      unavailable: 'http-401',
    });
    const [facts] = lines(
      (await cli(['--hub', '--json', 'fault/gated'], { ...env, HF_TOKEN: 'hf_test_token' })).stdout,
    );
    expect(facts).toMatchObject({ hub: { used: true, gated: true }, license: { id: 'llama3.3', gated: true } });
  });

  test('--config fetches config.json as well; standard input works the same', async () => {
    const before = hub.requests.length;
    const { stdout } = await cli(
      ['--hub', '--config', '--no-cache', '--json'],
      { HF_ENDPOINT: hub.url },
      'Qwen/Qwen2.5-7B-Instruct\n\nunsloth/Qwen3-8B-GGUF\n',
    );
    const out = lines(stdout);
    expect(out.map((facts) => facts.hub.used)).toEqual([true, true]);
    expect(hub.requests.slice(before).sort()).toEqual([
      '/Qwen/Qwen2.5-7B-Instruct/resolve/main/config.json',
      '/api/models/Qwen/Qwen2.5-7B-Instruct',
      '/api/models/unsloth/Qwen3-8B-GGUF',
      '/unsloth/Qwen3-8B-GGUF/resolve/main/config.json',
    ]);
  });

  test('bad flags are refused with the usage', async () => {
    const { status, stderr } = await cli(['--hub', '--concurrency=0', 'a/b'], {});
    expect(status).toBe(2);
    expect(stderr).toContain('--concurrency needs a positive number (1–64)');
    expect((await cli(['--config', 'a/b'], {})).stderr).toContain('--config needs --hub');
  });
});

describe('HubClient', () => {
  test('success, with the body and no token unless one is given', async () => {
    const before = hub.authorizations.length;
    const result = await client().model('Qwen/Qwen2.5-7B-Instruct');
    expect(result).toMatchObject({ ok: true, data: { cached: false, config: null } });
    expect(hub.authorizations.slice(before)).toEqual([undefined]);
    await client({ token: 'hf_abc' }).model('Qwen/Qwen2.5-7B-Instruct');
    expect(hub.authorizations.at(-1)).toBe('Bearer hf_abc');
  });

  test.each([
    ['fault/unauthorized', 'http-401', 1],
    ['fault/forbidden', 'http-403', 1],
    ['fault/missing', 'http-404', 1],
    ['fault/broken', 'http-500', 3], // retried twice (retries: 2)
    ['fault/always-busy', 'rate-limited', 3],
    ['fault/bad-json', 'malformed', 1],
  ])('%s → %s after %i request(s)', async (id, reason, requests) => {
    const hubClient = client();
    expect(await hubClient.model(id)).toEqual({ ok: false, reason });
    expect(hubClient.requests).toBe(requests);
  });

  test('a 5xx that passes is retried to success', async () => {
    const hubClient = client();
    expect(await hubClient.model('fault/flaky')).toMatchObject({ ok: true, data: { info: { id: 'fault/flaky' } } });
    expect(hubClient.requests).toBe(2);
  });

  test('timeout', async () => {
    const started = Date.now();
    expect(await client({ timeoutMs: 300 }).model('fault/slow')).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a 429 waits as long as RateLimit says, and gives up when that is longer than maxWaitMs', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const fake = (status: number, headers: Record<string, string>) =>
      (async () => new Response('{}', { status, headers })) as unknown as typeof fetch;
    const waiting = new HubClient({
      endpoint: 'http://127.0.0.1:9',
      token: null,
      concurrency: 1,
      timeoutMs: 1000,
      retries: 2,
      maxWaitMs: 60_000,
      backoffMs: 1,
      cache: null,
      sleep,
      fetch: fake(429, { ratelimit: '"api";r=0;t=42' }),
    });
    expect(await waiting.model('a/b')).toEqual({ ok: false, reason: 'rate-limited' });
    expect(waits).toEqual([42_000, 42_000]);
    const impatient = new HubClient({
      endpoint: 'http://127.0.0.1:9',
      token: null,
      concurrency: 1,
      timeoutMs: 1000,
      retries: 2,
      maxWaitMs: 10_000,
      backoffMs: 1,
      cache: null,
      sleep,
      fetch: fake(429, { 'retry-after': '300' }),
    });
    expect(await impatient.model('a/b')).toEqual({ ok: false, reason: 'rate-limited' });
    expect(impatient.requests).toBe(1);
  });

  test('never more requests in flight than the concurrency limit', async () => {
    const slow = await startMockHub({ delayMs: 50 });
    try {
      const hubClient = client({ concurrency: 2 }, slow);
      const ids = [
        'Qwen/Qwen2.5-7B-Instruct',
        'Qwen/Qwen3-8B',
        'meta-llama/Llama-3.1-8B',
        'google/gemma-2-9b-it',
        'mistralai/Mistral-7B-v0.1',
        'openai/gpt-oss-120b',
      ];
      const results = await Promise.all(ids.map((id) => hubClient.model(id)));
      expect(results.every((result) => result.ok)).toBe(true);
      expect(slow.maxInFlight).toBe(2);
    } finally {
      await slow.close();
    }
  });

  test('cache: a hit asks nothing, an entry past its TTL is fetched again, a broken file is a miss', async () => {
    let now = 1_000_000;
    const dir = mkdtempSync(join(tmpdir(), 'lens-cache-'));
    const cache = new DiskCache(dir, 60_000, () => now);
    const hubClient = client({ cache });
    await hubClient.model('Qwen/Qwen3-8B');
    expect(await hubClient.model('Qwen/Qwen3-8B')).toMatchObject({ ok: true, data: { cached: true } });
    expect(hubClient.requests).toBe(1);
    now += 61_000;
    expect(await hubClient.model('Qwen/Qwen3-8B')).toMatchObject({ ok: true, data: { cached: false } });
    expect(hubClient.requests).toBe(2);
    // A file that does not parse is a miss, and is written again.
    for (const file of readdirSync(dir)) writeFileSync(join(dir, file), '{"key": tru');
    expect(await hubClient.model('Qwen/Qwen3-8B')).toMatchObject({ ok: true, data: { cached: false } });
    expect(await hubClient.model('Qwen/Qwen3-8B')).toMatchObject({ ok: true, data: { cached: true } });
    expect(hubClient.requests).toBe(3);
    // Failures are not cached.
    await hubClient.model('fault/missing');
    await hubClient.model('fault/missing');
    expect(hubClient.requests).toBe(5);
  });

  test("config.json fills an empty API config; the API's own fields win", async () => {
    const result = await client().model('Qwen/Qwen2.5-7B-Instruct', true);
    expect(result.ok && result.data.config).toMatchObject({ max_position_embeddings: 32768 });
    expect(result.ok && (result.data.info as { config: Record<string, unknown> }).config).toMatchObject({
      architectures: ['Qwen2ForCausalLM'],
      max_position_embeddings: 32768,
    });
  });
});

describe('helpers', () => {
  test.each([
    [{ ratelimit: '"api";r=0;t=55' }, 55_000],
    [{ ratelimit: '"resolvers";r=12;t=3' }, 3_000],
    [{ 'retry-after': '7' }, 7_000],
    [{ 'retry-after': 'Thu, 01 Jan 1970 00:00:10 GMT' }, 10_000],
    [{ ratelimit: '"api";r=0' }, null],
    [{}, null],
  ] as const)('retryWaitMs(%j) = %s', (headers, wait) => {
    expect(retryWaitMs(new Headers(headers), 0)).toBe(wait);
  });

  test('cache directory: XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/model-lens/hub');
    expect(defaultCacheDir({})).toMatch(/\.cache\/model-lens\/hub$/);
  });

  test('flags', () => {
    expect(takeHubFlags(['--hub', '--json', '--concurrency=8', '--cache-ttl=0.5', 'a/b'])).toEqual({
      ok: true,
      flags: {
        hub: true,
        config: false,
        cache: true,
        cacheTtlHours: 0.5,
        concurrency: 8,
        timeoutSeconds: 20,
        retries: 3,
      },
      rest: ['--json', 'a/b'],
    });
    expect(takeHubFlags(['--vram=24'])).toMatchObject({ ok: true, rest: ['--vram=24'] });
    expect(takeHubFlags(['--hub', '--timeout=abc'])).toMatchObject({ ok: false });
    expect(takeHubFlags(['--hub', '--retries=0'])).toMatchObject({ ok: true, flags: { retries: 0 } });
    expect(takeHubFlags(['--hub', '--retries=1.5'])).toMatchObject({ ok: false });
    expect(takeHubFlags(['--hub', '--cache-ttl='])).toMatchObject({ ok: false });
  });
});
