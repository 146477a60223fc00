// The classify command's memory flags: the user's hardware, context and KV cache type, as MemoryOptions.
import { KV_CACHE_TYPES, type KvCacheType, type MemoryOptions } from '../lib/facts/memory';

export const MEMORY_USAGE = `  --vram GB        GPU memory of one GPU (fit verdicts need it)
  --ram GB         system RAM for CPU offload (default 0: no offload)
  --gpus N         number of GPUs (default 1)
  --unified        Apple silicon: --vram is the unified memory the GPU may use, no offload beyond it
  --context N      context length in tokens (default 8192, capped at the model's maximum)
  --kv-type T      KV cache type: f16 (default), q8_0 or q4_0`;

const VALUE_FLAGS = ['--vram', '--ram', '--gpus', '--context', '--kv-type'] as const;

/** Reads the memory flags out of argv; returns the options and the other arguments, or an error to print. */
export function readMemoryFlags(
  argv: readonly string[],
): { options: MemoryOptions; rest: string[] } | { error: string } {
  const values: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
  const rest: string[] = [];
  let unified = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { error: `${flag} needs a value` };
      values[flag as (typeof VALUE_FLAGS)[number]] = value;
    } else if (arg === '--unified') unified = true;
    else rest.push(arg);
  }
  const number = (flag: (typeof VALUE_FLAGS)[number], min: number, max: number): number | null | string => {
    const text = values[flag];
    if (text === undefined) return null;
    const value = Number(text);
    return Number.isFinite(value) && value >= min && value <= max
      ? value
      : `${flag} must be a number from ${min} to ${max}, not "${text}"`;
  };
  const vram = number('--vram', 0.1, 100000);
  const ram = number('--ram', 0, 1000000);
  const gpus = number('--gpus', 1, 1024);
  const context = number('--context', 1, 10_485_760);
  for (const value of [vram, ram, gpus, context]) if (typeof value === 'string') return { error: value };
  const kvType = values['--kv-type'];
  if (kvType !== undefined && !KV_CACHE_TYPES.includes(kvType as KvCacheType))
    return { error: `--kv-type must be one of ${KV_CACHE_TYPES.join(', ')}, not "${kvType}"` };
  if (vram === null && (ram !== null || gpus !== null || unified))
    return { error: '--ram, --gpus and --unified describe a GPU: give --vram too' };
  const options: MemoryOptions = {
    hardware:
      typeof vram === 'number'
        ? {
            gpuBytes: vram * 1e9,
            gpus: typeof gpus === 'number' ? Math.floor(gpus) : 1,
            ramBytes: typeof ram === 'number' ? ram * 1e9 : 0,
            unified,
          }
        : null,
  };
  if (typeof context === 'number') options.contextTokens = Math.round(context);
  if (kvType !== undefined) options.kvType = kvType as KvCacheType;
  return { options, rest };
}
