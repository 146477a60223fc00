import { KV_CACHE_TYPES, type KvCacheType } from '../facts/memory';

// What users can choose on the options page. Plain data (stored by the extension shells with @wxt-dev/storage);
// `readSettings` turns anything read back (old versions, hand-edited, corrupt) into valid settings.

export const LANGUAGES = ['auto', 'en', 'my'] as const;
export type LanguageChoice = (typeof LANGUAGES)[number];

export interface Settings {
  /** Badge row and fact sheet on model pages. */
  modelPages: boolean;
  /** Compact badge groups on listings, organisation pages and collections. */
  listings: boolean;
  /** Quant level badges in GGUF repos' Files tab. */
  files: boolean;
  /** Ask the Hub (embedded page data, one /api/models request when needed); off: names only. */
  hubData: boolean;
  language: LanguageChoice;
  /** Compact: category, size, quantization, Axolotl and serving only. */
  compact: boolean;
  /** The user's GPU(s) and RAM; null until they set them (nothing nags without it). */
  hardware: HardwareSettings | null;
  /** The context length memory figures are for, in tokens (capped at each model's maximum). */
  contextTokens: number;
  /** The KV cache's element type the memory figures assume. */
  kvType: KvCacheType;
  /** Dim listing cards whose model does not fit the hardware. */
  dimUnfit: boolean;
  /**
   * The filter bar on model lists (kind, fits my GPU, Axolotl, commercial use, GGUF); off by default. The bar's own
   * choices are remembered per browser (storage.local), not here: changing them must not re-run every feature.
   */
  listingFilters: boolean;
  /** Serving engines (registry ids) not shown as chips; empty: every engine that runs the model's kind. */
  hiddenEngines: string[];
}

/** The hardware profile as the options page stores it (sizes in GB, as GPUs are sold). */
export interface HardwareSettings {
  /** The preset chosen (lib/knowledge hardware presets' id), or null for custom numbers. */
  preset: string | null;
  gpuMemoryGB: number;
  gpuCount: number;
  systemRamGB: number;
  /** Apple silicon's unified memory. */
  unified: boolean;
}

export const DEFAULT_CONTEXT_TOKENS = 8192;
/** Bounds the options page and readSettings accept. */
export const CONTEXT_LIMITS = { min: 256, max: 10_485_760 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  modelPages: true,
  listings: true,
  files: true,
  hubData: true,
  language: 'auto',
  compact: false,
  hardware: null,
  contextTokens: DEFAULT_CONTEXT_TOKENS,
  kvType: 'f16',
  dimUnfit: false,
  listingFilters: false,
  hiddenEngines: [],
});

export function readSettings(value: unknown): Settings {
  const input = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (key: keyof Settings) =>
    typeof input[key] === 'boolean' ? (input[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  return {
    modelPages: flag('modelPages'),
    listings: flag('listings'),
    files: flag('files'),
    hubData: flag('hubData'),
    language: LANGUAGES.includes(input.language as LanguageChoice)
      ? (input.language as LanguageChoice)
      : DEFAULT_SETTINGS.language,
    compact: flag('compact'),
    hardware: readHardware(input.hardware),
    contextTokens: wholeIn(input.contextTokens, CONTEXT_LIMITS.min, CONTEXT_LIMITS.max) ?? DEFAULT_CONTEXT_TOKENS,
    kvType: KV_CACHE_TYPES.includes(input.kvType as KvCacheType)
      ? (input.kvType as KvCacheType)
      : DEFAULT_SETTINGS.kvType,
    dimUnfit: flag('dimUnfit'),
    listingFilters: flag('listingFilters'),
    hiddenEngines: Array.isArray(input.hiddenEngines)
      ? input.hiddenEngines.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

/** A whole number within [min, max], else null. */
function wholeIn(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** A number within [min, max] (GB may have decimals: 0.5 GB of RAM is not a thing, 7.5 GB of VRAM is), else null. */
function numberIn(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

function readHardware(value: unknown): HardwareSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const input = value as Record<string, unknown>;
  const gpuMemoryGB = numberIn(input.gpuMemoryGB, 0.5, 2048);
  const gpuCount = wholeIn(input.gpuCount, 1, 64);
  if (gpuMemoryGB === null || gpuCount === null) return null;
  return {
    preset: typeof input.preset === 'string' && input.preset.length <= 64 ? input.preset : null,
    gpuMemoryGB,
    gpuCount,
    systemRamGB: numberIn(input.systemRamGB, 0, 65536) ?? 0,
    unified: input.unified === true,
  };
}
