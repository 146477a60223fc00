import { describe, expect, test } from 'vitest';
import {
  PENDING_AXOLOTL,
  PENDING_SERVING,
  unknownFacts,
  unknownHubFacts,
  unknownNameFacts,
} from '../../../lib/facts/empty';

// The written-out facts a draft starts from are the schema's unknown values, in the schema's order: the same as the
// name and Hub defaults spread around the fields only a draft has.

describe('unknownFacts', () => {
  test('is the spread form, field for field and in the same order', () => {
    const spread = {
      id: 'org/name',
      org: 'org',
      name: 'name',
      file: null,
      category: 'unknown',
      categoryConfidence: 0,
      ...unknownNameFacts(),
      axolotl: PENDING_AXOLOTL,
      serving: PENDING_SERVING,
      evidence: [],
      anatomy: [],
      ...unknownHubFacts(),
    };
    const written = unknownFacts('org/name', 'org', 'name', null);
    expect(JSON.stringify(written)).toBe(JSON.stringify(spread));
    expect(written).toStrictEqual(spread);
  });

  test('gives fresh objects each time (drafts change them)', () => {
    const a = unknownFacts('a/b', 'a', 'b', null);
    const b = unknownFacts('a/b', 'a', 'b', null);
    for (const key of ['params', 'quant', 'alignment', 'evidence', 'anatomy', 'hub', 'capabilities'] as const)
      expect(a[key]).not.toBe(b[key]);
  });
});
