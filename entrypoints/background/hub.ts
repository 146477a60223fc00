import { browser } from 'wxt/browser';
import { readHubInfo, type HubModelInfo } from '../../lib/hub/hub-info';
import { plainJson, type JsonLimits } from '../../lib/hub/page-data';
import { hubUrls } from '../../lib/input/hub-urls';
import type { HubReply, HubRequest, HubResult } from '../../lib/messages/protocol';

// The Hub, asked by the background for every tab and the popup: at most one request per model (and one for its
// config.json) per browser session. Requests in flight are joined, answers are read with a size cap and parsed here
// (never on a page's main thread), and only what classify reads is kept in storage.session. Failures are kept too,
// with their reason, so a broken or rate-limited Hub is not asked again and again; only timeouts and network errors
// are asked again on a later page.

const TIMEOUT_MS = 8000;
/** A 429 is retried once, only when the Hub asks for a short wait. */
const MAX_RETRY_WAIT_S = 5;
/** The model-info answer read at most: a repo of ~100,000 files. Past it: "Hub answer too large". */
export const MAX_INFO_BYTES = 16 * 1024 * 1024;
/** config.json read at most (a few KB for real models). */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Kept per model in storage.session (its quota is 10 MB for every model of the session). */
export const MAX_SIBLINGS = 500;
const MAX_LIST = 300;
const MAX_STRING = 300;
const CONFIG_LIMITS: JsonLimits = { depth: 6, stringLength: 4096, arrayLength: 256, keys: 300, budget: 5000 };

type Fetch = typeof fetch;

interface Stored<T> {
  at: number;
  value: T;
}

export interface HubStore {
  get: <T>(key: string) => Promise<T | undefined>;
  set: (key: string, value: unknown) => Promise<void>;
}

/** The background's Hub client; `fetchImpl` and `store` are injectable for tests. */
export function createHubService(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  store: HubStore = sessionStore(),
) {
  const inFlight = new Map<string, Promise<unknown>>();

  /** One promise per key at a time; the settled value is read from the store afterwards. */
  function once<T>(key: string, produce: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const pending = inFlight.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const promise = (async () => {
      const stored = await store.get<Stored<T>>(key).catch(() => undefined);
      if (stored && typeof stored === 'object' && 'value' in stored) return stored.value;
      const value = await produce();
      if (keep(value)) await store.set(key, { at: Date.now(), value } satisfies Stored<T>).catch(() => {});
      return value;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  }

  const info = (id: string): Promise<HubResult> => {
    const urls = hubUrls(id);
    if (!urls) return Promise.resolve({ ok: false, reason: 'invalid-id' });
    return once(
      `hub:${id.toLowerCase()}`,
      () => requestInfo(fetchImpl, urls.api),
      (result) => result.ok || !TRANSIENT.has(result.reason),
    );
  };

  const config = (id: string): Promise<Record<string, unknown> | null> => {
    const urls = hubUrls(id);
    if (!urls) return Promise.resolve(null);
    return once(
      `config:${id.toLowerCase()}`,
      () => requestConfig(fetchImpl, urls.config),
      (result) => result !== undefined,
    ).then((result) => result ?? null);
  };

  /** Answers a `hub` message (already checked to come from this extension). */
  async function answer(request: HubRequest): Promise<HubReply> {
    const id = typeof request.id === 'string' ? request.id : '';
    const [result, configJson] = await Promise.all([
      request.info === false ? null : info(id),
      request.config === true ? config(id) : null,
    ]);
    return { result, config: configJson };
  }

  return { info, config, answer, inFlight };
}

const TRANSIENT = new Set(['timeout', 'network']);

async function get(fetchImpl: Fetch, url: string): Promise<Response | 'timeout' | 'network'> {
  try {
    return await fetchImpl(url, {
      // The user's Hub session, so gated repos they may see are read as such.
      credentials: 'include',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return isTimeout(error) ? 'timeout' : 'network';
  }
}

const isTimeout = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ['TimeoutError', 'AbortError'].includes((error as { name?: string }).name ?? '');

async function requestInfo(fetchImpl: Fetch, url: string, attempt = 0): Promise<HubResult> {
  const response = await get(fetchImpl, url);
  if (typeof response === 'string') return { ok: false, reason: response };
  if (response.status === 429) {
    const wait = retryAfterSeconds(response.headers);
    void response.body?.cancel().catch(() => {});
    if (attempt === 0 && wait !== null && wait <= MAX_RETRY_WAIT_S) {
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      return requestInfo(fetchImpl, url, attempt + 1);
    }
    return { ok: false, reason: 'rate-limited' };
  }
  if (response.status >= 500 && attempt === 0) {
    void response.body?.cancel().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return requestInfo(fetchImpl, url, attempt + 1);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    return { ok: false, reason: `http-${response.status}` };
  }
  let text: string | null;
  try {
    text = await readCapped(response, MAX_INFO_BYTES);
  } catch (error) {
    return { ok: false, reason: isTimeout(error) ? 'timeout' : 'network' };
  }
  if (text === null) return { ok: false, reason: 'too-large' };
  try {
    const info = readHubInfo(JSON.parse(text));
    return info ? capInfo(info) : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** config.json as plain JSON; null when absent or unreadable (kept), undefined on a transient failure (not kept). */
async function requestConfig(fetchImpl: Fetch, url: string): Promise<Record<string, unknown> | null | undefined> {
  const response = await get(fetchImpl, url);
  if (typeof response === 'string') return undefined;
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    return response.status === 429 || response.status >= 500 ? undefined : null;
  }
  try {
    const text = await readCapped(response, MAX_CONFIG_BYTES);
    if (text === null) return null;
    const json = plainJson(JSON.parse(text), CONFIG_LIMITS);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  } catch (error) {
    return isTimeout(error) ? undefined : null;
  }
}

/** The body as text, or null as soon as it passes `limit` bytes (the rest is never read). */
export async function readCapped(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) {
    const text = await response.text();
    return text.length > limit ? null : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** What is kept of an answer: the reduced info with its lists and strings capped, so a session holds many models. */
/** Chat templates run to tens of kilobytes; longer ones are not kept in the session cache. */
const MAX_TEMPLATE = 100_000;

export function capInfo(info: HubModelInfo): HubResult {
  const short = (value: string | null) => (value !== null && value.length > MAX_STRING ? null : value);
  const list = (values: string[], max = MAX_LIST) => values.filter((value) => value.length <= MAX_STRING).slice(0, max);
  // The files a reader looks for by name stay whatever their position (config.json: the empty-config trap).
  const siblings = list(info.siblings, MAX_SIBLINGS);
  for (const wanted of ['config.json']) {
    if (!siblings.includes(wanted) && info.siblings.includes(wanted)) siblings.push(wanted);
  }
  const capped: HubModelInfo = {
    ...info,
    pipelineTag: short(info.pipelineTag),
    libraryName: short(info.libraryName),
    modelType: short(info.modelType),
    tags: list(info.tags),
    architectures: list(info.architectures, 20),
    cardBaseModels: list(info.cardBaseModels, 20),
    siblings,
    license: short(info.license),
    licenseName: short(info.licenseName),
    licenseLink: short(info.licenseLink),
    // Read only for what it mentions (tools, thinking): a template past the cap is dropped, not cut mid-word.
    chatTemplate: info.chatTemplate !== null && info.chatTemplate.length > MAX_TEMPLATE ? null : info.chatTemplate,
  };
  return { ok: true, info: capped, siblingsCapped: info.siblings.length > MAX_SIBLINGS };
}

/** Seconds to wait from `RateLimit: "api";r=0;t=55` (IETF draft the Hub uses) or `Retry-After: 55`. */
export function retryAfterSeconds(headers: Headers): number | null {
  const rateLimit = headers.get('ratelimit');
  const t = rateLimit ? /(?:^|[;,\s])t=(\d+)/.exec(rateLimit) : null;
  if (t) return Number(t[1]);
  const retryAfter = headers.get('retry-after');
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
  return null;
}

/**
 * storage.session (the browser session; only this extension's pages and background can read it). When it is full,
 * the oldest half of the Hub entries makes room.
 */
function sessionStore(): HubStore {
  const area = browser.storage.session;
  return {
    get: async <T>(key: string) => (await area.get(key))[key] as T | undefined,
    set: async (key, value) => {
      try {
        await area.set({ [key]: value });
      } catch {
        const all = await area.get(null);
        const entries = Object.entries(all)
          .filter(([name]) => name.startsWith('hub:') || name.startsWith('config:'))
          .sort(([, a], [, b]) => ((a as Stored<unknown>)?.at ?? 0) - ((b as Stored<unknown>)?.at ?? 0));
        await area.remove(entries.slice(0, Math.ceil(entries.length / 2)).map(([name]) => name));
        await area.set({ [key]: value });
      }
    },
  };
}
