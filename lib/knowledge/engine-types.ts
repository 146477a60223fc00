/** Engines with a support matrix in lib/knowledge/generated/engine-matrix.ts. */
export const ENGINE_IDS = [
  'axolotl',
  'vllm',
  'llamacpp',
  'ollama',
  'tgi',
  'sglang',
  'exllamav2',
  'mlx',
  'transformers',
  'exllamav3',
  'whispercpp',
  'diffusers',
  'tei',
  'sentence-transformers',
] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/** Where an engine's lists were read: repository, commit (or release) and files. */
export interface EngineSource {
  repo: string;
  commit: string | null;
  commitDate: string | null;
  version: string | null;
  paths: readonly string[];
}

export interface EngineData {
  name: string;
  source: EngineSource;
  /** Weight formats the engine loads (training engines: loads for training). */
  formats: readonly string[];
  formatNotes: Readonly<Record<string, string>>;
  /** Formats supported only through a separate plugin or backend. */
  formatsViaPlugin: Readonly<Record<string, string>>;
  /** Formats the engine's docs refuse, with the quote. */
  formatsRefused: Readonly<Record<string, string>>;
  /** config.architectures class names, as the source spells them. */
  architectures: readonly string[];
  multimodalArchitectures: readonly string[];
  poolingArchitectures: readonly string[];
  /** config.model_type values, for engines that dispatch on them (TGI, MLX LM). */
  modelTypes: readonly string[];
  modelTypeRemapping: Readonly<Record<string, string>>;
  /** model_type → the Transformers class for it (derived in the source data, not read from the engine). */
  modelTypeArchitectures: Readonly<Record<string, string>>;
  /** Architectures an engine dropped, with the last version that ran them. */
  previouslySupported: Readonly<Record<string, string>>;
  /** Architectures served by an out-of-tree plugin, with the plugin. */
  outOfTree: Readonly<Record<string, string>>;
  /** Engine-specific lists (Axolotl's sample-packing model types, Transformers' GGUF-loadable archs…). */
  extra: Readonly<Record<string, readonly string[]>>;
  notes: string;
}

export type EngineMatrix = Readonly<Record<EngineId, EngineData>>;
