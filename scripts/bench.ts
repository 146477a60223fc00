// npm run bench (node scripts/run-bench.mjs): medians of repeated runs on one core, each beside its goal and beside a
// floor measured in the same run, since the machine is shared and single times mean little.
//  1. name-only classify in process, against lower-casing and splitting the same IDs;
//  2. classify --json end to end (standard input to standard output, the bundled command), marginal throughput
//     (a small run's time subtracted, so start-up does not count), against a floor process that reads the same
//     lines and writes each one's lower-cased split as JSON; and the median size of its facts lines.
// BENCH_RUNS (default 21) and BENCH_CLI_RUNS (default 7) set the repeats; BENCH_ONLY=classify|cli runs one part.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { classify } from '../lib/classify-model';

const corpusIds = (file: string): string[] =>
  readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);
const ids = corpusIds('dev.jsonl');

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 7);
const ONLY = process.env.BENCH_ONLY;
const MIN_MS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')} IDs/s`;
const verdict = (met: boolean) => (met ? 'met' : 'not met');

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

function inProcess(): void {
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
  console.log(`corpus: ${ids.length} IDs, ${RUNS} runs of ≥${MIN_MS} ms each, node ${process.version}`);
  console.log(`lower-case + split (baseline)   median ${rate(base)}`);
  console.log(
    `classify, name only             median ${rate(ours)}  (min ${rate(Math.min(...classifyRuns))}, max ${rate(Math.max(...classifyRuns))})`,
  );
  console.log(
    `ratio classify / baseline       ${(ours / base).toFixed(3)} (baseline is ${(base / ours).toFixed(1)}× faster)`,
  );
  console.log(`goal ≥ 1,000,000 IDs/s          ${verdict(ours >= 1e6)}`);
}

// The end-to-end runs read both corpora (5,490 distinct IDs) over and over: no answer is cached per ID, so repeats
// cost what new IDs cost (the verdict sets repeat either way).
const BIG = 60_000;
const SMALL = 6_000;
const CLI = '.output/bench/classify.mjs';
const FLOOR = `process.on('exit',()=>{const u=process.cpuUsage();require('fs').writeFileSync(process.env.BENCH_CPU_FILE,String(u.user+u.system))});let rest='';const out=[];process.stdin.setEncoding('utf8');
process.stdin.on('data',c=>{const l=(rest+c).split('\\n');rest=l.pop();let t='';for(const s of l)if(s.trim())t+=JSON.stringify(s.toLowerCase().split(/[-_./ ]/))+'\\n';process.stdout.write(t)});
process.stdin.on('end',()=>{if(rest.trim())process.stdout.write(JSON.stringify(rest.toLowerCase().split(/[-_./ ]/))+'\\n')});`;

function inputFile(count: number): string {
  const all = [...ids, ...corpusIds('unseen.jsonl')];
  const lines: string[] = [];
  for (let i = 0; lines.length < count; i++) lines.push(all[i % all.length]!);
  const path = `.output/bench/ids-${count}.txt`;
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const CPU_FILE = '.output/bench/cpu.txt';

/**
 * One process reading `input` on standard input and writing to `output`: its wall-clock milliseconds and the CPU
 * milliseconds it reports (all its threads; the command writes them to BENCH_CPU_FILE on exit).
 */
function timed(args: string[], input: string, output = '/dev/null'): { wall: number; cpu: number } {
  const stdin = openSync(input, 'r');
  const stdout = openSync(output, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    stdio: [stdin, stdout, 'inherit'],
    env: { ...process.env, BENCH_CPU_FILE: CPU_FILE },
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(stdin);
  closeSync(stdout);
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return { wall, cpu: Number(readFileSync(CPU_FILE, 'utf8')) / 1000 };
}

/** Marginal IDs/s of a command, by the clock and per CPU second: (BIG − SMALL) inputs over the difference. */
function marginal(args: string[], big: string, small: string): { wall: number; cpu: number } {
  const large = timed(args, big);
  const little = timed(args, small);
  return {
    wall: ((BIG - SMALL) / (large.wall - little.wall)) * 1000,
    cpu: ((BIG - SMALL) / (large.cpu - little.cpu)) * 1000,
  };
}

function endToEnd(): void {
  const big = inputFile(BIG);
  const small = inputFile(SMALL);
  timed([CLI, '--json'], small);
  const variants: [string, string[]][] = [
    ['floor: read, lower-case + split, JSON', ['-e', FLOOR]],
    ['classify --json', [CLI, '--json']],
    ['classify --json --jobs 2', [CLI, '--json', '--jobs', '2']],
    ['classify --json --full', [CLI, '--json', '--full']],
  ];
  const results = new Map<string, { wall: number; cpu: number }[]>(variants.map(([name]) => [name, []]));
  // Interleaved, so a burst of load from elsewhere touches every variant alike.
  for (let run = 0; run < CLI_RUNS; run++)
    for (const [name, args] of variants) results.get(name)!.push(marginal(args, big, small));
  const of = (name: string, kind: 'wall' | 'cpu') => median(results.get(name)!.map((value) => value[kind]));
  const floor = variants[0]![0];
  console.log(
    `\nclassify --json end to end: ${BIG.toLocaleString('en-US')} − ${SMALL.toLocaleString('en-US')} lines, ${CLI_RUNS} runs, marginal (start-up removed); per CPU second (all threads) and by the clock`,
  );
  for (const [name] of variants) {
    const cpu = of(name, 'cpu');
    const wall = of(name, 'wall');
    console.log(
      `${name.padEnd(40)} median ${rate(cpu).padStart(16)} per CPU s (${(cpu / of(floor, 'cpu')).toFixed(3)} of the floor)  ${rate(wall).padStart(16)} by the clock`,
    );
  }
  const ours = of('classify --json', 'cpu');
  console.log(`goal ≥ 150,000 IDs/s on one core   ${verdict(ours >= 150_000)} (per CPU second)`);
  const output = '.output/bench/out.jsonl';
  timed([CLI, '--json'], big, output);
  const text = readFileSync(output, 'utf8');
  const facts = text.split('\n').filter((line) => line.startsWith('{"id"'));
  const sizes = facts.map((line) => Buffer.byteLength(line));
  const legend = Buffer.byteLength(text.slice(0, text.indexOf('\n')));
  const sets = text.split('\n').filter((line) => line.startsWith('{"verdicts"')).length;
  timed([CLI, '--json', '--full'], small, output);
  const full = readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((line) => Buffer.byteLength(line));
  console.log(
    `facts line, median                 ${median(sizes).toLocaleString('en-US')} bytes (--full: ${median(full).toLocaleString('en-US')}); legend ${legend.toLocaleString('en-US')} bytes once, ${sets} verdict sets for ${facts.length.toLocaleString('en-US')} lines`,
  );
  console.log(`goal ≤ 1,536 bytes (median)        ${verdict(median(sizes) <= 1536)}`);
}

if (ONLY !== 'cli') inProcess();
if (ONLY !== 'classify') endToEnd();
