import type { DiskCache } from './disk-cache';
import { retryWaitMs } from './rate-limit';

// The command line's Hub client: /api/models/{id} (and config.json when asked), a limit on requests in flight, the
// user's HF_TOKEN for gated and private repos, retries on 429 (waiting as long as the Hub says) and on 5xx, a timeout,
// and the on-disk cache. Failures come back as a reason in the words the extension uses (`rate-limited`, `http-401`,
// `timeout`, `network`, `malformed`), never as an exception.

export interface HubClientOptions {
  /** Base URL: HF_ENDPOINT as huggingface_hub reads it, else https://huggingface.co. */
  endpoint: string;
  token: string | null;
  concurrency: number;
  timeoutMs: number;
  /** Attempts after the first one, for 429 and 5xx answers. */
  retries: number;
  /** The longest wait a 429 may ask for before we give up on that model. */
  maxWaitMs: number;
  /** Wait before retrying a 5xx (doubled each time). */
  backoffMs: number;
  cache: DiskCache | null;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type FetchResult = { ok: true; body: unknown; cached: boolean } | { ok: false; reason: string };

export interface ModelData {
  /** The JSON of /api/models/{id}, with config.json's fields merged in when it was fetched. */
  info: unknown;
  /** config.json, when asked for and found. */
  config: unknown | null;
  cached: boolean;
}

export type ModelResult = { ok: true; data: ModelData } | { ok: false; reason: string };

export const DEFAULT_ENDPOINT = 'https://huggingface.co';

export class HubClient {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests that went to the network (not the cache), for the summary and tests. */
  requests = 0;

  constructor(private readonly options: HubClientOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Model info, and config.json when `withConfig` (a missing config.json is not an error: GGUF repos have none). */
  async model(id: string, withConfig = false): Promise<ModelResult> {
    const path = id.split('/').map(encodeURIComponent).join('/');
    const info = await this.getJson(`/api/models/${path}`);
    if (!info.ok) return info;
    let config: unknown | null = null;
    let cached = info.cached;
    if (withConfig) {
      const answer = await this.getJson(`/${path}/resolve/main/config.json`);
      if (answer.ok) {
        config = answer.body;
        cached &&= answer.cached;
      }
    }
    return { ok: true, data: { info: config ? withConfigJson(info.body, config) : info.body, config, cached } };
  }

  /** GET a JSON document, from the cache when fresh. */
  async getJson(path: string): Promise<FetchResult> {
    const url = `${this.options.endpoint.replace(/\/+$/, '')}${path}`;
    const cached = this.options.cache ? await this.options.cache.get(url) : null;
    if (cached !== null) return { ok: true, body: cached, cached: true };
    const result = await this.limited(() => this.request(url));
    if (result.ok && this.options.cache) await this.options.cache.set(url, result.body);
    return result;
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private async request(url: string): Promise<FetchResult> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'model-lens-classify' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      this.requests++;
      try {
        response = await this.fetchImpl(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs) });
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
      }
      const retriesLeft = attempt < this.options.retries;
      if (response.status === 429) {
        const wait = retryWaitMs(response.headers) ?? this.options.backoffMs * 2 ** attempt;
        await response.body?.cancel();
        if (!retriesLeft || wait > this.options.maxWaitMs) return { ok: false, reason: 'rate-limited' };
        await this.sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        await response.body?.cancel();
        if (!retriesLeft) return { ok: false, reason: `http-${response.status}` };
        await this.sleep(this.options.backoffMs * 2 ** attempt);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, reason: `http-${response.status}` };
      }
      try {
        return { ok: true, body: await response.json(), cached: false };
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'malformed' };
      }
    }
  }
}

/**
 * The API's `config` is sometimes `{}` although the repo has a config.json (DESIGN.md, Hub traps): config.json's own
 * architectures and model_type fill the gap; fields the API sent win.
 */
function withConfigJson(info: unknown, config: unknown): unknown {
  if (typeof info !== 'object' || info === null || typeof config !== 'object' || config === null) return info;
  const api = (info as { config?: unknown }).config;
  const merged = { ...(config as Record<string, unknown>), ...(typeof api === 'object' && api !== null ? api : {}) };
  return { ...info, config: merged };
}
