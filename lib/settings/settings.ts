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
  /** Serving engines (registry ids) not shown as chips; empty: every engine that runs the model's kind. */
  hiddenEngines: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  modelPages: true, listings: true, files: true, hubData: true, language: 'auto', compact: false, hiddenEngines: [],
});

export function readSettings(value: unknown): Settings {
  const input = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (key: keyof Settings) => (typeof input[key] === 'boolean' ? (input[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean));
  return {
    modelPages: flag('modelPages'),
    listings: flag('listings'),
    files: flag('files'),
    hubData: flag('hubData'),
    language: LANGUAGES.includes(input.language as LanguageChoice) ? (input.language as LanguageChoice) : DEFAULT_SETTINGS.language,
    compact: flag('compact'),
    hiddenEngines: Array.isArray(input.hiddenEngines) ? input.hiddenEngines.filter((id): id is string => typeof id === 'string') : [],
  };
}
