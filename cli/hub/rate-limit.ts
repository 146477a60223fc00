// How long the Hub asks us to wait after a 429. The Hub sends the IETF draft's `RateLimit: "api";r=0;t=55` (t: seconds
// until the window resets) — huggingface/hub-docs docs/hub/rate-limits.md @221d4b2 — and proxies may send the
// standard `Retry-After` (seconds or an HTTP date).

export interface HeaderSource {
  get(name: string): string | null;
}

/** Milliseconds to wait, or null when the response does not say. */
export function retryWaitMs(headers: HeaderSource, now: number = Date.now()): number | null {
  const rateLimit = headers.get('ratelimit');
  const t = rateLimit ? /(?:^|[;,\s])t=(\d+(?:\.\d+)?)/.exec(rateLimit) : null;
  if (t) return Math.round(Number(t[1]) * 1000);
  const retryAfter = headers.get('retry-after')?.trim();
  if (!retryAfter) return null;
  if (/^\d+(?:\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
