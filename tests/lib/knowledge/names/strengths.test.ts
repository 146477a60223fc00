import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONFIDENCE, STRENGTH } from '../../../../lib/knowledge/names/strengths';
import { ALL_FAMILIES } from '../../../../lib/knowledge/names/families';
import { ORGS } from '../../../../lib/knowledge/names/orgs';
import { ALL_SUFFIX_RULES } from '../../../../lib/knowledge/names/suffix-rules';

// Category strengths are named in one legend (lib/knowledge/names/strengths.ts); the data tables use the names.

const TABLES = ['families.ts', 'orgs.ts', 'suffix-rules.ts'];
const NAMED: ReadonlySet<number> = new Set(Object.values(STRENGTH));

describe('strength legend', () => {
  test.each(TABLES)('%s writes no bare strength number', (file) => {
    const source = readFileSync(new URL(`../../../../lib/knowledge/names/${file}`, import.meta.url), 'utf8');
    expect(source.match(/strength:\s*[-\d.]+/g) ?? []).toEqual([]);
  });

  test('every strength in the tables is a level of the legend', () => {
    const used = [
      ...ALL_FAMILIES.map((family) => family.strength),
      ...ORGS.map((org) => org.strength),
      ...ALL_SUFFIX_RULES.flat().flatMap((rule) =>
        rule.effects.map((effect) => ('strength' in effect ? effect.strength : undefined)),
      ),
    ].filter((strength): strength is number => strength !== undefined);
    expect(used.length).toBeGreaterThan(80);
    expect(used.filter((strength) => !NAMED.has(strength))).toEqual([]);
  });

  test('Hub data outranks every name reading, and confidences are probabilities', () => {
    for (const [name, value] of Object.entries(STRENGTH)) if (name !== 'hub') expect(value).toBeLessThan(STRENGTH.hub);
    for (const value of Object.values(CONFIDENCE)) expect(value > 0 && value <= 1).toBe(true);
  });
});
