import en from './messages/en';
import my from './messages/my';
import type { Catalog } from './format';
import type { UiLanguage } from './languages';

export { UI_LANGUAGES, resolveLanguage, type UiLanguage } from './languages';

export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en, my };
