import type { FamilyDef, FamilyVariant } from '../knowledge/names/family-types';
import type { OrgDef } from '../knowledge/names/orgs';
import type { TokenEffect, TokenRule } from '../knowledge/names/types';

// Data records written as literals get one hidden class per combination of optional fields, so the name reader's
// reads of `def.kind`, `effect.value`… see dozens of shapes and go megamorphic (a slow generic lookup per read).
// The lookup tables hold these copies instead: same values, every optional field present (undefined when absent),
// one shape per kind of record. Nothing checks fields with `in`, so absent and undefined read the same.

export function uniformFamily(def: FamilyDef): FamilyDef {
  return {
    name: def.name,
    keys: def.keys,
    category: def.category,
    task: def.task,
    strength: def.strength,
    kind: def.kind,
    noSuffixStage: def.noSuffixStage,
    formatWords: def.formatWords,
    stage: def.stage,
    purpose: def.purpose,
    modality: def.modality,
    architecture: def.architecture,
    quant: def.quant,
    shorthands: def.shorthands,
    maxBillions: def.maxBillions,
    sizesHoldForDerivatives: def.sizesHoldForDerivatives,
    nameSizesAreNotParams: def.nameSizesAreNotParams,
    sizes: def.sizes,
    variants: def.variants?.map(uniformVariant),
    source: def.source,
  };
}

function uniformVariant(variant: FamilyVariant): FamilyVariant {
  const { when } = variant;
  return {
    when: {
      minVersion: when.minVersion,
      maxVersion: when.maxVersion,
      sizes: when.sizes,
      minBillions: when.minBillions,
      maxBillions: when.maxBillions,
      tokens: when.tokens,
      moe: when.moe,
    },
    category: variant.category,
    task: variant.task,
    noSuffixStage: variant.noSuffixStage,
    architecture: variant.architecture,
    modality: variant.modality,
  };
}

export function uniformRule(rule: TokenRule): TokenRule {
  return { tokens: rule.tokens, effects: rule.effects.map(uniformEffect), source: rule.source };
}

/** Every kind of effect in one shape: the fields the other kinds have are undefined. */
function uniformEffect(effect: TokenEffect): TokenEffect {
  const fields = effect as Partial<
    Record<'value' | 'format' | 'bits' | 'float' | 'level' | 'task' | 'strength' | 'note', unknown>
  >;
  return {
    kind: effect.kind,
    value: fields.value,
    format: fields.format,
    bits: fields.bits,
    float: fields.float,
    level: fields.level,
    task: fields.task,
    strength: fields.strength,
    note: fields.note,
  } as TokenEffect;
}

export function uniformOrg(def: OrgDef): OrgDef {
  return {
    orgs: def.orgs,
    category: def.category,
    task: def.task,
    strength: def.strength,
    quant: def.quant,
    packaging: def.packaging,
    repackager: def.repackager,
    source: def.source,
  };
}
