import type { Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, launchWithExtension, routeHub, test } from './extension';

// Issue 13, items 1 and 2: what the extension may request from huggingface.co. Three tabs opened at once on a model
// make one request; an answer too large to read shows so; and no lookup, typed or handed over by the context menu
// (?q=), requests anything but /api/models/{org}/{name} (and its config.json) with valid repo names.

const MODEL = 'mistralai/Mistral-7B-Instruct-v0.3'; // its fixture page has no embedded data: the API is asked
const API_FIXTURE = readFileSync('tests/fixtures/api/mistralai--Mistral-7B-Instruct-v0.3.json');

test('three tabs opened at once on one model: one API request, and every tab gets the Hub data', async () => {
  const context = await launchWithExtension();
  const api: string[] = [];
  await routeHub(context, [], async (route: Route, url: URL) => {
    if (!url.pathname.startsWith('/api/')) return false;
    api.push(url.pathname);
    await new Promise((resolve) => setTimeout(resolve, 500)); // slow enough for the three to overlap
    await route.fulfill({ status: 200, contentType: 'application/json', body: API_FIXTURE });
    return true;
  });
  try {
    const pages = await Promise.all([1, 2, 3].map(() => context.newPage()));
    await Promise.all(pages.map((page) => page.goto(`https://huggingface.co/${MODEL}`)));
    for (const page of pages) {
      await expect(page.locator(`[data-model-lens="${MODEL}"] [data-fact="params"]`)).toHaveAttribute(
        'data-value',
        '7248023552',
        { timeout: 10_000 },
      );
    }
    expect(api).toEqual([`/api/models/${MODEL}`]);
    // A fourth tab later in the session: from the session's cache.
    const later = await context.newPage();
    await later.goto(`https://huggingface.co/${MODEL}`);
    await expect(later.locator(`[data-model-lens="${MODEL}"] [data-fact="params"]`)).toHaveAttribute(
      'data-value',
      '7248023552',
    );
    expect(api).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('an answer too large to read: "Hub answer too large", the name-only badges stay, and it is not asked again', async () => {
  test.setTimeout(60_000);
  const context = await launchWithExtension();
  const api: string[] = [];
  // 20 MB of a model answer with a huge file list (over the 16 MB read).
  const siblings = Array.from(
    { length: 400_000 },
    (_, i) => `{"rfilename":"shards/model-${String(i).padStart(6, '0')}-of-400000.safetensors"}`,
  ).join(',');
  const body = `{"id":"${MODEL}","pipeline_tag":"text-generation","siblings":[${siblings}]}`;
  expect(body.length).toBeGreaterThan(16 * 1024 * 1024);
  await routeHub(context, [], async (route: Route, url: URL) => {
    if (!url.pathname.startsWith('/api/')) return false;
    api.push(url.pathname);
    await route.fulfill({ status: 200, contentType: 'application/json', body });
    return true;
  });
  const page = await context.newPage();
  const longTasks = await watchLongTasks(page);
  try {
    await page.goto(`https://huggingface.co/${MODEL}`);
    const host = page.locator(`[data-model-lens="${MODEL}"]`);
    await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
    await expect(host.locator('[data-hub-status="unavailable"]')).toHaveText(
      "Hub data unavailable: the Hub's answer is too large to read",
      { timeout: 20_000 },
    );
    // Parsed off the page: no long task on the page's main thread.
    expect(await longTasks()).toBeLessThan(200);
    await page.reload();
    await expect(host.locator('[data-hub-status="unavailable"]')).toHaveText(
      "Hub data unavailable: the Hub's answer is too large to read",
    );
    expect(api).toHaveLength(1);
  } finally {
    await context.close();
  }
});

/** The longest task (ms) on the page's main thread since it started loading. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** Crafted lookups (issue 13, item 1) and one valid one, whose two requests are the only ones allowed. */
const CRAFTED = [
  '../whoami-v2',
  '../..',
  'x/..',
  './x',
  'a/.',
  '%2e%2e/whoami-v2',
  'x/%2E%2E',
  'https://huggingface.co/%2e%2e/whoami-v2',
  'hf.co/x/..:Q4_K_M',
  'hf:../whoami-v2',
  'x/../../whoami-v2',
  'api/whoami-v2',
];

test('crafted lookups in the popup and through the context menu (?q=) request nothing', async ({
  context,
  extensionId,
  hub,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  for (const text of CRAFTED) {
    await page.locator('#lens-query').fill(text);
    await page.locator('#lens-query').press('Enter');
    await page.waitForTimeout(150);
  }
  for (const text of CRAFTED) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent(text)}`);
    await expect(popup.locator('#lens-query')).toHaveValue(text);
    await popup.waitForTimeout(150);
    await popup.close();
  }
  // A valid lookup last: its requests are the only ones.
  await page.locator('#lens-query').fill('mistralai/Mixtral-8x7B-Instruct-v0.1');
  await page.locator('#lens-query').press('Enter');
  await expect(
    page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"] [data-fact="params"]'),
  ).toHaveAttribute('data-active', '12900000000');
  await page.waitForTimeout(300);
  expect(hub.requests.filter((request) => !request.includes('/front/build/'))).toEqual([
    'GET /api/models/mistralai/Mixtral-8x7B-Instruct-v0.1',
  ]);
});
