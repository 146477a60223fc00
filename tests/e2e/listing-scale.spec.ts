import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateListing } from '../../scripts/bench/listing-page';
import { isExtensionScript, longestTask, pageMainThread, type TraceEvent } from '../../scripts/bench/trace';
import { expect, test } from './extension';

// Issue 13, item 3: placing 20,000 listing cards' hosts held the page for 2.3 s in one task. Hosts are placed in
// slices: the longest task running Model Lens code stays short however long the listing. Measured two ways: the
// browser's longtask entries (PerformanceObserver, every task over 50 ms, the page's own layout included) and a
// trace of the page's main thread, where the tasks in which the extension's scripts ran are told apart.
// The budget is 50 ms (README); the test allows headroom for a machine shared with other test runs, and
// MODEL_LENS_SCALE_REPORT=1 prints the figures.

/**
 * The attack's 20,000 cards in the suite (before the fix: one task of 1.4 s here); MODEL_LENS_SCALE=5000,20000 measures
 * other sizes.
 */
const SIZES = (process.env.MODEL_LENS_SCALE ?? '20000').split(',').map(Number);
const ALLOWED_MS = 150;

const ids = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { id: string }).id);
const listingOf = (cards: number) =>
  generateListing(
    readFileSync('tests/fixtures/pages/model-list--models.html', 'utf8'),
    Array.from({ length: cards }, (_, i) => `${ids[i % ids.length]}-x${i}`),
  );

interface TracingSession {
  send(method: string, params?: unknown): Promise<unknown>;
  on(event: string, listener: (payload: { value: unknown }) => void): void;
  once(event: string, listener: () => void): void;
}

async function measure(context: BrowserContext, cards: number) {
  const url = `https://huggingface.co/models?scale=${cards}`;
  const body = listingOf(cards);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const session = (await context.newCDPSession(page)) as unknown as TracingSession;
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as TraceEvent[])));
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The first screen badged, then a reader's few screens while the hosts are still being placed further down.
  // (Fixed waits, not locators: a locator polling 20,000 cards would itself hold the page.)
  await page.waitForFunction(() => performance.getEntriesByName('model-lens:cards').length > 0, undefined, {
    timeout: 120_000,
    polling: 1000,
  });
  for (let step = 0; step < 5; step++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(5000);
  const observed = await page.evaluate(() => {
    const start = performance.getEntriesByName('model-lens:start')[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const after = tasks.filter((task) => task.start + task.duration >= start);
    return {
      longestAfterStart: Math.max(0, ...after.map((task) => task.duration)),
      longTasksAfterStart: after.length,
      hostsPlaced: document.querySelectorAll('article [data-model-lens]').length,
      hostsFilled: [...document.querySelectorAll('article [data-model-lens]')].filter((host) => host.shadowRoot).length,
    };
  });
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
  await page.close();
  const thread = pageMainThread(events, url);
  const scoped = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid);
  // The content script starts at document_start, inside the task in which the page's own HTML is parsed (seconds for
  // 20,000 cards): that task is the page's, and is left out.
  const parsing = (event: TraceEvent) => event.name === 'ParseHTML';
  return {
    cards,
    longestOwn: longestTask(scoped, isExtensionScript, parsing),
    longestAny: longestTask(scoped),
    ...observed,
  };
}

for (const cards of SIZES) {
  test(`${cards.toLocaleString('en')} listing cards: no Model Lens task runs long`, async ({ context }) => {
    test.setTimeout(300_000);
    const figures = await measure(context, cards);
    if (process.env.MODEL_LENS_SCALE_REPORT) console.log(JSON.stringify(figures));
    expect(figures.longestOwn).toBeLessThan(ALLOWED_MS);
  });
}
