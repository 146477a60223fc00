import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../../lib/settings/settings';

// The filter bar on model lists is off until the user switches it on in the options (issue #16, item 4).

test.each<[string, unknown, boolean]>([
  ['nothing stored', undefined, false],
  ['switched on', { listingFilters: true }, true],
  ['switched off', { listingFilters: false }, false],
  ['not a boolean', { listingFilters: 'yes' }, false],
])('listingFilters: %s', (_case, stored, expected) => {
  expect(DEFAULT_SETTINGS.listingFilters).toBe(false);
  expect(readSettings(stored).listingFilters).toBe(expected);
});
