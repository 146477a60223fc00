import { describe, expect, test } from 'vitest';
import {
  adapterExtras,
  measureAdapters,
  measureCategory,
  measureFormat,
  measureGgufLevel,
  measureParams,
  measureStage,
  readCorpus,
  reportLine,
  share,
} from './corpus-measure';

// Accuracy on real model IDs that are not in the development corpus (tests/fixtures/corpus/unseen.jsonl, gathered for
// issue #12 from MTEB, LocalAI's gallery and Unsloth's mapper; see the README there). Nothing here was tuned on; the
// floors sit just under the figures measured when the set was made, so a regression fails and the report shows it.

const rows = readCorpus('unseen.jsonl');
const report: string[] = [];

describe('unseen IDs, name only', () => {
  test('category at 90% coverage', () => {
    const { all, top, threshold } = measureCategory(rows);
    report.push(reportLine('category (all answers)', all));
    report.push(reportLine('category (top 90% by confidence)', top, `threshold confidence ${threshold}`));
    expect(share(all.answered, all.labelled)).toBeGreaterThanOrEqual(0.9);
    expect(share(top.right, top.answered)).toBeGreaterThanOrEqual(FLOORS.category);
  });

  test('quant format', () => {
    const format = measureFormat(rows);
    report.push(reportLine('quant format', format));
    expect(share(format.right, format.labelled)).toBeGreaterThanOrEqual(FLOORS.format);
  });

  test('stage, of answered, and how many are answered', () => {
    const stage = measureStage(rows);
    report.push(reportLine('stage', stage));
    expect(share(stage.answered, stage.labelled)).toBeGreaterThanOrEqual(FLOORS.stageCoverage);
    expect(share(stage.right, stage.answered)).toBeGreaterThanOrEqual(FLOORS.stage);
  });

  test('GGUF level of the files a gallery downloads', () => {
    const level = measureGgufLevel(rows);
    report.push(reportLine('GGUF level', level));
    expect(share(level.right, level.labelled)).toBeGreaterThanOrEqual(FLOORS.ggufLevel);
  });

  test('adapters: the repos the sources load as adapters, marked from the name', () => {
    const adapters = measureAdapters(rows);
    report.push(reportLine('adapters (recall, name only)', adapters, `missed: ${adapters.misses.join(', ')}`));
    const extras = adapterExtras(rows);
    report.push(`adapters marked without the label: ${extras.unlabelled.length} (${extras.unlabelled.join(', ')})`);
    expect(share(adapters.right, adapters.labelled)).toBeGreaterThanOrEqual(FLOORS.adapters);
    expect(extras.contradicted).toEqual([]);
  });

  test('params: confident answers, their coverage and accuracy', () => {
    const { confident, approximate } = measureParams(rows);
    report.push(reportLine('params (confident)', confident));
    report.push(reportLine('params (approximate, "~")', approximate));
    expect(share(confident.answered, confident.labelled)).toBeGreaterThanOrEqual(FLOORS.paramsCoverage);
    expect(share(confident.right, confident.answered)).toBeGreaterThanOrEqual(FLOORS.params);
  });
});

const FLOORS = {
  stage: 0.97,
  stageCoverage: 0.9,
  category: 0.975,
  format: 0.995,
  ggufLevel: 0.99,
  paramsCoverage: 0.4,
  params: 0.97,
  adapters: 0.82,
};

test('report', () => {
  console.log(`\nUnseen IDs (${rows.length} rows)\n${report.join('\n')}\n`);
  if (process.env.SHOW_MISSES) {
    for (const line of [
      measureCategory(rows).top,
      measureStage(rows),
      measureFormat(rows),
      measureGgufLevel(rows),
      measureParams(rows).confident,
    ].flatMap((figure) => figure.misses))
      console.log(line);
  }
  expect(report.length).toBeGreaterThan(0);
});
