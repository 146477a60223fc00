// npm run bench:page — what Model Lens costs a huggingface.co tab, measured in Debian's Chromium with the built
// extension and every request routed to the fixtures (no network):
//   1. the real model-page fixture: content-script start → badge row attached (User Timing marks the content script
//      sets), with the background already running (warm) and just stopped (cold: the first tab after it idled out);
//   2. a generated /models page of 1,000 cards: main-thread scripting time and busy time from content-script start
//      to the last card badged, the longest task, and API requests.
// Medians over repeated runs; each figure is printed beside its budget. Timing never decides a test: this is a
// benchmark, rerun it when the content script changes.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  launchWithExtension,
  launchWithoutExtension as launchPlain,
  routeHub,
  scrollThrough,
} from '../tests/e2e/extension';
import { readHeader, watchHeader, type HeaderTiming } from './bench/header-timing';
import { generateListing, withStylesheet } from './bench/listing-page';
import {
  breakdown,
  type Breakdown,
  busyCpuTime,
  busyTime,
  byName,
  isExtensionScript,
  longestTask,
  pageMainThread,
  scriptingTime,
  type TraceEvent,
} from './bench/trace';

const MODEL_PAGE = 'https://huggingface.co/distilbert/distilbert-base-uncased';
const LISTING = 'https://huggingface.co/models?bench=1000';
const CARDS = 1000;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 11);
const LISTING_RUNS = Math.max(3, Math.ceil(RUNS / 3));
/** `model` or `listing` runs only that half (while working on one); anything else runs both. */
const ONLY = process.env.BENCH_PAGE_ONLY ?? '';
/**
 * BENCH_PAGE_COMPARE=<dir>: another build (a copy of an older `.output/chrome-mv3`) run in the same rounds as this
 * one and the plain browser, in alternating order: the two builds' ratios and each round's ratio between them.
 */
const COMPARE = process.env.BENCH_PAGE_COMPARE ?? '';
/** BENCH_PAGE_TRACE=<prefix>: each listing run's main-thread trace events, as JSON (`<prefix>.<round>[.other|.plain].json`). */
const TRACE_FILE = process.env.BENCH_PAGE_TRACE ?? '';
/**
 * BENCH_PAGE_CATEGORIES: the listing's trace categories (adding `blink` to BENCH_PAGE_TRACE's files shows the paint
 * lifecycle's steps, e.g. CullRectUpdate).
 */
const CATEGORIES =
  process.env.BENCH_PAGE_CATEGORIES ??
  'devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline';
/** Issue 14's goal: Model Lens adds at most this share to the listing's own main-thread time. */
const LISTING_GOAL = 0.25;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** A ratio as a signed percentage (+24 %, -6 %). */
const percent = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(0)} %`;
/** Each run's main-thread CPU against the run of `base` taken beside it, as a ratio − 1. */
const cpuRatios = (runs: ListingRun[], base: ListingRun[]) =>
  runs.map((run, index) => run.busyCpu / base[index]!.busyCpu - 1);

async function main() {
  const ids = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const listing = withStylesheet(
    generateListing(readFileSync('tests/fixtures/pages/model-list--models.html', 'utf8'), ids.slice(0, CARDS)),
  );
  const requests: string[] = [];
  const context = await launchServing(listing, requests);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const other = COMPARE ? await launchServing(listing, requests, COMPARE) : null;
  if (other) other.serviceWorkers()[0] ?? (await other.waitForEvent('serviceworker'));
  const results: Result[] = [];

  try {
    if (ONLY !== 'listing') await modelPageResults(context, results);
    if (ONLY !== 'model') await listingResults(context, requests, listing, results, other);
  } finally {
    await context.close();
    await other?.close();
  }
  void worker;

  console.log(
    `\nPage cost (medians; ${RUNS} runs warm, fewer cold and listing; Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'})`,
  );
  for (const { name, value, budget, ok } of results)
    console.log(`  ${ok === null ? ' ' : ok ? '✓' : '✗'} ${name.padEnd(70)} ${value.padStart(10)}   ${budget}`);
  if (results.some((result) => result.ok === false)) process.exitCode = 1;
}

type Result = { name: string; value: string; budget: string; ok: boolean | null };

async function modelPageResults(context: BrowserContext, results: Result[]) {
  {
    await modelPage(context, 2); // warm-up: first loads compile the extension's scripts
    const warm = await modelPage(context, RUNS);
    results.push({
      name: 'model page: content-script start → badges (background running)',
      value: ms(median(warm.times)),
      budget: 'reported (the script starts before the page is parsed)',
      ok: null,
    });
    const pick = (key: keyof HeaderTiming, runs = warm.header) =>
      median(runs.map((timing) => (timing[key] as number | null) ?? Infinity));
    results.push({
      name: 'model page: header in the DOM → row in the DOM, frames apart',
      value: String(pick('hostFrames')),
      budget: `0: the same frame (${ms(pick('hostAfter'))})`,
      ok: pick('hostFrames') === 0,
    });
    results.push({
      name: 'model page: header in the DOM → chips rendered',
      value: ms(pick('chipsAfter')),
      budget: `reported (${pick('chipsFrames')} frames)`,
      ok: null,
    });
    const plain = await launchPlain();
    let base: HeaderTiming[];
    try {
      await routeHub(plain, []);
      base = (await modelPage(plain, Math.ceil(RUNS / 2), undefined, false)).header;
    } finally {
      await plain.close();
    }
    const shift = pick('cls') - pick('cls', base);
    results.push({
      name: 'model page: layout shift (CLS) Model Lens adds',
      value: shift.toFixed(4),
      budget: `0 (${pick('cls').toFixed(4)} with, ${pick('cls', base).toFixed(4)} without)`,
      ok: shift <= 0,
    });
    results.push({
      name: 'model page: main-thread scripting in that time',
      value: ms(median(warm.own)),
      budget: 'reported',
      ok: null,
    });
    results.push({
      name: 'model page: content script evaluation (before its start)',
      value: ms(median(warm.startup)),
      budget: 'reported',
      ok: null,
    });
    const cold = await modelPage(context, Math.ceil(RUNS / 2), async (page) => stopWorkers(page));
    results.push({
      name: 'model page: content-script start → badges (background stopped)',
      value: ms(median(cold.times)),
      budget: 'reported',
      ok: null,
    });
    results.push({
      name: 'model page: API requests',
      value: String(warm.apiRequests + cold.apiRequests),
      budget: '0 (embedded data)',
      ok: warm.apiRequests + cold.apiRequests === 0,
    });
  }
}

async function listingResults(
  context: BrowserContext,
  requests: string[],
  listing: string,
  results: Result[],
  other: BrowserContext | null,
) {
  {
    requests.length = 0;
    const withLens: ListingRun[] = [];
    const withOther: ListingRun[] = [];
    const without: ListingRun[] = [];
    const plain = await launchWithoutExtension(listing);
    try {
      for (let run = 0; run < LISTING_RUNS; run++) {
        if (!other) {
          withLens.push(await listingPage(context, TRACE_FILE && `${TRACE_FILE}.${run}.json`));
          without.push(await listingPage(plain, TRACE_FILE && `${TRACE_FILE}.${run}.plain.json`));
          continue;
        }
        // Three runs a round, in an order that turns each round, so neither build always follows the plain browser.
        const round: [BrowserContext, ListingRun[]][] = [
          [context, withLens],
          [other, withOther],
          [plain, without],
        ];
        for (let step = 0; step < 3; step++) {
          const [browser, runs] = round[(run + step) % 3]!;
          const name = runs === withLens ? 'json' : runs === withOther ? 'other.json' : 'plain.json';
          runs.push(await listingPage(browser, TRACE_FILE && `${TRACE_FILE}.${run}.${name}`));
        }
      }
    } finally {
      await plain.close();
    }
    if (other) compareBuilds(withLens, withOther, without, results);
    const apiRequests = requests.filter((request) => request.includes('/api/')).length;
    const med = (runs: ListingRun[], pick: (run: ListingRun) => number) => median(runs.map(pick));
    const firstScreen = median(withLens.map((run) => run.firstScreen ?? Infinity));
    results.push({
      name: `/models, ${CARDS} cards: content-script start → first screens badged`,
      value: ms(firstScreen),
      budget: 'reported',
      ok: null,
    });
    results.push({
      name: `/models, ${CARDS} cards: cards badged after scrolling through`,
      value: String(Math.min(...withLens.map((run) => run.badged))),
      budget: String(CARDS),
      ok: withLens.every((run) => run.badged === CARDS),
    });
    for (const [label, pick] of [
      ['scripting', (run: ListingRun) => run.scripting],
      ['main thread busy', (run: ListingRun) => run.busy],
      ['main thread CPU', (run: ListingRun) => run.busyCpu],
    ] as const) {
      const lens = med(withLens, pick);
      const base = med(without, pick);
      results.push({
        name: `/models, ${CARDS} cards, load + scroll through: ${label}, Model Lens's share`,
        value: ms(lens - base),
        budget: `(${ms(lens)} with, ${ms(base)} without)`,
        ok: null,
      });
    }
    // Each run with the extension against the run without it just after (the machine's load changes slowly).
    // CPU time: wall-clock time on a shared machine grows with the other users' load.
    const ratios = cpuRatios(withLens, without);
    const overhead = median(ratios);
    results.push({
      name: `/models, ${CARDS} cards, load + scroll through: main thread CPU added`,
      value: percent(overhead),
      budget: `≤ ${percent(LISTING_GOAL)} (runs: ${ratios.map(percent).join(', ')})`,
      ok: overhead <= LISTING_GOAL,
    });
    // Where Model Lens's share went (a trace's kinds of work, with minus without).
    for (const kind of Object.keys(withLens[0]!.kinds) as (keyof Breakdown)[]) {
      const lens = med(withLens, (run) => run.kinds[kind] ?? 0);
      const base = med(without, (run) => run.kinds[kind] ?? 0);
      results.push({
        name: `/models, ${CARDS} cards: ${kind}, Model Lens's share`,
        value: ms(lens - base),
        budget: `(${ms(lens)} with, ${ms(base)} without)`,
        ok: null,
      });
    }
    if (process.env.BENCH_PAGE_NAMES) printNames(withLens, without);
    results.push({
      name: `/models, ${CARDS} cards: longest task running Model Lens code (not the page's parsing)`,
      value: ms(med(withLens, (run) => run.longestOwn)),
      budget: '≤ 50 ms',
      ok: med(withLens, (run) => run.longestOwn) <= 50,
    });
    results.push({
      name: `/models, ${CARDS} cards: longest task of the page (with / without)`,
      value: ms(med(withLens, (run) => run.longest)),
      budget: `(${ms(med(without, (run) => run.longest))} without)`,
      ok: null,
    });
    results.push({
      name: `/models, ${CARDS} cards: API requests`,
      value: String(apiRequests),
      budget: '0',
      ok: apiRequests === 0,
    });
  }
}

/**
 * Loads the model page `runs` times, traced: the wall-clock time between the content script's two marks (which
 * includes waiting for storage and the background, and the page's own tasks), the main-thread time Model Lens's own
 * code ran in that window, and API requests made.
 */
async function modelPage(
  context: BrowserContext,
  runs: number,
  before?: (page: Page) => Promise<void>,
  withLens = true,
) {
  const header: HeaderTiming[] = [];
  const times: number[] = [];
  const own: number[] = [];
  const startup: number[] = [];
  let apiRequests = 0;
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    page.on('request', (request) => void (request.url().includes('/api/') && apiRequests++));
    if (before) await before(page);
    const session = (await context.newCDPSession(page)) as unknown as TracingSession;
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as TraceEvent[])));
    await session.send('Tracing.start', {
      categories: 'devtools.timeline,blink.user_timing,v8.execute',
      transferMode: 'ReportEvents',
    });
    await page.addInitScript(watchHeader(new URL(MODEL_PAGE).pathname));
    await page.goto(MODEL_PAGE);
    if (!withLens) {
      await page.waitForTimeout(1000);
      header.push((await page.evaluate(readHeader)) as HeaderTiming);
      await session.send('Tracing.end');
      await page.close();
      continue;
    }
    const handle = await page.waitForFunction(
      () => {
        const [start] = performance.getEntriesByName('model-lens:start');
        const [badges] = performance.getEntriesByName('model-lens:badges');
        return start && badges ? badges.startTime - start.startTime : null;
      },
      undefined,
      { timeout: 10_000 },
    );
    times.push((await handle.jsonValue()) as number);
    await page.waitForTimeout(1000); // the later facts (the page's data) replace the first ones: any shift they make
    header.push((await page.evaluate(readHeader)) as HeaderTiming);
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    const start = events.find((event) => event.name === 'model-lens:start');
    const badges = events.find((event) => event.name === 'model-lens:badges');
    if (start && badges) {
      // The saved page runs no scripts of its own by then: the main thread's scripting in the window is Model Lens's.
      const thread = events.filter((event) => event.pid === start.pid && event.tid === start.tid);
      own.push(scriptingTime(thread, start.ts, badges.ts));
      const evaluation = thread.find((event) => event.name === 'EvaluateScript' && isExtensionScript(event));
      if (evaluation?.dur) startup.push(evaluation.dur / 1000);
    }
    await page.close();
  }
  return { header, times, own, startup, apiRequests };
}

/** The browser with Model Lens (this build, or the one at `path`), serving the fixtures and the listing. */
async function launchServing(listing: string, requests: string[], path?: string): Promise<BrowserContext> {
  const context = await launchWithExtension(path);
  await routeHub(context, requests, async (route, url) => {
    if (url.pathname !== '/models' || url.searchParams.get('bench') !== String(CARDS)) return false;
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: listing });
    return true;
  });
  return context;
}

/** BENCH_PAGE_COMPARE: each build against the plain run of its round, and this build against the other per round. */
function compareBuilds(withLens: ListingRun[], withOther: ListingRun[], without: ListingRun[], results: Result[]) {
  for (const [label, runs] of [
    ['this build', withLens],
    [`the build in ${COMPARE}`, withOther],
  ] as const) {
    const each = cpuRatios(runs, without);
    results.push({
      name: `/models, ${CARDS} cards: main thread CPU added, ${label}`,
      value: percent(median(each)),
      budget: `(rounds: ${each.map(percent).join(', ')}; ${ms(median(runs.map((run) => run.busyCpu)))})`,
      ok: null,
    });
  }
  const each = cpuRatios(withLens, withOther);
  results.push({
    name: `/models, ${CARDS} cards: this build's CPU against the other build's`,
    value: percent(median(each)),
    budget: `(rounds: ${each.map(percent).join(', ')}; without: ${ms(median(without.map((run) => run.busyCpu)))})`,
    ok: null,
  });
}

/** The same browser without Model Lens, serving the same listing: the page's own cost. */
async function launchWithoutExtension(listing: string): Promise<BrowserContext> {
  const context = await launchPlain();
  await routeHub(context, [], async (route, url) => {
    if (url.pathname !== '/models' || url.searchParams.get('bench') !== String(CARDS)) return false;
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: listing });
    return true;
  });
  return context;
}

/** Stops the extension's service worker, as Chrome does after 30 s idle. */
async function stopWorkers(page: Page): Promise<void> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Playwright types CDP events loosely; the two tracing events this script listens to. */
interface TracingSession {
  on(event: 'Tracing.dataCollected', listener: (payload: { value: unknown[] }) => void): void;
  once(event: 'Tracing.tracingComplete', listener: () => void): void;
  send(method: string, params?: object): Promise<unknown>;
}

export interface ListingRun {
  /** Content-script start → the first screens' cards badged (wall clock). */
  firstScreen: number | null;
  scripting: number;
  busy: number;
  /** CPU time of the main thread's tasks. */
  busyCpu: number;
  longest: number;
  /** The longest task in which the extension's own scripts ran. */
  longestOwn: number;
  badged: number;
  kinds: Breakdown;
  names: Map<string, number>;
}

/**
 * One load of the 1,000-card listing, then a read through it (a screen per step, as a reader scrolls), traced on the
 * page's main thread from navigation to the end. Run with and without the extension, the difference is its cost.
 */
async function listingPage(context: BrowserContext, traceFile = ''): Promise<ListingRun> {
  const page = await context.newPage();
  const session = (await context.newCDPSession(page)) as unknown as TracingSession;
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as TraceEvent[])));
  await session.send('Tracing.start', {
    categories: CATEGORIES,
    transferMode: 'ReportEvents',
  });
  await page.goto(LISTING, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await scrollThrough(page, { pauseMs: 50, maxSteps: 400 });
  await page.waitForTimeout(500);
  const { firstScreen, badged } = await page.evaluate(() => {
    const start = performance.getEntriesByName('model-lens:start')[0];
    const cards = performance.getEntriesByName('model-lens:cards')[0];
    return {
      firstScreen: start && cards ? cards.startTime - start.startTime : null,
      badged: document.querySelectorAll('[data-model-lens][data-placement="card"]').length,
    };
  });
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
  await page.close();
  const thread = pageMainThread(events, LISTING);
  const scoped = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid);
  if (traceFile) writeFileSync(traceFile, JSON.stringify(scoped));
  return {
    firstScreen,
    scripting: scriptingTime(scoped),
    busy: busyTime(scoped),
    busyCpu: busyCpuTime(scoped),
    longest: longestTask(scoped),
    longestOwn: longestTask(scoped, isExtensionScript, (event) => event.name === 'ParseHTML'),
    badged,
    kinds: breakdown(scoped),
    names: byName(scoped),
  };
}

void main();

/** BENCH_PAGE_NAMES=1: the trace events whose total time differs most with and without Model Lens (medians). */
function printNames(withLens: ListingRun[], without: ListingRun[]): void {
  const names = new Set([...withLens, ...without].flatMap((run) => [...run.names.keys()]));
  const rows = [...names].map((name) => {
    const lens = median(withLens.map((run) => run.names.get(name) ?? 0));
    const base = median(without.map((run) => run.names.get(name) ?? 0));
    return { name, lens, base };
  });
  rows.sort((a, b) => b.lens - b.base - (a.lens - a.base));
  console.log('\nTrace events by added time (with − without; nested events overlap):');
  for (const { name, lens, base } of rows.filter((row) => !row.name.endsWith(' #')).slice(0, 25)) {
    const count = (runs: ListingRun[]) => median(runs.map((run) => run.names.get(`${name} #`) ?? 0));
    console.log(
      `  ${name.padEnd(50)} ${ms(lens - base).padStart(10)}   (${ms(lens)} with, ${ms(base)} without; ${count(withLens)} / ${count(without)} events)`,
    );
  }
}
