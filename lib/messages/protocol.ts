import type { Catalog } from '../i18n/format';
import type { UiLanguage } from '../i18n/languages';
import type { BadgeSpec } from '../present/badges';
import type { CardTraits } from '../present/listing-filter';
import type { LanguageChoice, Settings } from '../settings/settings';
import type { MemoryFacts, RepoFile } from '../facts/memory';
import type { ClassifyError, Facts, PageFacts } from '../facts/schema';
import type { HubModelInfo } from '../hub/hub-info';

// What the extension's pages and content script ask the background for, and what they get back. The knowledge
// (suffix rules, families, engine matrices, class tables, catalogs) is parsed once per browser, in the background,
// instead of once per huggingface.co tab; the views stay small (see README, Performance).

/** One model to classify: an ID, name, file name or URL, with the Hub's model info when the caller has it. */
export interface ClassifyItem {
  input: string;
  hub?: unknown;
  /** The repo's config.json (parsed, untrusted), for memory figures from its shapes. */
  config?: unknown;
  /** Files of the repo with their sizes, when the page shows them (file tree, Files tab). */
  files?: readonly RepoFile[];
  /** What the model page itself shows beyond the Hub's model data (the model tree's count of quantizations). */
  page?: PageFacts;
}

/** Memory and fit of each file of a repo's Files tab (GGUF quantizations), for the model the tab belongs to. */
export interface FileFitsRequest {
  type: 'fileFits';
  id: string;
  hub?: unknown;
  config?: unknown;
  files: readonly RepoFile[];
}

/** One file's answer: its memory figures at the user's context, with the fit verdict when a profile is set. */
export interface FileFit {
  path: string;
  memory: MemoryFacts;
}

/**
 * A model's Hub data, fetched by the background: at most one request per model and kind per browser session, shared
 * by every tab (requests in flight are joined), kept reduced in storage.session. `info` (default true) asks for the
 * model-info API answer, `config` for the repo's config.json.
 */
export interface HubRequest {
  type: 'hub';
  id: string;
  info?: boolean;
  config?: boolean;
}

/** The reduced model info classify reads, or why there is none (a hub_reason_* word such as `http-404`, `too-large`). */
export type HubResult =
  | {
      ok: true;
      info: HubModelInfo /** The file list was cut to its first entries (a repo of very many files). */;
      siblingsCapped: boolean;
    }
  | { ok: false; reason: string };

export interface HubReply {
  /** Absent when only the config was asked for. */
  result: HubResult | null;
  /** The repo's config.json as plain JSON (reduced, untrusted), or null when not asked, absent or unreadable. */
  config: Record<string, unknown> | null;
}

export type BackgroundRequest =
  /** Full facts, for a badge row and its fact sheet. */
  | { type: 'classify'; items: readonly ClassifyItem[] }
  /** Only the compact card badges: a listing of a thousand models stays cheap to send and to read. */
  | { type: 'cards'; items: readonly ClassifyItem[] }
  /** The interface's messages in a language choice. */
  | { type: 'catalog'; choice: LanguageChoice; browserLanguage: string }
  /** What a content script needs before anything else: the settings and the catalog they choose, in one answer. */
  | { type: 'start'; browserLanguage: string }
  | FileFitsRequest
  /** The serving engines of the registry (the options page lists them). */
  | { type: 'engines' }
  /** Opens the options page (content scripts cannot; the fact sheet's "set your GPU" link asks the background). */
  | { type: 'openOptions' }
  | HubRequest;

/** A serving engine as the options page lists it. */
export interface EngineChoice {
  id: string;
  label: string;
}

export interface CardResult {
  id: string;
  badges: BadgeSpec[];
  /** What the listing filter bar asks of the card, from the same facts: the bar never asks again. */
  traits: CardTraits;
}

export interface CatalogReply {
  lang: UiLanguage;
  catalog: Catalog;
}

/** What lib answers to `start`: the settings and the catalog they choose. */
export interface StartAnswer extends CatalogReply {
  settings: Settings;
}

/**
 * What a content script gets at start: lib's answer and Model Lens's stylesheet text, which the background adds (a
 * build asset, kept out of lib and out of the content script's bundle, which every huggingface.co tab loads).
 */
export interface StartReply extends StartAnswer {
  styles: string;
}

export interface BackgroundReplies {
  classify: (Facts | ClassifyError)[];
  cards: (CardResult | null)[];
  catalog: CatalogReply;
  start: StartReply;
  fileFits: (FileFit | null)[];
  engines: EngineChoice[];
  openOptions: true;
  hub: HubReply;
}

/** What the background knows that the answers depend on. */
export interface BackgroundContext {
  settings: Settings;
}

export type BackgroundReply<R extends BackgroundRequest> = BackgroundReplies[R['type']];

/** At most this many models per request: a bigger page asks in several requests. */
export const MAX_ITEMS = 2000;
