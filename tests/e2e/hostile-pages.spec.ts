import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';

// Issue 13, items 4 and 5: pages whose data or links are hostile lose only what is hostile. A model page whose
// embedded data nests 20,000 levels deep keeps its badges; a listing with one bad entry badges every other card;
// a Files tab with a broken percent escape in one link badges every other GGUF file.

const html = (file: string) => readFileSync(`tests/fixtures/pages/${file}`, 'utf8');
const nested = (levels: number) => `${'{&quot;a&quot;:'.repeat(levels)}1${'}'.repeat(levels)}`;

async function serve(page: Page, path: string, body: string) {
  await page.route(`https://huggingface.co${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

test('a model page whose embedded data nests 20,000 levels deep keeps its badges, from the page data', async ({
  page,
  hub,
}) => {
  // The Mixtral page's ModelHeader data with one more field, 20,000 levels deep.
  const body = html('model-card--mistralai--Mixtral-8x7B-Instruct-v0.1.html')
    .replace(
      'data-target="ModelHeader" data-props="{&quot;activeTab&quot;',
      `data-target="ModelHeader" data-props="{&quot;deep&quot;:${nested(20_000)},&quot;activeTab&quot;`,
    )
    .replace(
      /(data-target="ModelHeader" data-props="[^"]*?&quot;model&quot;:\{)/,
      `$1&quot;widgetData&quot;:${nested(20_000)},&quot;cardData&quot;:${nested(20_000)},`,
    );
  expect(body).toContain('&quot;deep&quot;');
  await serve(page, '/mistralai/Mixtral-8x7B-Instruct-v0.1', body);
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const host = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"][data-placement="header"]');
  await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
  await expect(host.locator('[data-fact="params"]')).toHaveAttribute('data-active', '12900000000');
  await expect(host.locator('[data-hub-status]')).toHaveCount(0);
  expect(hub.apiRequests()).toEqual([]);
});

test('a listing with one bad entry in its embedded data: every card is badged', async ({ page }) => {
  const source = html('model-list--models.html');
  // The first model of the list's data gets a 20,000-level field: it loses that field, nothing else.
  const body = source.replace(
    /(data-target="ModelList" data-props="[^"]*?&quot;models&quot;:\[\{)/,
    `$1&quot;deep&quot;:${nested(20_000)},&quot;config&quot;:${nested(20_000)},`,
  );
  expect(body).not.toEqual(source);
  await serve(page, '/models', body);
  await page.goto('https://huggingface.co/models');
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(50);
  }
  await expect(page.locator('article [data-model-lens] [data-fact="axolotl"]')).toHaveCount(64);
  const mixtral = page.locator('article [data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
  await expect(mixtral.locator('[data-fact="params"]')).toHaveAttribute('data-active', '12900000000');
});

test('a Files tab link with a broken percent escape: every other GGUF file keeps its badge, on every rescan', async ({
  page,
}) => {
  const path = '/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/tree/main';
  const source = html('model-files--bartowski--Meta-Llama-3.1-8B-Instruct-GGUF.html');
  const first = source.indexOf(
    '<a class="group flex items-center truncate" href="/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/blob/main/',
  );
  expect(first).toBeGreaterThan(0);
  const bad =
    '<a class="group flex items-center truncate" href="/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/blob/main/broken-%E0%A4%A-Q4_K_M.gguf">broken</a>';
  await serve(page, path, source.slice(0, first) + bad + source.slice(first));
  await page.goto(`https://huggingface.co${path}`);
  await expect(page.locator('[data-model-lens-file]')).toHaveCount(27);
  await expect(
    page.locator('[data-model-lens-file="Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"] [data-fact="gguf-file"]'),
  ).toHaveAttribute('data-value', 'Q4_K_M');
  // A rescan (the page changes) keeps them all, once.
  await page.evaluate(() => document.body.append(document.createElement('div')));
  await page.waitForTimeout(200);
  await expect(page.locator('[data-model-lens-file]')).toHaveCount(27);
});
