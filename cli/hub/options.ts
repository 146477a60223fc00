import { HubClient, DEFAULT_ENDPOINT } from './client';
import { DiskCache, defaultCacheDir } from './disk-cache';

// The --hub flags of `classify`, kept apart from the other flags so each feature's options live in one place.

export const HUB_USAGE = `  --hub              fetch each model's info from the Hub (/api/models/{id}) and use it
  --config           with --hub, also fetch the repo's config.json
  --no-cache         with --hub, neither read nor write the on-disk cache
  --cache-ttl=HOURS  with --hub, how long cached answers stay fresh (default 24)
  --concurrency=N    with --hub, requests in flight at most (default 4)
  --timeout=SECONDS  with --hub, per request (default 20)
  --retries=N        with --hub, retries after a 429 or 5xx answer (default 3)
  Environment: HF_TOKEN (gated and private repos), HF_ENDPOINT (default ${DEFAULT_ENDPOINT}),
  XDG_CACHE_HOME (cache under model-lens/hub; default ~/.cache).`;

export interface HubFlags {
  hub: boolean;
  config: boolean;
  cache: boolean;
  cacheTtlHours: number;
  concurrency: number;
  timeoutSeconds: number;
  retries: number;
}

export type HubFlagsResult = { ok: true; flags: HubFlags; rest: string[] } | { ok: false; error: string };

const NUMBER_FLAGS = {
  '--cache-ttl': 'cacheTtlHours',
  '--concurrency': 'concurrency',
  '--timeout': 'timeoutSeconds',
  '--retries': 'retries',
} as const;
const WHOLE: ReadonlySet<string> = new Set(['concurrency', 'retries']);

/** Takes the --hub family of flags out of argv; the rest goes to the other parsers. */
export function takeHubFlags(argv: readonly string[]): HubFlagsResult {
  const flags: HubFlags = {
    hub: false,
    config: false,
    cache: true,
    cacheTtlHours: 24,
    concurrency: 4,
    timeoutSeconds: 20,
    retries: 3,
  };
  const rest: string[] = [];
  for (const arg of argv) {
    if (arg === '--hub') flags.hub = true;
    else if (arg === '--config') flags.config = true;
    else if (arg === '--no-cache') flags.cache = false;
    else {
      const match = /^(--[a-z-]+)=(.*)$/.exec(arg);
      const key =
        match && Object.hasOwn(NUMBER_FLAGS, match[1]!) ? NUMBER_FLAGS[match[1] as keyof typeof NUMBER_FLAGS] : null;
      if (!key) {
        rest.push(arg);
        continue;
      }
      const value = Number(match![2]);
      const whole = WHOLE.has(key);
      const least = key === 'retries' ? 0 : Number.MIN_VALUE;
      if (
        match![2] === '' ||
        !Number.isFinite(value) ||
        value < least ||
        (whole && !Number.isInteger(value)) ||
        (whole && value > 64)
      ) {
        return {
          ok: false,
          error: `${match![1]} needs a ${key === 'retries' ? 'whole number' : 'positive number'}${whole ? ` (${key === 'retries' ? 0 : 1}–64)` : ''}, got "${match![2]}"`,
        };
      }
      flags[key] = value;
    }
  }
  if (flags.config && !flags.hub) return { ok: false, error: '--config needs --hub' };
  return { ok: true, flags, rest };
}

/** The client the flags and the environment describe. */
export function hubClientFrom(flags: HubFlags, env: NodeJS.ProcessEnv = process.env): HubClient {
  const token = env.HF_TOKEN?.trim() || env.HUGGING_FACE_HUB_TOKEN?.trim() || null;
  return new HubClient({
    endpoint: env.HF_ENDPOINT?.trim() || DEFAULT_ENDPOINT,
    token,
    concurrency: flags.concurrency,
    timeoutMs: flags.timeoutSeconds * 1000,
    retries: flags.retries,
    maxWaitMs: 5 * 60 * 1000,
    backoffMs: 500,
    cache: flags.cache ? new DiskCache(defaultCacheDir(env), flags.cacheTtlHours * 3600 * 1000) : null,
  });
}
