import { ALL_FAMILIES } from '../knowledge/names/families';
import type { FamilyDef } from '../knowledge/names/family-types';
import { ORGS, type OrgDef } from '../knowledge/names/orgs';
import { ALL_SUFFIX_RULES } from '../knowledge/names/suffix-rules';
import type { TokenRule } from '../knowledge/names/types';
import { keepsUnderscore } from './patterns';
import { TokenTable } from './token-table';
import { tokenize } from './tokenize';
import { uniformFamily, uniformOrg, uniformRule } from './uniform-shapes';

// Lookup tables built once from the data files: token → rule, token → family, org → knowledge. They hold copies of
// the records in uniform shapes (uniform-shapes.ts); every table shares the same copies, so identity checks hold.

const FAMILIES: readonly FamilyDef[] = ALL_FAMILIES.map(uniformFamily);

export const RULE_BY_TOKEN: ReadonlyMap<string, TokenRule> = buildRuleIndex();

export interface MultiTokenFamily {
  /** Lower-case tokens after the first. */
  rest: readonly string[];
  family: FamilyDef;
}

const familyIndex = buildFamilyIndex();
export const FAMILY_BY_TOKEN: ReadonlyMap<string, FamilyDef> = familyIndex.single;
/** First token → families whose key spans several tokens (`gpt` → `gpt-oss`), longest first. */
export const MULTI_TOKEN_FAMILIES: ReadonlyMap<string, readonly MultiTokenFamily[]> = familyIndex.multi;
export const ORG_BY_NAME: TokenTable<OrgDef> = new TokenTable(buildOrgIndex());

export interface Shorthand {
  family: FamilyDef;
  minVersion: number;
  maxVersion: number;
}
/** Letter prefixes written with a version (`l` of L3.3, `q` of Q3): prefix → families. */
export const SHORTHANDS: TokenTable<readonly Shorthand[]> = new TokenTable(buildShorthandIndex());

function buildShorthandIndex(): Map<string, Shorthand[]> {
  const index = new Map<string, Shorthand[]>();
  for (const family of FAMILIES) {
    for (const { prefix, minVersion, maxVersion } of family.shorthands ?? []) {
      const list = index.get(prefix) ?? [];
      list.push({ family, minVersion, maxVersion });
      index.set(prefix, list);
    }
  }
  return index;
}

export function keyTokens(key: string): string[] {
  return tokenize(key, keepsUnderscore).map((token) => token.lower);
}

function buildRuleIndex(): Map<string, TokenRule> {
  const index = new Map<string, TokenRule>();
  for (const table of ALL_SUFFIX_RULES) {
    for (const rule of table.map(uniformRule)) {
      for (const token of rule.tokens) {
        if (index.has(token)) throw new Error(`suffix rules: token "${token}" is defined twice`);
        index.set(token, rule);
      }
    }
  }
  return index;
}

function buildFamilyIndex(): { single: Map<string, FamilyDef>; multi: Map<string, MultiTokenFamily[]> } {
  const single = new Map<string, FamilyDef>();
  const multi = new Map<string, MultiTokenFamily[]>();
  for (const family of FAMILIES) {
    for (const key of family.keys) {
      const parts = keyTokens(key);
      const [first, ...rest] = parts;
      if (!first) continue;
      if (rest.length === 0) {
        if (single.has(first))
          throw new Error(`families: key "${first}" is defined twice (${single.get(first)!.name}, ${family.name})`);
        single.set(first, family);
      } else {
        const list = multi.get(first) ?? [];
        if (list.some((entry) => entry.rest.join('-') === rest.join('-')))
          throw new Error(`families: key "${key}" is defined twice`);
        list.push({ rest, family });
        list.sort((a, b) => b.rest.length - a.rest.length);
        multi.set(first, list);
      }
    }
  }
  return { single, multi };
}

function buildOrgIndex(): Map<string, OrgDef> {
  const index = new Map<string, OrgDef>();
  for (const def of ORGS.map(uniformOrg)) {
    for (const org of def.orgs) {
      if (index.has(org)) throw new Error(`orgs: "${org}" is defined twice`);
      index.set(org, def);
    }
  }
  return index;
}

/** Everything a token can be, in one lookup (the name reader's hot path): a rule, a family, the start of a longer family key. */
export interface LexiconEntry {
  rule: TokenRule | undefined;
  family: FamilyDef | undefined;
  multi: readonly MultiTokenFamily[] | undefined;
}

export const LEXICON: TokenTable<LexiconEntry> = new TokenTable(buildLexicon());

function buildLexicon(): Map<string, LexiconEntry> {
  const lexicon = new Map<string, LexiconEntry>();
  const entry = (token: string) => {
    let found = lexicon.get(token);
    if (!found) lexicon.set(token, (found = { rule: undefined, family: undefined, multi: undefined }));
    return found;
  };
  for (const [token, rule] of RULE_BY_TOKEN) entry(token).rule = rule;
  for (const [token, family] of FAMILY_BY_TOKEN) entry(token).family = family;
  for (const [token, multi] of MULTI_TOKEN_FAMILIES) entry(token).multi = multi;
  return lexicon;
}
