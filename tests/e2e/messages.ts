import { readdirSync, readFileSync } from 'node:fs';
import type { Catalog } from '../../lib/i18n/format';
import { translator } from '../../lib/i18n/translator';

// The interface's words as the catalogs say them, for assertions on translated text: a reworded message (a Burmese
// review) changes the catalog, not the tests. Read from the area files (Playwright's loader takes no JSON imports).

function catalogOf(lang: 'en' | 'my'): Catalog {
  const folder = `lib/i18n/messages/${lang}`;
  const areas = readdirSync(folder).filter((name) => name.endsWith('.json'));
  return Object.assign({}, ...areas.map((name) => JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'))));
}

export const messages = { en: translator(catalogOf('en'), 'en').t, my: translator(catalogOf('my'), 'my').t } as const;
