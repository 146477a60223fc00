import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { generateListing } from '../../scripts/bench/listing-page';
import { expect, scrollThrough, setTheme, test } from './extension';
import { messages } from './messages';

// The filter bar on model lists (issue #16, item 4): off by default, switched on in the options; it dims (or hides)
// the cards that do not answer its questions, from what the background already computed for the cards' badges, and
// says how many it shows and sets aside of the cards read so far. No request of its own. Screenshots go to
// test-results/listing-filters-*.png.

const RTX_4090 = { preset: 'rtx-4090', gpuMemoryGB: 24, gpuCount: 1, systemRamGB: 64, unified: false };
const ARTICLES = 'article:has([data-model-lens])';

/** The bar's and the option's labels, from the catalogs. */
const labelsIn = (t: (typeof messages)['en']) => ({
  fits: t('filters_fits'),
  axolotl: t('filters_axolotl'),
  commercial: t('filters_commercial'),
  gguf: t('filters_gguf'),
  option: t('options_listing_filters'),
});
const LABELS = { en: labelsIn(messages.en), my: labelsIn(messages.my) } as const;

/** Settings (synced) and the bar's remembered choice (this browser's), written as the extension's pages write them. */
async function store(context: BrowserContext, extensionId: string, settings: object, local: object = {}) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(
    async ([settings, local]) => {
      type Area = { set: (items: object) => Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
      await storage.sync.set({ settings });
      await storage.local.set(local);
    },
    [settings, local] as const,
  );
  // The background keeps the settings it hands to starting pages; it hears of the change a moment later (storage's
  // change event). A page opened in between would start with the old ones.
  await page.waitForFunction(async (settings) => {
    type Runtime = { sendMessage: (message: object) => Promise<{ settings?: Record<string, unknown> } | null> };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    const reply = await runtime.sendMessage({ type: 'start', browserLanguage: 'en' });
    return Object.entries(settings).every(
      ([key, value]) => JSON.stringify(reply?.settings?.[key]) === JSON.stringify(value),
    );
  }, settings);
  await page.close();
}

const bar = (page: Page) => page.locator('[data-model-lens-filters]');

/** The bar's count, as it says it (data attributes beside the words), read at once: cards keep filling meanwhile. */
function count(page: Page): Promise<{ shown: number; aside: number; read: number }> {
  return bar(page)
    .locator('output')
    .evaluate((output) => {
      const read = (name: string) => Number(output.getAttribute(`data-${name}`));
      return { shown: read('shown'), aside: read('aside'), read: read('read') };
    });
}

/** The page's cards set aside, and the data-value of one fact's badge on the cards shown and on those set aside. */
async function sides(page: Page, fact: string) {
  return page.evaluate(
    ([selector, fact]) => {
      const value = (card: Element) =>
        card
          .querySelector('[data-model-lens]')
          ?.shadowRoot?.querySelector(`[data-fact="${fact}"]`)
          ?.getAttribute('data-value') ?? '';
      const cards = [...document.querySelectorAll(selector)];
      const aside = cards.filter((card) => card.hasAttribute('data-model-lens-filtered'));
      return {
        shown: cards.filter((card) => !aside.includes(card)).map(value),
        aside: aside.map(value),
        modes: [...new Set(aside.map((card) => card.getAttribute('data-model-lens-filtered')))],
      };
    },
    [ARTICLES, fact] as const,
  );
}

const isAside = (page: Page, id: string) =>
  page.locator(`article:has(a[href="/${id}"])`).getAttribute('data-model-lens-filtered');

/** axe-core on the bar alone (the saved pages have violations that are not ours). */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-model-lens-filters]').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function check(box: Locator, on: boolean) {
  await (on ? box.check() : box.uncheck());
}

test('off by default: no bar on /models, the cards as the listing shows them', async ({ page }) => {
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens] [data-fact="axolotl"]')).toHaveCount(64);
  await expect(bar(page)).toHaveCount(0);
  await expect(page.locator('[data-model-lens-filtered]')).toHaveCount(0);
});

test('the options page switches the bar on, in English and Burmese', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(LABELS.en.option).check();
  await expect(options.locator('[data-options-status]')).not.toBeEmpty();
  const stored = () =>
    options.evaluate(async () => {
      type Sync = { get: (key: string) => Promise<Record<string, { listingFilters?: boolean }>> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome;
      return (await storage.sync.get('settings')).settings?.listingFilters;
    });
  await expect.poll(stored).toBe(true);
  await options.locator('select[name="language"]').selectOption('my');
  await expect(options.locator('html')).toHaveAttribute('lang', 'my');
  await options.getByLabel(LABELS.my.option).uncheck();
  await expect.poll(stored).toBe(false);
});

test('/models in English: each question dims the cards that do not answer it, counted; hiding; no request', async ({
  context,
  extensionId,
  page,
  hub,
}) => {
  await store(context, extensionId, { listingFilters: true, hardware: RTX_4090, language: 'en' });
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens] [data-fact="axolotl"]')).toHaveCount(64);
  await expect(bar(page).locator('output')).toHaveText('64 read so far');
  await expectAccessible(page);
  const requests = hub.requests.length;
  const labels = LABELS.en;

  await bar(page).locator('select[name="kind"]').selectOption('llm');
  await expect(bar(page).locator('output')).toHaveText('37 shown, 27 dimmed, of 64 read so far');
  expect(await count(page)).toEqual({ shown: 37, aside: 27, read: 64 });
  let cards = await sides(page, 'category');
  expect(new Set(cards.shown)).toEqual(new Set(['llm']));
  expect(cards.aside).not.toContain('llm');
  expect(cards.modes).toEqual(['dim']);
  await bar(page).locator('select[name="kind"]').selectOption('');
  await expect(page.locator('[data-model-lens-filtered]')).toHaveCount(0);

  // Each question alone: the cards shown are exactly those whose badge answers it.
  const questions = [
    [labels.fits, 'fit', ['gpu'], 46],
    [labels.axolotl, 'axolotl', ['full', 'partial'], 32],
    [labels.gguf, 'quant', ['gguf'], 7],
  ] as const;
  for (const [label, fact, values, shown] of questions) {
    const box = bar(page).getByRole('checkbox', { name: label });
    await check(box, true);
    await expect.poll(() => count(page)).toEqual({ shown, aside: 64 - shown, read: 64 });
    cards = await sides(page, fact);
    expect(cards.shown.every((value) => (values as readonly string[]).includes(value))).toBe(true);
    expect(cards.aside.some((value) => (values as readonly string[]).includes(value))).toBe(false);
    await check(box, false);
  }

  // The licence is not on the cards' chips: the background's traits say it (publishers' declared licences).
  await bar(page).getByRole('checkbox', { name: labels.commercial }).check();
  await expect.poll(() => count(page)).toEqual({ shown: 22, aside: 42, read: 64 });
  expect(await isAside(page, 'Qwen/Qwen2.5-7B-Instruct')).toBeNull(); // Apache-2.0
  expect(await isAside(page, 'meta-llama/Llama-3.1-8B-Instruct')).toBeNull(); // Llama community licence: conditions
  expect(await isAside(page, 'black-forest-labs/FLUX.1-dev')).toBe('dim'); // non-commercial
  expect(await isAside(page, 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF')).toBe('dim'); // not known: not shown
  await page.screenshot({ path: 'test-results/listing-filters-en-dim.png' });

  // Questions combine; hiding takes the cards out of the grid and nothing else.
  await bar(page).getByRole('checkbox', { name: labels.commercial }).uncheck();
  await bar(page).getByRole('checkbox', { name: labels.gguf }).check();
  await bar(page).getByRole('checkbox', { name: labels.fits }).check();
  await expect.poll(() => count(page)).toEqual({ shown: 6, aside: 58, read: 64 });
  const grid = page.locator('article').first().locator('xpath=..');
  const gridBox = await grid.boundingBox();
  await bar(page).locator('select[name="others"]').selectOption('hide');
  await expect(bar(page).locator('output')).toHaveText('6 shown, 58 hidden, of 64 read so far');
  await expect(page.locator(`${ARTICLES}:visible`)).toHaveCount(6);
  expect((await sides(page, 'quant')).modes).toEqual(['hide']);
  expect((await grid.boundingBox())!.width).toBe(gridBox!.width);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/listing-filters-en-hide.png' });
  await bar(page).locator('select[name="others"]').selectOption('dim');
  await expect(page.locator(`${ARTICLES}:visible`)).toHaveCount(64);
  expect((await grid.boundingBox())!.height).toBe(gridBox!.height);

  // Nothing was asked of huggingface.co while filtering, and no API request at all.
  expect(hub.requests.slice(requests)).toEqual([]);
  expect(hub.apiRequests()).toEqual([]);

  // Remembered per browser: the next page view starts with the same choice.
  await page.reload();
  await scrollThrough(page);
  await expect.poll(() => count(page)).toEqual({ shown: 6, aside: 58, read: 64 });
  await expect(bar(page).getByRole('checkbox', { name: labels.gguf })).toBeChecked();
});

test('cards are filtered as they are read: the count says of how many', async ({ context, extensionId, page }) => {
  const ids = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
    .trim()
    .split('\n')
    .slice(0, 2000)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const listing = generateListing(readFileSync('tests/fixtures/pages/model-list--models.html', 'utf8'), ids);
  await page.route('https://huggingface.co/models?long=1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: listing }),
  );
  await store(context, extensionId, { listingFilters: true, language: 'en' }, { listingFilters: { gguf: true } });
  await page.goto('https://huggingface.co/models?long=1');
  await expect(bar(page)).toHaveCount(1);
  const early = await count(page);
  expect(early.read).toBeGreaterThan(0);
  expect(early.read).toBeLessThan(2000);
  expect(early.shown + early.aside).toBe(early.read);
  await scrollThrough(page, { maxSteps: 400 });
  // Every card that is a model has been read (a name that is not one loses its host).
  const hosts = page.locator('[data-model-lens][data-placement="card"]');
  await expect.poll(async () => (await count(page)).read, { timeout: 20_000 }).toBeGreaterThan(1900);
  await expect.poll(async () => (await count(page)).read).toBe(await hosts.count());
  const late = await count(page);
  const gguf = await sides(page, 'quant');
  expect(late.shown).toBe(gguf.shown.length);
  expect(gguf.shown.every((value) => value === 'gguf')).toBe(true);
  expect(late.aside).toBe(await page.locator('[data-model-lens-filtered="dim"]').count());
});

test('without a GPU set, "fits my GPU" is off and says why', async ({ context, extensionId, page }) => {
  await store(context, extensionId, { listingFilters: true, language: 'en' }, { listingFilters: { fits: true } });
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  const fits = bar(page).getByRole('checkbox', { name: LABELS.en.fits });
  await expect(fits).toBeDisabled();
  await expect(fits).not.toBeChecked();
  await expect(bar(page).locator('label[title]')).toHaveAttribute('title', /Set your GPU/);
  await expect.poll(() => count(page)).toEqual({ shown: 64, aside: 0, read: 64 });
});

test('in Burmese on an organisation page and a collection, with the dark theme', async ({
  context,
  extensionId,
  page,
  hub,
}) => {
  await store(context, extensionId, { listingFilters: true, hardware: RTX_4090, language: 'my' });
  const labels = LABELS.my;
  await page.goto('https://huggingface.co/Qwen');
  await scrollThrough(page);
  await expect(bar(page)).toHaveAttribute('lang', 'my');
  await expect(bar(page).locator('output')).toHaveText(messages.my('filters_count_all', [16]));
  await bar(page).getByRole('checkbox', { name: labels.axolotl }).check();
  const axolotl = await sides(page, 'axolotl');
  const { shown, aside } = await count(page);
  expect([shown, aside]).toEqual([axolotl.shown.length, axolotl.aside.length]);
  expect(axolotl.shown.every((value) => value === 'full' || value === 'partial')).toBe(true);
  expect(axolotl.aside.every((value) => value === 'none' || value === 'unknown')).toBe(true);
  await expect(bar(page).locator('output')).toHaveText(messages.my('filters_count_dim', [shown, aside, 16]));
  await setTheme(page, 'dark');
  await expect(bar(page)).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/listing-filters-my-org-dark.png' });

  // The choice travels to the collection (same browser); the licence question in Burmese.
  await page.goto('https://huggingface.co/collections/meta-llama/llama-31-669fc079a0c406a149a5738f');
  await scrollThrough(page);
  await expect(bar(page).getByRole('checkbox', { name: labels.axolotl })).toBeChecked();
  await bar(page).getByRole('checkbox', { name: labels.axolotl }).uncheck();
  await bar(page).getByRole('checkbox', { name: labels.commercial }).check();
  // The Llama 3.1 models' community licence allows commercial use with conditions; the Guard models' licence is not
  // known without their Hub data (a listing has none): not known is not shown.
  await expect.poll(() => count(page)).toEqual({ shown: 7, aside: 2, read: 9 });
  expect(await isAside(page, 'meta-llama/Llama-3.1-405B-Instruct-FP8')).toBeNull();
  expect(await isAside(page, 'meta-llama/Llama-Guard-3-8B')).toBe('dim');
  expect(await isAside(page, 'meta-llama/Prompt-Guard-86M')).toBe('dim');
  await bar(page).getByRole('checkbox', { name: labels.gguf }).check();
  await expect(bar(page).locator('output')).toHaveText(messages.my('filters_count_dim', [0, 9, 9]));
  await page.screenshot({ path: 'test-results/listing-filters-my-collection.png' });
  expect(hub.apiRequests()).toEqual([]);
});

test('leaving the listing restores every card and takes the bar away', async ({ context, extensionId, page }) => {
  await store(
    context,
    extensionId,
    { listingFilters: true, language: 'en' },
    { listingFilters: { kind: 'speech', hide: true } },
  );
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect.poll(async () => (await count(page)).read).toBe(64);
  await expect(page.locator('[data-model-lens-filtered="hide"]')).not.toHaveCount(0);
  // The options turn the bar off: open tabs follow at once.
  await store(context, extensionId, { listingFilters: false, language: 'en' });
  await expect(bar(page)).toHaveCount(0);
  await expect(page.locator('[data-model-lens-filtered]')).toHaveCount(0);
  await expect(page.locator(`${ARTICLES}:visible`)).toHaveCount(64);
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll('article')].map((card) => card.getAttribute('style') ?? ''),
  );
  expect(styles.every((style) => !/display|filter/.test(style))).toBe(true);
});

test('the page re-renders its list: the new cards are read and filtered, the old ones leave the count', async ({
  context,
  extensionId,
  page,
}) => {
  await store(context, extensionId, { listingFilters: true, language: 'en' }, { listingFilters: { gguf: true } });
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect.poll(() => count(page)).toEqual({ shown: 7, aside: 57, read: 64 });
  // As the Hub does on a filter change: the old cards go, new ones arrive.
  await page.evaluate(() => {
    const list = document.querySelector('article')!.parentElement!;
    const template = list.querySelector('article')!;
    for (const old of list.querySelectorAll('article')) old.remove();
    for (const id of ['TheBloke/Llama-2-7B-Chat-GGUF', 'TheBloke/Llama-2-7B-GPTQ', 'google/gemma-2-9b-it']) {
      const article = template.cloneNode(true) as HTMLElement;
      article.querySelector('[data-model-lens]')?.remove();
      article.removeAttribute('data-model-lens-filtered');
      article.removeAttribute('style');
      article.querySelector('a')!.setAttribute('href', `/${id}`);
      article.querySelector('header')!.setAttribute('title', id);
      article.querySelector('h4')!.textContent = id;
      list.append(article);
    }
  });
  await expect.poll(() => count(page)).toEqual({ shown: 1, aside: 2, read: 3 });
  await expect(bar(page)).toHaveCount(1);
  expect(await isAside(page, 'TheBloke/Llama-2-7B-Chat-GGUF')).toBeNull();
  expect(await isAside(page, 'TheBloke/Llama-2-7B-GPTQ')).toBe('dim');
});
