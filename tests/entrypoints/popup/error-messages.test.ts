import { expect, test } from 'vitest';
import { ERROR_MESSAGES } from '../../../entrypoints/popup/error-messages';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { CLASSIFY_ERROR_CODES } from '../../../lib/facts/schema';

test('every error code has a message in both languages', () => {
  for (const code of CLASSIFY_ERROR_CODES) {
    expect(CATALOGS.en, code).toHaveProperty(ERROR_MESSAGES[code]);
    expect(CATALOGS.my, code).toHaveProperty(ERROR_MESSAGES[code]);
  }
});
