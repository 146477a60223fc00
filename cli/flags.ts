import type { UiLanguage } from '../lib/i18n/languages';
import type { MemoryOptions } from '../lib/facts/memory';
import { takeHubFlags, type HubFlags } from './hub/options';
import { takeLang } from './lang';
import { readMemoryFlags } from './memory-flags';

// All of classify's flags: each feature reads its own (hub/options.ts, lang.ts, memory-flags.ts) and passes the rest on.

export const BATCH_USAGE = `  --json   print JSON records: a legend first, then one record per non-empty input (facts, or
           {"input", "error", "code"}), with each set of verdicts written once (docs/DEVELOPING.md, "Batch output")
  --full   with --json, the complete facts on every line (English texts, commands), one line per input
  --jobs N with --json, classify in N worker threads (big inputs on several cores); the output is the same`;

export interface Flags {
  json: boolean;
  /** --full: complete facts per line instead of the batch shape. */
  full: boolean;
  /** Worker threads for --json (1: none). */
  jobs: number;
  lang: UiLanguage;
  hub: HubFlags;
  memory: MemoryOptions;
  /** The inputs given as arguments (none: read standard input). */
  inputs: string[];
}

const MAX_JOBS = 64;

export function readFlags(argv: readonly string[]): Flags | { error: string } {
  const language = takeLang(argv);
  if ('error' in language) return language;
  const hub = takeHubFlags(language.rest);
  if (!hub.ok) return { error: hub.error };
  const memory = readMemoryFlags(hub.rest);
  if ('error' in memory) return memory;
  let jobs = 1;
  const inputs: string[] = [];
  const rest = memory.rest;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const text = arg === '--jobs' ? rest[++i] : arg.slice('--jobs='.length);
      const value = Number(text);
      if (!Number.isInteger(value) || value < 1 || value > MAX_JOBS)
        return { error: `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${text ?? ''}"` };
      jobs = value;
    } else if (arg !== '--json' && arg !== '--full') inputs.push(arg);
  }
  const json = rest.includes('--json');
  const full = rest.includes('--full');
  if ((full || jobs > 1) && !json) return { error: '--full and --jobs go with --json' };
  if (jobs > 1 && hub.flags.hub) return { error: '--jobs does not go with --hub (the Hub limits requests, not cores)' };
  return { json, full, jobs, lang: language.lang, hub: hub.flags, memory: memory.options, inputs };
}
