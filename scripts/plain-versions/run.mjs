// Re-measures the speed machinery of issue #15.5 against plain versions: node scripts/plain-versions/run.mjs [rounds]
// Each variant is the library bundled with one module swapped for its plain version (the *.ts.txt files here; the
// regular-expression readPattern is the reference copy in tests/lib/classify/name-scans.test.ts). All variants run
// in one process, interleaved in 100 ms slices, so load from elsewhere touches them alike; each figure is the median
// over rounds of its throughput relative to the current code in the same round. VAR_MODE=draft measures name reading
// only (parse + draftFromName), VAR_MODE=verdicts adds the name-only verdicts, default: the whole classify().
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = `${ROOT}/lib/`;
const HERE = `${ROOT}/scripts/plain-versions/`;
const OUT = `${ROOT}/.output/plain-versions/`;
mkdirSync(OUT, { recursive: true });

/** patterns.ts with readPattern replaced by the regular expressions of the test's reference copy. */
function regexPatterns() {
  const test = readFileSync(`${ROOT}/tests/lib/classify/name-scans.test.ts`, 'utf8');
  let copy = test.slice(test.indexOf('const UNIT:'), test.indexOf('const alphabet ='));
  for (const name of [
    'UNIT',
    'SIZE_INFIX',
    'SIZE',
    'MOE',
    'ACTIVE',
    'EFFECTIVE',
    'EXPERTS',
    'CONTEXT',
    'BPW',
    'WBITS',
    'GROUP',
    'MLC',
    'GGUF_LIKE',
    'VERSION',
    'NUMBER',
    'DATE8',
    'DATE6',
    'readPatternByRegex',
    'readDigitLed',
  ])
    copy = copy.replace(new RegExp(`\\b${name}\\b`, 'g'), `RX_${name}`);
  const source = readFileSync(`${LIB}classify/patterns.ts`, 'utf8').replace(
    'export function readPattern(',
    'function readPatternScan(',
  );
  return `${source}\n${copy}\nexport function readPattern(lower: string): PatternReading | null { return RX_readPatternByRegex(lower); }\nvoid readPatternScan;\n`;
}

const file = (name) => readFileSync(HERE + name, 'utf8');
const swaps = {
  scanners: { 'classify/patterns.ts': regexPatterns, 'classify/digits.ts': () => file('digits.regex.ts.txt') },
  tokenTable: { 'classify/token-table.ts': () => file('token-table.plain.ts.txt') },
  uniformShapes: { 'classify/uniform-shapes.ts': () => file('uniform-shapes.plain.ts.txt') },
};
const variants = {
  current: {},
  'scanners → regular expressions': swaps.scanners,
  'token-table.ts → Map': swaps.tokenTable,
  'uniform-shapes.ts → records as written': swaps.uniformShapes,
  'all three plain': Object.assign({}, ...Object.values(swaps)),
};

const MODE = process.env.VAR_MODE ?? 'classify';
const entry = `${OUT}entry.ts`;
const fns = {};
let n = 0;
for (const [name, swap] of Object.entries(variants)) {
  const outfile = `${OUT}${n++}.mjs`;
  await build({
    stdin: {
      contents: `import { classify } from './lib/classify-model';
import { parseModelInput } from './lib/input/parse-input';
import { draftFromName } from './lib/classify/name-facts';
import { nameOnlyVerdicts } from './lib/support/name-verdicts';
const draft = (id: string) => { const p = parseModelInput(id); return p.ok && draftFromName(p.ref); };
export const work = ${JSON.stringify(MODE)} === 'draft' ? draft
  : ${JSON.stringify(MODE)} === 'verdicts' ? (id: string) => { const d = draft(id); return d && nameOnlyVerdicts(d); }
  : (id: string) => classify(id);`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    plugins: [
      {
        name: 'plain-version',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, (args) => {
            const key = args.path.startsWith(LIB) ? args.path.slice(LIB.length) : null;
            const make = key && swap[key];
            return make ? { contents: make(), loader: 'ts', resolveDir: resolve(args.path, '..') } : undefined;
          });
        },
      },
    ],
  });
  fns[name] = (await import(outfile)).work;
}
void entry;

const ids = readFileSync(`${ROOT}/tests/fixtures/corpus/dev.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).id);
function measure(work) {
  let sink = 0;
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 100) {
    for (const id of ids) if (work(id)) sink++;
    done += ids.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (sink < 0) console.log(sink);
  return (done / elapsed) * 1000;
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const SPLIT = /[-_./ ]/;
const floorWork = (id) => id.toLowerCase().split(SPLIT);
const rounds = Number(process.argv[2] ?? 21);
for (let i = 0; i < 2; i++) for (const work of Object.values(fns)) measure(work);
const results = {};
const floor = [];
for (let round = 0; round < rounds; round++) {
  floor.push(measure(floorWork));
  // Rotate the order each round so no variant always runs right after the same one.
  const names = Object.keys(fns);
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    (results[name] ??= []).push(measure(fns[name]));
  }
}
console.log(
  `${MODE}: ${rounds} rounds, 100 ms per variant per round, one process; floor (lower-case + split) ${Math.round(median(floor)).toLocaleString('en-US')} IDs/s`,
);
for (const [name, runs] of Object.entries(results)) {
  const ratios = runs.map((value, i) => value / results.current[i]).sort((a, b) => a - b);
  const q = (p) => ratios[Math.floor(p * (ratios.length - 1))];
  console.log(
    `${name.padEnd(42)} ${Math.round(median(runs)).toLocaleString('en-US').padStart(9)} IDs/s  ×${median(ratios).toFixed(3)} of current (middle half ${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)})`,
  );
}
