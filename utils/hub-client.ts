import { browser } from 'wxt/browser';
import type { Translator } from '../lib/i18n/translator';
import { hubDataGap, readHubInfo, type HubModelInfo } from '../lib/hub/hub-info';
import type { HubState } from '../components/BadgeRow';

// One /api/models/{id} request per model at most, cached for the browser session (storage.session where content
// scripts may use it, else for this tab's lifetime). Failures are reported calmly with their reason, and also
// cached, so a broken or rate-limited Hub is not asked again and again.

export type HubResult = { ok: true; info: HubModelInfo } | { ok: false; reason: string };

const memory = new Map<string, Promise<HubResult>>();
const TIMEOUT_MS = 8000;
/** A 429 is retried once, only when the Hub asks for a short wait. */
const MAX_RETRY_WAIT_S = 5;

/**
 * Hub model info for an ID. `origin` is '' on huggingface.co (a same-origin request from the content script) and
 * 'https://huggingface.co' from extension pages (the popup), which the host permission lets through.
 */
export function fetchHubInfo(id: string, signal: AbortSignal, origin = ''): Promise<HubResult> {
  const key = id.toLowerCase();
  let pending = memory.get(key);
  if (!pending) {
    pending = fromSession(key).then((stored) => stored ?? request(id, origin).then((result) => (toSession(key, result), result)));
    memory.set(key, pending);
  }
  return abortable(pending, signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

async function request(id: string, origin: string, attempt = 0): Promise<HubResult> {
  let response: Response;
  try {
    response = await fetch(`${origin}/api/models/${id.split('/').map(encodeURIComponent).join('/')}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, reason: timedOut ? 'timeout' : 'network' };
  }
  if (response.status === 429) {
    const wait = retryAfterSeconds(response.headers);
    if (attempt === 0 && wait !== null && wait <= MAX_RETRY_WAIT_S) {
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      return request(id, origin, attempt + 1);
    }
    return { ok: false, reason: 'rate-limited' };
  }
  if (response.status >= 500 && attempt === 0) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return request(id, origin, attempt + 1);
  }
  if (!response.ok) return { ok: false, reason: `http-${response.status}` };
  try {
    // Kept in the reduced form classify reads: a GGUF repo's full answer lists hundreds of files' metadata.
    const info = readHubInfo(await response.json());
    return info ? { ok: true, info } : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
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

const SESSION_PREFIX = 'hub:';

async function fromSession(key: string): Promise<HubResult | null> {
  try {
    const stored = await browser.storage.session.get(SESSION_PREFIX + key);
    const value = stored[SESSION_PREFIX + key] as HubResult | undefined;
    return value && typeof value === 'object' && 'ok' in value ? value : null;
  } catch {
    return null; // storage.session not available to content scripts here: the in-memory cache still holds
  }
}

function toSession(key: string, result: HubResult): void {
  // Transient failures are not worth keeping beyond this page's life.
  if (!result.ok && (result.reason === 'timeout' || result.reason === 'network')) return;
  try {
    browser.storage.session.set({ [SESSION_PREFIX + key]: result }).catch(() => {});
  } catch {
    // Firefox gives content scripts no storage.session: the in-memory cache still holds for this tab
  }
}

/** The reason Hub data is missing, in the reader's words: `http-401` → "not found, private or gated (401)". */
export function hubReasonText(i18n: Translator, reason: string): string {
  const http = /^http-(\d{3})$/.exec(reason);
  if (!http) return i18n.t(`hub_reason_${reason.replace(/-/g, '_')}`);
  const code = http[1]!;
  return ['401', '403', '404'].includes(code) ? i18n.t(`hub_reason_http_${code}`) : i18n.t('hub_reason_http', [code]);
}

/** What a badge row says about the Hub's answer: used, unavailable with its reason, or used but incomplete. */
export function hubStateOf(result: HubResult, i18n: Translator): HubState {
  if (!result.ok) return { kind: 'unavailable', reason: hubReasonText(i18n, result.reason) };
  const gap = hubDataGap(result.info);
  return gap ? { kind: 'unavailable', reason: hubReasonText(i18n, gap) } : { kind: 'hub' };
}
