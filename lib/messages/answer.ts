import { classify, isClassifyError } from '../classify-model';
import { CATALOGS, resolveLanguage } from '../i18n/catalogs';
import type { Catalog } from '../i18n/format';
import { cardBadges } from '../present/badges';
import { SERVING_ENGINE_MODULES } from '../support/engines';
import { LANGUAGES, type LanguageChoice } from '../settings/settings';
import { hardwareProfile } from '../settings/hardware';
import type { MemoryOptions, RepoFile } from '../facts/memory';
import { fileFits } from './file-fits';
import { cardTraits } from '../present/listing-filter';
import type { PageFacts } from '../facts/schema';
import {
  MAX_ITEMS,
  type CatalogReply,
  type BackgroundContext,
  type ClassifyItem,
  type BackgroundReply,
  type BackgroundRequest,
} from './protocol';

/**
 * Answers a request from a page of the extension. Messages cross a process boundary, so the request is checked
 * here and anything malformed gets `null` (the caller then shows nothing, never a wrong badge).
 */
export function answerRequest(request: unknown, context: BackgroundContext): BackgroundReply<BackgroundRequest> | null {
  if (!isObject(request)) return null;
  switch (request.type) {
    case 'classify': {
      const items = readItems(request.items);
      const settings = settingsOptions(context);
      return (
        items &&
        items.map((item) =>
          classify(
            item.input,
            item.hub,
            { ...settings, config: item.config, files: item.files, ggufFiles: item.page?.ggufFiles },
            item.page,
          ),
        )
      );
    }
    case 'cards': {
      const items = readItems(request.items);
      // Listing cards: memory from the name and the list's data only (no config.json, no files), cheap.
      const settings = settingsOptions(context);
      return (
        items &&
        items.map((item) => {
          const facts = classify(item.input, item.hub, settings);
          if (isClassifyError(facts)) return null;
          return { id: facts.id, badges: cardBadges(facts), traits: cardTraits(facts) };
        })
      );
    }
    case 'catalog': {
      const choice = LANGUAGES.includes(request.choice as LanguageChoice) ? (request.choice as LanguageChoice) : 'auto';
      return catalogFor(choice, readLanguage(request.browserLanguage));
    }
    case 'fileFits': {
      const files = readFiles(request.files);
      if (typeof request.id !== 'string' || !files) return null;
      return fileFits(
        request.id,
        request.hub ?? undefined,
        { ...settingsOptions(context), config: request.config ?? undefined },
        files,
      );
    }
    case 'engines':
      return SERVING_ENGINE_MODULES.map(({ id, label }) => ({ id, label }));
    case 'start':
      return {
        settings: context.settings,
        ...catalogFor(context.settings.language, readLanguage(request.browserLanguage)),
      };
    default:
      return null;
  }
}

const readLanguage = (value: unknown): string => (typeof value === 'string' ? value : 'en');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readItems(value: unknown): ClassifyItem[] | null {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) return null;
  const items: ClassifyItem[] = [];
  for (const item of value) {
    if (!isObject(item) || typeof item.input !== 'string') return null;
    const files = item.files === undefined ? undefined : (readFiles(item.files) ?? undefined);
    items.push({
      input: item.input,
      hub: item.hub ?? undefined,
      config: item.config ?? undefined,
      files,
      page: readPage(item.page),
    });
  }
  return items;
}

/** At most this many files per repo (the largest GGUF repos list a few hundred). */
const MAX_FILES = 5000;

/** Files with a path and a size; anything else in the list is left out, a list that is not one is null. */
function readFiles(value: unknown): RepoFile[] | null {
  if (!Array.isArray(value) || value.length > MAX_FILES) return null;
  const files: RepoFile[] = [];
  for (const file of value) {
    if (isObject(file) && typeof file.path === 'string' && typeof file.bytes === 'number')
      files.push({ path: file.path, bytes: file.bytes });
  }
  return files;
}

/** What the user chose in the options: hardware, context and KV type. */
function settingsOptions(context: BackgroundContext): MemoryOptions {
  const { settings } = context;
  return { hardware: hardwareProfile(settings), contextTokens: settings.contextTokens, kvType: settings.kvType };
}

/** Page facts cross a process boundary too: only a finite, non-negative count and a bounded list of GGUF paths pass. */
function readPage(value: unknown): PageFacts | undefined {
  if (!isObject(value)) return undefined;
  const count = value.quantizedCount;
  const page: PageFacts = {};
  if (typeof count === 'number' && Number.isFinite(count) && count >= 0) page.quantizedCount = Math.floor(count);
  const paths = value.ggufFiles;
  if (Array.isArray(paths) && paths.length <= MAX_FILES) {
    const gguf = paths.filter((path): path is string => typeof path === 'string' && path.length <= 1000);
    if (gguf.length > 0) page.ggufFiles = gguf;
  }
  return Object.keys(page).length > 0 ? page : undefined;
}

const messagesOnly = new Map<string, Catalog>();

/** The catalog without the translators' descriptions: a third of the bytes to send. */
export function catalogFor(choice: LanguageChoice, browserLanguage: string): CatalogReply {
  const lang = resolveLanguage(choice, browserLanguage);
  let catalog = messagesOnly.get(lang);
  if (!catalog) {
    catalog = Object.fromEntries(
      Object.entries(CATALOGS[lang]).map(([key, entry]) => [key, { message: entry.message }]),
    );
    messagesOnly.set(lang, catalog);
  }
  return { lang, catalog };
}
