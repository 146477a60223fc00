import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Hub answers kept on disk between runs, so a list of IDs classified again costs no requests. One JSON file per URL
// (named by its hash), with the time it was fetched; entries older than the TTL are fetched again.

export interface CacheEntry {
  fetchedAt: number;
  body: unknown;
}

/** `$XDG_CACHE_HOME/model-lens/hub`, else `~/.cache/model-lens/hub`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.trim() !== '' ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'model-lens', 'hub');
}

export class DiskCache {
  constructor(
    private readonly dir: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private file(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  /** The cached body when fresh; null when absent, stale or unreadable (a broken file is just a miss). */
  async get(key: string): Promise<unknown | null> {
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as CacheEntry & { key?: string };
      if (entry.key !== key || typeof entry.fetchedAt !== 'number') return null;
      return this.now() - entry.fetchedAt <= this.ttlMs ? entry.body : null;
    } catch {
      return null;
    }
  }

  async set(key: string, body: unknown): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const file = this.file(key);
      // Written aside and renamed, so a concurrent reader never sees half a file.
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, JSON.stringify({ key, fetchedAt: this.now(), body }));
      await rename(temporary, file);
    } catch {
      // A cache that cannot be written only costs requests next time.
    }
  }
}
