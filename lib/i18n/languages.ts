// The interface's languages. English is the source; Burmese (my) follows the domain reference's wording.

export const UI_LANGUAGES = ['en', 'my'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** `auto` follows the browser's UI language (Burmese for my, my-MM), else English, as the browser's own i18n does. */
export function resolveLanguage(choice: string, browserLanguage: string): UiLanguage {
  if (choice === 'en' || choice === 'my') return choice;
  return browserLanguage.toLowerCase().startsWith('my') ? 'my' : 'en';
}
