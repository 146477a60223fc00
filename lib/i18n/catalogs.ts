import en from './messages/en.json';
import my from './messages/my.json';
import type { Catalog } from './format';

// The interface's languages. English is the source; Burmese (my) follows the domain reference's wording.

export const UI_LANGUAGES = ['en', 'my'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en, my };

/** `auto` follows the browser's UI language (Burmese for my, my-MM), else English. */
export function resolveLanguage(choice: string, browserLanguage: string): UiLanguage {
  if (choice === 'en' || choice === 'my') return choice;
  return browserLanguage.toLowerCase().startsWith('my') ? 'my' : 'en';
}
