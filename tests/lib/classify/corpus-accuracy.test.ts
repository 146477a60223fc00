import { describe, expect, test } from 'vitest';
import {
  adapterExtras,
  facts,
  measureAdapters,
  measureCategory,
  measureFormat,
  measureParams,
  measureStage,
  readCorpus,
  reportLine,
  sameCategory,
  share,
} from './corpus-measure';

// Accuracy over the labelled development corpus (tests/fixtures/corpus/dev.jsonl, a copy of shared/fixtures/corpus):
// real model IDs with labels from public sources. Figures are printed; thresholds are those of issues #2 and #12.

const rows = readCorpus('dev.jsonl');
const report: string[] = [];

describe('development corpus, name only', () => {
  test('category: precision ≥ 98% at 90% coverage (answers ranked by confidence)', () => {
    const { all, top, threshold } = measureCategory(rows);
    report.push(reportLine('category (all answers)', all));
    report.push(reportLine('category (top 90% by confidence)', top, `threshold confidence ${threshold}`));
    expect(share(all.answered, all.labelled)).toBeGreaterThanOrEqual(0.9);
    expect(share(top.right, top.answered)).toBeGreaterThanOrEqual(0.98);
  });

  test('quant format: ≥ 99.5% right', () => {
    const format = measureFormat(rows);
    report.push(reportLine('quant format', format));
    // The misses left are labels the name cannot show (mlx-audio's table linking the original repos, a GGUF repo
    // without the word): see the report.
    expect(share(format.right, format.labelled)).toBeGreaterThanOrEqual(0.995);
  });

  test('stage: ≥ 97% of answered right, at ≥ 90% coverage', () => {
    const stage = measureStage(rows);
    report.push(reportLine('stage', stage));
    expect(share(stage.answered, stage.labelled)).toBeGreaterThanOrEqual(0.9);
    expect(share(stage.right, stage.answered)).toBeGreaterThanOrEqual(0.97);
  });

  test('params: within 10% for ≥ 97% of confident answers, which cover > 40% of the labelled IDs', () => {
    const { confident, approximate } = measureParams(rows);
    report.push(reportLine('params (confident)', confident));
    report.push(reportLine('params (approximate, "~")', approximate));
    expect(share(confident.answered, confident.labelled)).toBeGreaterThan(0.4);
    expect(share(confident.right, confident.answered)).toBeGreaterThanOrEqual(0.97);
  });

  test('adapters: the repos sources load as adapters, marked from the name', () => {
    const adapters = measureAdapters(rows);
    report.push(reportLine('adapters (recall, name only)', adapters, `missed: ${adapters.misses.join(', ')}`));
    const adapterCategory = rows.filter((row) => row.labels.adapter === true && row.labels.category);
    const categoryRight = adapterCategory.filter((row) =>
      sameCategory(facts(row.id).category, row.labels.category!),
    ).length;
    report.push(
      reportLine('adapters: category right', {
        labelled: adapterCategory.length,
        answered: adapterCategory.length,
        right: categoryRight,
        misses: [],
      }),
    );
    const extras = adapterExtras(rows);
    report.push(`adapters marked without the label: ${extras.unlabelled.length} (${extras.unlabelled.join(', ')})`);
    expect(share(adapters.right, adapters.labelled)).toBeGreaterThanOrEqual(0.85);
    // Recall must not cost precision: no repo a source loads as a full checkpoint is called an adapter.
    expect(extras.contradicted).toEqual([]);
    // Two video LoRAs named by a subject and a size alone read as language models ("likely"): no rule names them.
    expect(share(categoryRight, adapterCategory.length)).toBeGreaterThanOrEqual(0.8);
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
    report.push(reportLine('category with Hub data', { labelled, answered: labelled, right, misses: [] }));
    expect(right / labelled).toBeGreaterThanOrEqual(0.995);
  });

  test('vLLM: "yes" for every model vLLM\'s docs list, given its architectures', () => {
    const listed = rows.filter(
      (row) =>
        row.labels.architectures &&
        row.sources.some((source) => source.source.startsWith('vllm-project/vllm:docs/models/')),
    );
    const misses = listed.filter(
      (row) =>
        facts(row.id, { id: row.id, config: { architectures: row.labels.architectures } }).serving.vllm?.verdict !==
        'yes',
    );
    report.push(
      reportLine('vLLM yes for docs-listed models', {
        labelled: listed.length,
        answered: listed.length,
        right: listed.length - misses.length,
        misses: [],
      }),
    );
    expect(misses.map((row) => row.id)).toEqual([]);
    expect(listed.length).toBeGreaterThan(150);
  });
});

test('report', () => {
  console.log(`\nCorpus accuracy (${rows.length} IDs)\n${report.join('\n')}\n`);
  if (process.env.SHOW_MISSES)
    for (const line of [
      measureCategory(rows).top,
      measureFormat(rows),
      measureStage(rows),
      measureParams(rows).confident,
    ].flatMap((figure) => figure.misses))
      console.log(line);
  expect(report.length).toBeGreaterThan(0);
});
