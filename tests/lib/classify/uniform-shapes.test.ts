import { describe, expect, test } from 'vitest';
import { ALL_FAMILIES } from '../../../lib/knowledge/names/families';
import { ORGS } from '../../../lib/knowledge/names/orgs';
import { ALL_SUFFIX_RULES } from '../../../lib/knowledge/names/suffix-rules';
import { uniformFamily, uniformOrg, uniformRule } from '../../../lib/classify/uniform-shapes';

// The name reader looks up uniform copies of the data records (one object shape per kind, for speed). A field the
// copy forgets is silently ignored knowledge (a family variant's `moe` condition once was), so every record's copy must
// hold every field of the original. toStrictEqual would also flag the copies' explicit undefineds: compare defined fields.

const defined = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('uniform copies keep every field of the data', () => {
  test.each(ALL_FAMILIES.map((def) => [def.name, def] as const))('family %s', (_name, def) => {
    expect(defined(uniformFamily(def))).toEqual(defined(def));
  });
  test.each(ORGS.map((def) => [def.orgs.join(', '), def] as const))('org %s', (_name, def) => {
    expect(defined(uniformOrg(def))).toEqual(defined(def));
  });
  test('every suffix rule', () => {
    for (const rule of ALL_SUFFIX_RULES.flat()) expect(defined(uniformRule(rule))).toEqual(defined(rule));
  });
});
