// The model data huggingface.co embeds in its pages (Svelte islands' data-props): read without any request.
// Pure functions of the attribute's text; untrusted input, so they never throw. What they return is reduced to the
// fields Model Lens reads, as plain JSON within size and depth limits, before it crosses a message boundary: a page
// with a 20,000-level nesting or a 20 MB string in one entry loses that entry's data, never the badges.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bounds on a piece of untrusted JSON; whatever passes one is left out (no badge beats a wrong one). */
export interface JsonLimits {
  /** Nesting below the value itself: deeper objects and arrays are dropped. */
  depth: number;
  /** Longer strings are dropped (not cut: a cut value could read as another one). */
  stringLength: number;
  /** Longer arrays keep their first entries. */
  arrayLength: number;
  /** Objects keep their first keys. */
  keys: number;
  /** Values (and string characters / 64) in all: the rest is dropped. */
  budget: number;
}

/** For one model's data: the Hub's model objects nest five levels (config.quantization_config.config_groups…). */
export const MODEL_LIMITS: JsonLimits = {
  depth: 8,
  stringLength: 65_536,
  arrayLength: 1000,
  keys: 200,
  budget: 40_000,
};

/** An attribute longer than this is not read at all (parsing it alone would hold the page for a long task). */
export const MAX_PROPS_CHARS = 2_000_000;

/**
 * `value` as plain JSON within `limits`: only objects, arrays, strings, finite numbers, booleans and null; anything
 * else, or past a limit, is left out (undefined at the top). Recursion is bounded by `limits.depth`.
 */
export function plainJson(value: unknown, limits: JsonLimits = MODEL_LIMITS): unknown {
  const state = { left: limits.budget };
  try {
    return reduce(value, limits, limits.depth, state);
  } catch {
    return undefined; // a hostile getter or proxy: nothing of it
  }
}

function reduce(value: unknown, limits: JsonLimits, depth: number, state: { left: number }): unknown {
  if (state.left <= 0) return undefined;
  state.left -= 1;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    if (value.length > limits.stringLength) return undefined;
    state.left -= value.length >> 6;
    return value;
  }
  if (typeof value !== 'object' || depth <= 0) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    const length = Math.min(value.length, limits.arrayLength);
    for (let i = 0; i < length && state.left > 0; i++) {
      const entry = reduce(value[i], limits, depth - 1, state);
      if (entry !== undefined) out.push(entry);
    }
    return out;
  }
  const out: Json = {};
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || key === '__proto__') continue;
    if (++keys > limits.keys || state.left <= 0) break;
    const entry = reduce((value as Json)[key], limits, depth - 1, state);
    if (entry !== undefined) out[key] = entry;
  }
  return out;
}

/**
 * The fields of a Hub model object that Model Lens reads (lib/hub/hub-info.ts and the fact sheet): whole subtrees
 * where the readers look inside (config, cardData), within MODEL_LIMITS. A reader of a new field adds it here.
 */
const MODEL_FIELDS = [
  'id',
  'modelId',
  'author',
  'pipeline_tag',
  'library_name',
  'tags',
  'config',
  'cardData',
  'safetensors',
  'gguf',
  'numParameters',
  'siblings',
  'gated',
  'private',
  'disabled',
  'license',
  'downloads',
  'likes',
  'lastModified',
  'createdAt',
  'transformersInfo',
  'usedStorage',
] as const;

/** A model object reduced to MODEL_FIELDS within MODEL_LIMITS; null without a string `id`. */
export function reduceModelData(model: unknown): Json | null {
  if (!isObject(model) || typeof model.id !== 'string' || model.id.length > 200) return null;
  const state = { left: MODEL_LIMITS.budget };
  const out: Json = {};
  for (const field of MODEL_FIELDS) {
    try {
      if (!Object.hasOwn(model, field)) continue;
      const value = reduce(model[field], MODEL_LIMITS, MODEL_LIMITS.depth, state);
      if (value !== undefined) out[field] = value;
    } catch {
      // one unreadable field loses only itself
    }
  }
  return out;
}

function parse(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_PROPS_CHARS) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The model object of a ModelHeader's data-props (`{ model: {...} }`), reduced, or null. */
export function modelFromHeaderProps(text: string | null | undefined): Json | null {
  const props = parse(text);
  if (!isObject(props)) return null;
  return reduceModelData(props.model);
}

/** GGUF file paths a ModelHeader lists (`ggufFilePaths`), when it does (at most MODEL_LIMITS.arrayLength, short). */
export function ggufPathsFromHeaderProps(text: string | null | undefined): string[] {
  const props = parse(text);
  if (!isObject(props)) return [];
  const paths = props.ggufFilePaths ?? (isObject(props.model) ? props.model.ggufFilePaths : undefined);
  return Array.isArray(paths)
    ? paths
        .slice(0, MODEL_LIMITS.arrayLength)
        .filter((path): path is string => typeof path === 'string' && path.length <= 1000)
    : [];
}

/**
 * A listing's models by ID (`initialValues.models[]`; the Hub also sends `models[]` directly on some pages), each
 * reduced on its own: a bad entry loses only itself.
 */
export function modelsFromListProps(text: string | null | undefined): Map<string, Json> {
  const props = parse(text);
  const models = new Map<string, Json>();
  if (!isObject(props)) return models;
  const initial = isObject(props.initialValues) ? props.initialValues : props;
  const list = Array.isArray(initial.models) ? initial.models : [];
  for (const model of list) {
    const reduced = reduceModelData(model);
    if (reduced) models.set((reduced.id as string).toLowerCase(), reduced);
  }
  return models;
}

/**
 * Whether a config (embedded or config.json) has the shapes a memory estimate needs (layers and hidden size, at the
 * top or in `text_config`): when the page's has them, config.json need not be asked for.
 */
export function configHasShapes(config: unknown): boolean {
  if (!isObject(config)) return false;
  const has = (object: Json) => typeof object.num_hidden_layers === 'number' && typeof object.hidden_size === 'number';
  return has(config) || (isObject(config.text_config) && has(config.text_config));
}
