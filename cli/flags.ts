import type { UiLanguage } from '../lib/i18n/languages';
import type { MemoryOptions } from '../lib/facts/memory';
import { takeHubFlags, type HubFlags } from './hub/options';
import { takeLang } from './lang';
import { readMemoryFlags } from './memory-flags';

// All of classify's flags: each feature reads its own (hub/options.ts, lang.ts, memory-flags.ts) and passes the rest on.

export interface Flags {
  json: boolean;
  lang: UiLanguage;
  hub: HubFlags;
  memory: MemoryOptions;
  /** The inputs given as arguments (none: read standard input). */
  inputs: string[];
}

export function readFlags(argv: readonly string[]): Flags | { error: string } {
  const language = takeLang(argv);
  if ('error' in language) return language;
  const hub = takeHubFlags(language.rest);
  if (!hub.ok) return { error: hub.error };
  const memory = readMemoryFlags(hub.rest);
  if ('error' in memory) return memory;
  return {
    json: memory.rest.includes('--json'),
    lang: language.lang,
    hub: hub.flags,
    memory: memory.options,
    inputs: memory.rest.filter((arg) => arg !== '--json'),
  };
}
