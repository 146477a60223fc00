import {
  ALIGNMENTS,
  AXOLOTL_SUPPORT,
  CATEGORIES,
  EVIDENCE_SOURCES,
  FINETUNES,
  MODALITIES,
  PURPOSES,
  QUANT_FORMATS,
  STAGES,
  VERDICTS,
  type ClassifyError,
  type Facts,
} from '../../lib/facts/schema';

// Runtime check of the fact schema (DESIGN.md) for tests: the CLI's JSON lines, classify() over generated inputs.

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);
const allOf = (list: readonly string[], value: unknown) =>
  Array.isArray(value) && value.every((entry) => oneOf(list, entry));

export function isClassifyErrorShape(value: unknown): value is ClassifyError {
  return (
    typeof value === 'object' &&
    value !== null &&
    isString((value as ClassifyError).input) &&
    isString((value as ClassifyError).error)
  );
}

export function isFactsShape(value: unknown): value is Facts {
  if (typeof value !== 'object' || value === null) return false;
  const facts = value as Facts;
  return (
    isString(facts.id) &&
    (facts.org === null || isString(facts.org)) &&
    isString(facts.name) &&
    oneOf(CATEGORIES, facts.category) &&
    (facts.task === null || isString(facts.task)) &&
    (facts.family === null || isString(facts.family)) &&
    (facts.version === null || isString(facts.version)) &&
    isCount(facts.params?.total) &&
    isCount(facts.params?.active) &&
    isCount(facts.params?.experts) &&
    (facts.stage === null || oneOf(STAGES, facts.stage)) &&
    allOf(ALIGNMENTS, facts.alignment) &&
    allOf(FINETUNES, facts.finetune) &&
    (facts.quant?.format === null || oneOf(QUANT_FORMATS, facts.quant?.format)) &&
    isCount(facts.quant?.bits) &&
    (facts.quant?.level === null || isString(facts.quant?.level)) &&
    allOf(MODALITIES, facts.modality) &&
    allOf(PURPOSES, facts.purpose) &&
    oneOf(AXOLOTL_SUPPORT, facts.axolotl?.support) &&
    isString(facts.axolotl?.reason) &&
    (facts.axolotl?.alternative === null || isString(facts.axolotl?.alternative)) &&
    typeof facts.serving === 'object' &&
    facts.serving !== null &&
    Object.values(facts.serving).every((verdict) => oneOf(VERDICTS, verdict?.verdict) && isString(verdict?.reason)) &&
    Array.isArray(facts.evidence) &&
    facts.evidence.every(
      (evidence) => isString(evidence.field) && oneOf(EVIDENCE_SOURCES, evidence.source) && isString(evidence.detail),
    ) &&
    typeof facts.categoryConfidence === 'number' &&
    facts.categoryConfidence >= 0 &&
    facts.categoryConfidence <= 1
  );
}

export function isSchemaValid(value: unknown): boolean {
  return isFactsShape(value) || isClassifyErrorShape(value);
}
