import { classify, isClassifyError } from '../classify-model';
import { CATALOGS, resolveLanguage } from '../i18n/catalogs';
import type { Catalog } from '../i18n/format';
import { cardBadges } from '../present/badges';
import { SERVING_ENGINE_MODULES } from '../support/engines';
import { LANGUAGES, type LanguageChoice } from '../settings/settings';
import type { PageFacts } from '../facts/schema';
import { MAX_ITEMS, type CatalogReply, type BackgroundContext, type ClassifyItem, type BackgroundReply, type BackgroundRequest } from './protocol';

/**
 * Answers a request from a page of the extension. Messages cross a process boundary, so the request is checked
 * here and anything malformed gets `null` (the caller then shows nothing, never a wrong badge).
 */
export function answerRequest(request: unknown, context: BackgroundContext): BackgroundReply<BackgroundRequest> | null {
  if (!isObject(request)) return null;
  switch (request.type) {
    case 'classify': {
      const items = readItems(request.items);
      return items && items.map((item) => classify(item.input, item.hub, item.page));
    }
    case 'cards': {
      const items = readItems(request.items);
      return items && items.map((item) => {
        const facts = classify(item.input, item.hub);
        return isClassifyError(facts) ? null : { id: facts.id, badges: cardBadges(facts) };
      });
    }
    case 'catalog': {
      const choice = LANGUAGES.includes(request.choice as LanguageChoice) ? (request.choice as LanguageChoice) : 'auto';
      return catalogFor(choice, readLanguage(request.browserLanguage));
    }
    case 'engines':
      return SERVING_ENGINE_MODULES.map(({ id, label }) => ({ id, label }));
    case 'start':
      return { settings: context.settings, ...catalogFor(context.settings.language, readLanguage(request.browserLanguage)) };
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
    items.push({ input: item.input, hub: item.hub ?? undefined, page: readPage(item.page) });
  }
  return items;
}

/** Page facts cross a process boundary too: only a finite, non-negative count passes. */
function readPage(value: unknown): PageFacts | undefined {
  if (!isObject(value)) return undefined;
  const count = value.quantizedCount;
  return typeof count === 'number' && Number.isFinite(count) && count >= 0 ? { quantizedCount: Math.floor(count) } : undefined;
}

const messagesOnly = new Map<string, Catalog>();

/** The catalog without the translators' descriptions: a third of the bytes to send. */
export function catalogFor(choice: LanguageChoice, browserLanguage: string): CatalogReply {
  const lang = resolveLanguage(choice, browserLanguage);
  let catalog = messagesOnly.get(lang);
  if (!catalog) {
    catalog = Object.fromEntries(Object.entries(CATALOGS[lang]).map(([key, entry]) => [key, { message: entry.message }]));
    messagesOnly.set(lang, catalog);
  }
  return { lang, catalog };
}
