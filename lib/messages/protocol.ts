import type { Catalog } from '../i18n/format';
import type { UiLanguage } from '../i18n/languages';
import type { BadgeSpec } from '../present/badges';
import type { LanguageChoice, Settings } from '../settings/settings';
import type { ClassifyError, Facts } from '../facts/schema';
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
  | { ok: true; info: HubModelInfo; /** The file list was cut to its first entries (a repo of very many files). */ siblingsCapped: boolean }
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
  | HubRequest;

export interface CardResult {
  id: string;
  badges: BadgeSpec[];
}

export interface CatalogReply {
  lang: UiLanguage;
  catalog: Catalog;
}

export interface StartReply extends CatalogReply {
  settings: Settings;
}

export interface BackgroundReplies {
  classify: (Facts | ClassifyError)[];
  cards: (CardResult | null)[];
  catalog: CatalogReply;
  start: StartReply;
  hub: HubReply;
}

/** What the background knows that the answers depend on. */
export interface BackgroundContext {
  settings: Settings;
}

export type BackgroundReply<R extends BackgroundRequest> = BackgroundReplies[R['type']];

/** At most this many models per request: a bigger page asks in several requests. */
export const MAX_ITEMS = 2000;
