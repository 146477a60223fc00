// The model data huggingface.co embeds in its pages (Svelte islands' data-props): read without any request.
// Pure functions of the attribute's text; untrusted input, so they never throw.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The model object of a ModelHeader's data-props (`{ model: {...} }`), or null. */
export function modelFromHeaderProps(text: string | null | undefined): Json | null {
  const props = parse(text);
  if (!isObject(props) || !isObject(props.model)) return null;
  return typeof props.model.id === 'string' ? props.model : null;
}

/** GGUF file paths a ModelHeader lists (`ggufFilePaths`), when it does. */
export function ggufPathsFromHeaderProps(text: string | null | undefined): string[] {
  const props = parse(text);
  if (!isObject(props)) return [];
  const paths = props.ggufFilePaths ?? (isObject(props.model) ? props.model.ggufFilePaths : undefined);
  return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [];
}

/** A listing's models by ID (`initialValues.models[]`; the Hub also sends `models[]` directly on some pages). */
export function modelsFromListProps(text: string | null | undefined): Map<string, Json> {
  const props = parse(text);
  const models = new Map<string, Json>();
  if (!isObject(props)) return models;
  const initial = isObject(props.initialValues) ? props.initialValues : props;
  const list = Array.isArray(initial.models) ? initial.models : [];
  for (const model of list) {
    if (isObject(model) && typeof model.id === 'string') models.set(model.id.toLowerCase(), model);
  }
  return models;
}
