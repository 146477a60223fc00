import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';

// Accuracy over the labelled development corpus (tests/fixtures/corpus/dev.jsonl, a copy of shared/fixtures/corpus):
// real model IDs with labels from public sources. Figures are printed; thresholds are those of issue #2.

interface Row {
  id: string;
  labels: Record<string, unknown> & { category?: string; stage?: string; quant_format?: string; params_b?: number; architectures?: string[]; pipeline_tag?: string };
  sources: { source: string }[];
}

const rows: Row[] = readFileSync(new URL('../../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

function facts(id: string, hub?: unknown): Facts {
  const result = classify(id, hub);
  if (isClassifyError(result)) throw new Error(`${id}: ${result.error}`);
  return result;
}

/** The corpus says "other" for classic NLP, RL and tabular alike; the schema splits it into nlp and other. */
const sameCategory = (ours: string, label: string) => ours === label || (label === 'other' && (ours === 'nlp' || ours === 'other'));

/** The corpus's "none" is an unquantized checkpoint; "marlin" is a GPTQ kernel layout; compressed-tensors is int or fp8. */
function sameFormat(ours: string | null, label: string): boolean {
  if (label === 'none') return ours === null || ours === 'fp16' || ours === 'bf16' || ours === 'fp32';
  if (label === 'marlin') return ours === 'gptq';
  if (label === 'compressed-tensors') return ours === 'int4' || ours === 'int8' || ours === 'fp8';
  return ours === label;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);
const report: string[] = [];
const line = (field: string, labelled: number, answered: number, right: number, note = '') => {
  report.push(`${field.padEnd(34)} labelled ${String(labelled).padStart(4)}  answered ${percent(answered, labelled).toFixed(1).padStart(5)}%  right ${percent(right, answered).toFixed(2).padStart(6)}%  ${note}`);
};

describe('development corpus, name only', () => {
  test('category: precision ≥ 98% at 90% coverage (answers ranked by confidence)', () => {
    const scored: { confidence: number; right: boolean }[] = [];
    let labelled = 0;
    for (const row of rows) {
      const label = row.labels.category;
      if (!label) continue;
      labelled++;
      const sheet = facts(row.id);
      if (sheet.category === 'unknown') continue;
      scored.push({ confidence: sheet.categoryConfidence, right: sameCategory(sheet.category, label) });
    }
    scored.sort((a, b) => b.confidence - a.confidence);
    const top = scored.slice(0, Math.ceil(labelled * 0.9));
    const topRight = top.filter((entry) => entry.right).length;
    line('category (all answers)', labelled, scored.length, scored.filter((entry) => entry.right).length);
    line('category (top 90% by confidence)', labelled, top.length, topRight, `threshold confidence ${top[top.length - 1]!.confidence}`);
    expect(scored.length / labelled).toBeGreaterThanOrEqual(0.9);
    expect(topRight / top.length).toBeGreaterThanOrEqual(0.98);
  });

  test('quant format: ≥ 99% right', () => {
    let labelled = 0;
    let right = 0;
    for (const row of rows) {
      const label = row.labels.quant_format;
      if (!label) continue;
      labelled++;
      if (sameFormat(facts(row.id).quant.format, label)) right++;
    }
    line('quant format', labelled, labelled, right);
    expect(right / labelled).toBeGreaterThanOrEqual(0.99);
  });

  test('stage: ≥ 95% of answered right, at ≥ 90% coverage', () => {
    let labelled = 0;
    let answered = 0;
    let right = 0;
    for (const row of rows) {
      const label = row.labels.stage;
      if (!label) continue;
      labelled++;
      const stage = facts(row.id).stage;
      if (!stage) continue;
      answered++;
      // The corpus's "instruct" covers chat models.
      if ((stage === 'chat' ? 'instruct' : stage) === label) right++;
    }
    line('stage', labelled, answered, right);
    expect(answered / labelled).toBeGreaterThanOrEqual(0.9);
    expect(right / answered).toBeGreaterThanOrEqual(0.95);
  });

  test('params: within 10% for ≥ 97% of answered (confident answers; approximate ones are shown with "~")', () => {
    let labelled = 0;
    let answered = 0;
    let right = 0;
    let approximate = 0;
    let approximateRight = 0;
    for (const row of rows) {
      const label = row.labels.params_b;
      if (label === undefined) continue;
      labelled++;
      const sheet = facts(row.id);
      const total = sheet.params.total;
      if (total === null) continue;
      const within = Math.abs(total / 1e9 - label) / label <= 0.1;
      if (sheet.evidence.some((evidence) => evidence.field === 'params' && evidence.confidence === 'low')) {
        approximate++;
        if (within) approximateRight++;
        continue;
      }
      answered++;
      if (within) right++;
    }
    line('params (confident)', labelled, answered, right);
    line('params (approximate, "~")', labelled, approximate, approximateRight);
    expect(right / answered).toBeGreaterThanOrEqual(0.97);
  });
});

describe('development corpus, with Hub data', () => {
  test('category: ≥ 99.5% right when architectures or the pipeline tag are given', () => {
    let labelled = 0;
    let right = 0;
    for (const row of rows) {
      const { category, architectures, pipeline_tag: pipelineTag } = row.labels;
      if (!category || (!architectures && !pipelineTag)) continue;
      labelled++;
      const hub = { id: row.id, pipeline_tag: pipelineTag, config: architectures ? { architectures } : undefined };
      if (sameCategory(facts(row.id, hub).category, category)) right++;
    }
    line('category with Hub data', labelled, labelled, right);
    expect(right / labelled).toBeGreaterThanOrEqual(0.995);
  });

  test('vLLM: "yes" for every model vLLM\'s docs list, given its architectures', () => {
    const listed = rows.filter((row) => row.labels.architectures && row.sources.some((source) => source.source.startsWith('vllm-project/vllm:docs/models/')));
    const misses = listed.filter((row) => facts(row.id, { id: row.id, config: { architectures: row.labels.architectures } }).serving.vllm?.verdict !== 'yes');
    line('vLLM yes for docs-listed models', listed.length, listed.length, listed.length - misses.length);
    expect(misses.map((row) => row.id)).toEqual([]);
    expect(listed.length).toBeGreaterThan(150);
  });
});

test('report', () => {
  console.log(`\nCorpus accuracy (${rows.length} IDs)\n${report.join('\n')}\n`);
  expect(report.length).toBeGreaterThan(0);
});
