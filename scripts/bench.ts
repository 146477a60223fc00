// npm run bench: name-only classify throughput over the corpus IDs against the cheapest possible pass (lower-casing
// and splitting each ID), as medians of repeated runs on one core. Page and bundle figures: npm run bench:page.
import { readFileSync } from 'node:fs';
import { classify } from '../lib/classify-model';

const ids: string[] = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { id: string }).id);

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const MIN_MS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** IDs per second of one run: as many passes over the corpus as fit in MIN_MS. */
function measure(work: (id: string) => unknown): number {
  let sink = 0;
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const id of ids) {
      const result = work(id);
      if (result) sink++;
    }
    done += ids.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (sink < 0) console.log(sink);
  return (done / elapsed) * 1000;
}

const SPLIT = /[-_./ ]/;
const baseline = (id: string) => id.toLowerCase().split(SPLIT);
const nameOnly = (id: string) => classify(id);

for (let i = 0; i < 3; i++) {
  measure(baseline);
  measure(nameOnly);
}
const baselineRuns: number[] = [];
const classifyRuns: number[] = [];
for (let run = 0; run < RUNS; run++) {
  baselineRuns.push(measure(baseline));
  classifyRuns.push(measure(nameOnly));
}
const base = median(baselineRuns);
const ours = median(classifyRuns);
const format = (value: number) => `${Math.round(value).toLocaleString('en-US')} IDs/s`;
console.log(`corpus: ${ids.length} IDs, ${RUNS} runs of ≥${MIN_MS} ms each, node ${process.version}`);
console.log(`lower-case + split (baseline)   median ${format(base)}`);
console.log(
  `classify, name only             median ${format(ours)}  (min ${format(Math.min(...classifyRuns))}, max ${format(Math.max(...classifyRuns))})`,
);
console.log(
  `ratio classify / baseline       ${(ours / base).toFixed(3)} (baseline is ${(base / ours).toFixed(1)}× faster)`,
);
console.log(`goal ≥ 1,000,000 IDs/s          ${ours >= 1e6 ? 'met' : 'not met'}`);
