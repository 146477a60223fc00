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

test('a gated repo: the page\'s metadata is public; badges come from it', async ({ page, hub }) => {
  await page.goto('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct');
  const host = page.locator('[data-model-lens="meta-llama/Llama-3.1-8B-Instruct"]');
  await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
  await expect(host.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'full');
  expect(hub.apiRequests()).toEqual([]);
});
