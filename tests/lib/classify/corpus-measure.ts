import { readFileSync } from 'node:fs';
import { parseModelInput } from '../../../lib/input/parse-input';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';

// How a labelled corpus of real model IDs is measured, name only: shared by the development corpus (dev.jsonl) and the
// unseen set (unseen.jsonl). Every figure is a fraction of labelled rows; the tests floor them.

export interface CorpusRow {
  id: string;
  /** A file in the repo (`UD-Q4_K_XL/…-00001-of-00003.gguf`): the row is about that file. */
  file?: string;
  labels: Record<string, unknown> & {
    category?: string;
    stage?: string;
    quant_format?: string;
    gguf_level?: string;
    params_b?: number;
    adapter?: boolean;
    architectures?: string[];
    pipeline_tag?: string;
    diffusers_classes?: string[];
  };
  sources: { source: string }[];
}

export function readCorpus(file: string): CorpusRow[] {
  const rows = readFileSync(new URL(`../../fixtures/corpus/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusRow);
  // A few source rows are not model IDs the Hub could have (a dataset path, a URL glued to a name): not measured.
  return rows.filter((row) => parseModelInput(row.id).ok);
}

export function facts(input: string, hub?: unknown): Facts {
  const result = classify(input, hub);
  if (isClassifyError(result)) throw new Error(`${input}: ${result.error}`);
  return result;
}

/** What the row is classified as: the ID, or the file's download URL. */
export const inputOf = (row: CorpusRow) =>
  row.file ? `https://huggingface.co/${row.id}/resolve/main/${row.file}` : row.id;

/** The corpus says "other" for classic NLP, RL and tabular alike; the schema splits it into nlp and other. */
export const sameCategory = (ours: string, label: string) =>
  ours === label || (label === 'other' && (ours === 'nlp' || ours === 'other'));

/** The corpus's "none" is an unquantized checkpoint; "marlin" is a GPTQ kernel layout; compressed-tensors is int or fp8. */
export function sameFormat(ours: string | null, label: string): boolean {
  if (label === 'none') return ours === null || ours === 'fp16' || ours === 'bf16' || ours === 'fp32';
  if (label === 'marlin') return ours === 'gptq';
  if (label === 'compressed-tensors') return ours === 'int4' || ours === 'int8' || ours === 'fp8';
  return ours === label;
}

export interface Figure {
  labelled: number;
  answered: number;
  right: number;
  /** Labelled IDs answered wrong, for reading the misses. */
  misses: string[];
}

const figure = (): Figure => ({ labelled: 0, answered: 0, right: 0, misses: [] });
export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Category answers ranked by `categoryConfidence`; `top` is the most confident 90 % of the labelled rows. */
export function measureCategory(rows: readonly CorpusRow[]): { all: Figure; top: Figure; threshold: number } {
  const scored: { confidence: number; right: boolean; id: string }[] = [];
  const all = figure();
  for (const row of rows) {
    const label = row.labels.category;
    if (!label || row.file) continue;
    all.labelled++;
    const sheet = facts(row.id);
    if (sheet.category === 'unknown') continue;
    const right = sameCategory(sheet.category, label);
    scored.push({ confidence: sheet.categoryConfidence, right, id: row.id });
    all.answered++;
    if (right) all.right++;
    else all.misses.push(`${row.id} → ${sheet.category} (${label})`);
  }
  scored.sort((a, b) => b.confidence - a.confidence);
  const topRows = scored.slice(0, Math.ceil(all.labelled * 0.9));
  const top: Figure = {
    labelled: all.labelled,
    answered: topRows.length,
    right: topRows.filter((entry) => entry.right).length,
    misses: topRows.filter((entry) => !entry.right).map((entry) => entry.id),
  };
  return { all, top, threshold: topRows[topRows.length - 1]?.confidence ?? 0 };
}

export function measureFormat(rows: readonly CorpusRow[]): Figure {
  const result = figure();
  for (const row of rows) {
    const label = row.labels.quant_format;
    if (!label) continue;
    result.labelled++;
    result.answered++;
    const format = facts(inputOf(row)).quant.format;
    if (sameFormat(format, label)) result.right++;
    else result.misses.push(`${inputOf(row)} → ${format} (${label})`);
  }
  return result;
}

export function measureGgufLevel(rows: readonly CorpusRow[]): Figure {
  const result = figure();
  for (const row of rows) {
    const label = row.labels.gguf_level;
    if (!label) continue;
    result.labelled++;
    const level = facts(inputOf(row)).quant.level;
    if (level === null) {
      result.misses.push(`${inputOf(row)} → none (${label})`);
      continue;
    }
    result.answered++;
    if (level === label) result.right++;
    else result.misses.push(`${inputOf(row)} → ${level} (${label})`);
  }
  return result;
}

export function measureStage(rows: readonly CorpusRow[]): Figure {
  const result = figure();
  for (const row of rows) {
    const label = row.labels.stage;
    if (!label) continue;
    result.labelled++;
    const stage = facts(row.id).stage;
    if (!stage) continue;
    result.answered++;
    // The corpus's "instruct" covers chat models.
    if ((stage === 'chat' ? 'instruct' : stage) === label) result.right++;
    else result.misses.push(`${row.id} → ${stage} (${label})`);
  }
  return result;
}

/** Confident answers (approximate ones are shown with "~" and counted apart). */
export function measureParams(rows: readonly CorpusRow[]): { confident: Figure; approximate: Figure } {
  const confident = figure();
  const approximate = figure();
  for (const row of rows) {
    const label = row.labels.params_b;
    if (label === undefined || row.file) continue;
    confident.labelled++;
    approximate.labelled++;
    const sheet = facts(row.id);
    const total = sheet.params.total;
    if (total === null) continue;
    const within = Math.abs(total / 1e9 - label) / label <= 0.1;
    const low = sheet.evidence.some((evidence) => evidence.field === 'params' && evidence.confidence === 'low');
    const into = low ? approximate : confident;
    into.answered++;
    if (within) into.right++;
    else into.misses.push(`${row.id} → ${(total / 1e9).toPrecision(3)}B (${label.toPrecision(3)}B)`);
  }
  return { confident, approximate };
}

/** Repos the sources load as adapters (LoRA, PEFT): how many the name alone marks as adapters. */
export function measureAdapters(rows: readonly CorpusRow[]): Figure {
  const result = figure();
  for (const row of rows) {
    if (row.labels.adapter !== true) continue;
    result.labelled++;
    result.answered++;
    if (facts(row.id).isAdapter) result.right++;
    else result.misses.push(row.id);
  }
  return result;
}

/**
 * Precision's side: rows the name marks as adapters that no source loads as one. `contradicted` are those a source
 * loads as a whole model (in a weight format, by vLLM's architectures, as a diffusers pipeline); add-on components
 * such as AnimateDiff's MotionAdapter are adapter weights without their base, as the name says.
 */
export function adapterExtras(rows: readonly CorpusRow[]): { unlabelled: string[]; contradicted: string[] } {
  const unlabelled: string[] = [];
  const contradicted: string[] = [];
  for (const row of rows) {
    if (row.labels.adapter === true || row.file || !facts(row.id).isAdapter) continue;
    unlabelled.push(row.id);
    const { quant_format: format, architectures, diffusers_classes: classes } = row.labels;
    const pipeline = classes?.some((name) => name.endsWith('Pipeline'));
    if ((format !== undefined && format !== 'none') || architectures || pipeline) contradicted.push(row.id);
  }
  return { unlabelled, contradicted };
}

export function reportLine(field: string, value: Figure, note = ''): string {
  const pct = (part: number, whole: number) => (100 * share(part, whole)).toFixed(2).padStart(6);
  return `${field.padEnd(34)} labelled ${String(value.labelled).padStart(4)}  answered ${pct(value.answered, value.labelled)}%  right ${pct(value.right, value.answered)}%  ${note}`;
}
