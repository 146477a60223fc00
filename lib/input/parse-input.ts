import type { ClassifyErrorCode } from '../facts/schema';
import { getModelIdFromUrl, getPageType, isNamespace, isRepoName, toUrl } from '../page/detect';

/** A model reference reduced from whatever the user gave: an ID, a bare name, a file name or a huggingface.co URL. */
export interface ModelRef {
  /** The ID (`org/name`), or the bare name / file name as given. */
  id: string;
  org: string | null;
  name: string;
  /** A file in the repo (`…-Q4_K_M.gguf`) from a /blob/ or /resolve/ URL, or a file name given on its own. */
  file: string | null;
  /** A quant tag as Ollama and llama.cpp write it: `hf.co/org/name:Q4_K_M`. */
  tag: string | null;
}

export type ParseResult = { ok: true; ref: ModelRef } | { ok: false; error: string; code: ClassifyErrorCode };

/** Hub repo names are at most 96 characters a side; file names rarely pass 200. */
const MAX_NAME_LENGTH = 256;
const MAX_INPUT_LENGTH = 4096;
const FILE_EXTENSION = /\.(gguf|ggml|bin|safetensors|onnx|pt|pth|ckpt|mlmodel|tflite|nemo|h5|msgpack|npz)$/i;
// Letters, digits and the separators people write names with; anything else is not a model reference.
const NAME_CHARS = /^[A-Za-z0-9._\-/ :+()]+$/;
const UNICODE_DASHES = /[\u2010-\u2015\u2212]/g;

export function parseModelInput(raw: string): ParseResult {
  return checked(parseAny(raw));
}

function parseAny(raw: string): ParseResult {
  const simple = simpleId(raw);
  if (simple) return simple;
  let text = raw.trim().replace(UNICODE_DASHES, '-');
  if (text === '') return { ok: false, error: 'empty input', code: 'empty' };
  if (text.length > MAX_INPUT_LENGTH)
    return { ok: false, error: 'too long to be a model ID, name or URL', code: 'too-long' };
  // `hf:org/name:Q4_K_M`, as other tools write a GGUF repo and level: the same as `org/name:Q4_K_M`.
  if (/^hf:(?!\/)/i.test(text)) text = text.slice(3);
  if (looksLikeUrl(text)) return parseUrl(text);
  return parseNameLike(text);
}

export const INVALID_ID = 'not a valid model ID';
/** A quant tag as Ollama and llama.cpp write it after the colon. */
const TAG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Every reference leaves here with an org and name the Hub could have (the rule page detection uses): `.`, `..`,
 * reserved first segments and anything else are refused, so an ID is always safe to put in a Hub URL.
 */
function checked(result: ParseResult): ParseResult {
  if (!result.ok) return result;
  const { org, name, id, tag } = result.ref;
  if (tag !== null && !TAG.test(tag)) return { ok: false, error: INVALID_ID, code: 'invalid-id' };
  if (org === null) return /^\.+$/.test(name) ? { ok: false, error: INVALID_ID, code: 'invalid-id' } : result;
  const slash = id.indexOf('/');
  const idOrg = id.slice(0, slash);
  const idName = id.slice(slash + 1);
  if (slash < 0 || idOrg !== org || !isNamespace(org) || !isRepoName(idName))
    return { ok: false, error: INVALID_ID, code: 'invalid-id' };
  return result;
}

// What each ASCII character is to the fast path: part of a word, a dot, a dash or underscore; 0 for anything else.
const WORD = 1;
const DOT = 2;
const JOINER = 3;
const SIMPLE_CHAR: Uint8Array = buildSimpleChars();

function buildSimpleChars(): Uint8Array {
  const classes = new Uint8Array(128);
  for (let code = 48; code <= 57; code++) classes[code] = WORD;
  for (let code = 65; code <= 90; code++) classes[code] = WORD;
  for (let code = 97; code <= 122; code++) classes[code] = WORD;
  classes[46] = DOT;
  classes[45] = JOINER;
  classes[95] = JOINER;
  return classes;
}

/** Fast path for the common case, `org/name` or `name` in plain ASCII name characters, with no file extension. */
function simpleId(raw: string): ParseResult | null {
  const length = raw.length;
  if (length === 0 || length > MAX_NAME_LENGTH) return null;
  let slash = -1;
  // Whether the text after the last `.` is letters and digits only: the one shape a file extension can have.
  let extensionShaped = false;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    const kind = code < 128 ? SIMPLE_CHAR[code]! : 0;
    if (kind === WORD) continue;
    if (kind === DOT) {
      extensionShaped = true;
      continue;
    }
    extensionShaped = false;
    if (kind === JOINER) continue;
    if (code === 47 && slash < 0 && i > 0 && i < length - 1) {
      slash = i;
      continue;
    }
    return null;
  }
  if (extensionShaped && FILE_EXTENSION.test(raw)) return null;
  if (slash < 0) return { ok: true, ref: { id: raw, org: null, name: raw, file: null, tag: null } };
  return { ok: true, ref: { id: raw, org: raw.slice(0, slash), name: raw.slice(slash + 1), file: null, tag: null } };
}

function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:www\.)?(?:huggingface|hf)\.co\//i.test(text);
}

function parseUrl(text: string): ParseResult {
  // `hf.co/org/name:Q4_K_M` (Ollama, llama-server -hf): the tag is not part of the path.
  const tagMatch =
    /^((?:https?:\/\/)?(?:www\.)?(?:huggingface|hf)\.co\/[^/?#\s]+\/[^/?#:\s]+):([A-Za-z0-9_.-]+)$/i.exec(text);
  const url = toUrl(tagMatch ? tagMatch[1]! : text);
  if (url.href === 'about:blank') return { ok: false, error: 'not a valid URL', code: 'invalid-url' };
  const type = getPageType(url);
  const id = getModelIdFromUrl(url);
  if (!id) {
    const onHub = type !== 'other' || /(?:^|\.)(?:huggingface|hf)\.co$/i.test(url.hostname);
    return onHub
      ? { ok: false, error: `not a model page (${type})`, code: 'not-model-page' }
      : { ok: false, error: 'not a huggingface.co URL', code: 'not-hub-url' };
  }
  const [org, name] = id.split('/') as [string, string];
  const segments = url.pathname.split('/').filter(Boolean);
  let file: string | null = null;
  if ((type === 'model-blob' || type === 'model-resolve') && segments.length > 4) {
    file = safeDecode(segments[segments.length - 1]!);
  }
  return { ok: true, ref: { id, org, name, file, tag: tagMatch ? tagMatch[2]! : null } };
}

function parseNameLike(text: string): ParseResult {
  if (text.length > MAX_NAME_LENGTH) return { ok: false, error: 'too long to be a model ID or name', code: 'too-long' };
  if (!NAME_CHARS.test(text))
    return { ok: false, error: 'not a model ID, name or huggingface.co URL', code: 'not-a-model' };
  let body = text;
  let tag: string | null = null;
  const colon = body.lastIndexOf(':');
  if (colon > 0 && body.indexOf('/') > 0 && colon > body.indexOf('/')) {
    tag = body.slice(colon + 1);
    body = body.slice(0, colon);
  }
  const parts = body.split('/').filter(Boolean);
  if (parts.length === 0)
    return { ok: false, error: 'not a model ID, name or huggingface.co URL', code: 'not-a-model' };
  if (parts.length === 3 && FILE_EXTENSION.test(parts[2]!)) {
    // `org/name/file.gguf`: a file in a repo, as download tools write it.
    const [org, name, file] = parts as [string, string, string];
    return { ok: true, ref: { id: `${org}/${name}`, org, name, file, tag } };
  }
  if (parts.length > 2) {
    // `org/name/blob/main/file.gguf` without the host: read it as a path on the Hub.
    return parseUrl(`https://huggingface.co/${parts.join('/')}`);
  }
  if (parts.length === 2) {
    const [org, name] = parts as [string, string];
    if (FILE_EXTENSION.test(name)) return { ok: true, ref: { id: `${org}/${name}`, org, name, file: name, tag } };
    return { ok: true, ref: { id: `${org}/${name}`, org, name, file: null, tag } };
  }
  const only = parts[0]!;
  const file = FILE_EXTENSION.test(only) ? only : null;
  return { ok: true, ref: { id: text, org: null, name: only, file, tag } };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
