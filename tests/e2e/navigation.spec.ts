import { expect, scrollThrough, test } from './extension';
import type { Page } from '@playwright/test';

// Client-side navigation and re-rendered DOM: re-run on URL changes, never inject twice, abort the old page's work.

/** What huggingface.co does on a client-side navigation: new URL, page content replaced. */
async function navigateInPage(page: Page, path: string) {
  await page.evaluate(async (target) => {
    const html = await (await fetch(target)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', target);
    document.body.replaceWith(document.adoptNode(next.body));
  }, path);
}

test('pushState with the DOM replaced: the new model gets its row, the old one is gone', async ({ page }) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  await expect(page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]')).toHaveCount(1);
  await navigateInPage(page, '/Qwen/Qwen2-VL-7B-Instruct');
  const host = page.locator('[data-model-lens="Qwen/Qwen2-VL-7B-Instruct"]');
  await expect(host).toHaveCount(1);
  await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'vlm');
  await expect(page.locator('[data-model-lens]')).toHaveCount(1);
  await navigateInPage(page, '/models');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens]')).toHaveCount(64);
  await expect(page.locator('[data-model-lens="Qwen/Qwen2-VL-7B-Instruct"][data-placement="header"]')).toHaveCount(0);
});

test('a re-rendered header gets its row back, exactly once', async ({ page }) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const hosts = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
  await expect(hosts).toHaveCount(1);
  // Hydration replaces the header's h1 (and with it, our row's neighbour).
  await page.evaluate(() => {
    const heading = document.querySelector('h1')!;
    const copy = heading.cloneNode(true);
    document.querySelector('[data-model-lens]')!.remove();
    heading.replaceWith(copy);
  });
  await expect(hosts).toHaveCount(1);
  expect(await hosts.evaluate((element) => element.previousElementSibling?.tagName)).toBe('H1');
  await page.waitForTimeout(300);
  await expect(hosts).toHaveCount(1);
});

test('going back and forth between pages keeps one group per model', async ({ page }) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  for (let i = 0; i < 5; i++) {
    await navigateInPage(page, i % 2 === 0 ? '/Qwen/Qwen2-VL-7B-Instruct' : '/mistralai/Mixtral-8x7B-Instruct-v0.1');
    await expect(page.locator('[data-model-lens]')).toHaveCount(1);
  }
});

test("a gated repo: the page's metadata is public; badges come from it", async ({ page, hub }) => {
  await page.goto('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct');
  const host = page.locator('[data-model-lens="meta-llama/Llama-3.1-8B-Instruct"]');
  await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
  await expect(host.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'full');
  expect(hub.apiRequests()).toEqual([]);
});

/**
 * What the content script holds alive, after a garbage collection: observers in its isolated world (other worlds'
 * prototypes differ, so the page's own observers are not counted) and listeners on window and document.
 */
async function liveWork(page: Page): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context));
  await session.send('Runtime.enable');
  const world = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('content script world not found');
  await session.send('HeapProfiler.collectGarbage');
  const counts: Record<string, number> = {};
  for (const type of ['MutationObserver', 'IntersectionObserver', 'AbortController']) {
    const { result: prototype } = await session.send('Runtime.evaluate', {
      expression: `${type}.prototype`,
      contextId: world.id,
    });
    const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
    const { result } = await session.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    counts[type] = result.value as number;
  }
  for (const target of ['window', 'document', 'document.documentElement']) {
    const { result } = await session.send('Runtime.evaluate', { expression: target, contextId: world.id });
    const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    counts[`listeners on ${target}`] = listeners.length;
  }
  await session.detach();
  return counts;
}

test('50 in-page navigations: one group per model each time, and no growth in observers or listeners', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const models = ['mistralai/Mixtral-8x7B-Instruct-v0.1', 'Qwen/Qwen2-VL-7B-Instruct', 'Qwen/Qwen2.5-7B-Instruct-AWQ'];
  await page.goto(`https://huggingface.co/${models[0]}`);
  for (let i = 1; i <= 3; i++) await navigateInPage(page, `/${models[i % models.length]}`); // warm up: every path taken once
  await expect(page.locator(`[data-model-lens="${models[0]}"][data-placement="header"]`)).toHaveCount(1);
  const before = await liveWork(page);
  expect(before.MutationObserver).toBeGreaterThan(0); // the counter sees our world
  for (let i = 1; i <= 50; i++) {
    const model = models[i % models.length]!;
    await navigateInPage(page, `/${model}`);
    await expect(page.locator(`[data-model-lens="${model}"][data-placement="header"]`)).toHaveCount(1);
    await expect(page.locator('[data-model-lens][data-placement="header"]')).toHaveCount(1);
  }
  await navigateInPage(page, `/${models[0]}`);
  await expect(page.locator(`[data-model-lens="${models[0]}"][data-placement="header"]`)).toHaveCount(1);
  await page.waitForTimeout(200);
  const after = await liveWork(page);
  console.log('live work before and after 50 navigations', before, after);
  expect(after).toEqual(before);
  // The count is real: one more observer in the content script's world shows.
  await inContentWorld(
    page,
    'globalThis.__leak = new MutationObserver(() => {}); globalThis.__leak.observe(document, { childList: true })',
  );
  expect((await liveWork(page)).MutationObserver).toBe(after.MutationObserver! + 1);
});

async function inContentWorld(page: Page, expression: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context));
  await session.send('Runtime.enable');
  const world = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://'),
  );
  await session.send('Runtime.evaluate', { expression, contextId: world!.id });
  await session.detach();
}
