import { readFileSync } from 'node:fs';
import { generateListing, withStylesheet } from '../../scripts/bench/listing-page';
import { expect, scrollThrough, test } from './extension';

// Compact badge groups on model cards, from names and the list's embedded data only.

const card = (id: string) => `article:has(a[href="/${id}"]) [data-model-lens="${id}"]`;

test('a long listing: cards are filled when the reader scrolls near them, and filling never moves the page', async ({
  page,
}) => {
  const ids = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
    .trim()
    .split('\n')
    .slice(0, 2000)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const listing = withStylesheet(
    generateListing(readFileSync('tests/fixtures/pages/model-list--models.html', 'utf8'), ids),
  );
  await page.route('https://huggingface.co/models?long=1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: listing }),
  );
  await page.goto('https://huggingface.co/models?long=1');
  const last = page.locator('article').last();
  const before = await last.boundingBox();
  const filled = page.locator('article [data-model-lens] [data-fact="axolotl"]');
  await expect(filled.first()).toBeVisible();
  // The cards near the viewport and an idle-time fill ahead of them (1,000 cards), not the whole listing.
  expect(await filled.count()).toBeLessThan(2000);
  await scrollThrough(page, { maxSteps: 400 });
  await expect(filled).toHaveCount(2000, { timeout: 20_000 });
  await expect(page.locator('article [data-model-lens]')).toHaveCount(2000);
  // Filling a card does not move the page: the chips sit in the card's title line, beside the name.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await last.boundingBox()).toEqual(before);
});

test('/models: every model card gets one group, with values, and no API request', async ({ page, hub }) => {
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens] [data-fact="axolotl"]')).toHaveCount(64);
  const mixtral = page.locator(card('mistralai/Mixtral-8x7B-Instruct-v0.1'));
  await expect(mixtral.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
  await expect(mixtral.locator('[data-fact="params"]')).toHaveAttribute('data-active', '12900000000');
  await expect(mixtral.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'full');
  const awq = page.locator(card('Qwen/Qwen2.5-7B-Instruct-AWQ'));
  await expect(awq.locator('[data-fact="quant"]')).toHaveAttribute('data-value', 'awq');
  // numParameters of an AWQ repo is the packed count: never shown.
  await expect(awq.locator('[data-fact="params"]')).not.toHaveAttribute('data-value', /^1\d{9}$/);
  const gguf = page.locator(card('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF'));
  await expect(gguf.locator('[data-fact="quant"]')).toHaveAttribute('data-value', 'gguf');
  await expect(gguf.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'none');
  await expect(page.locator(card('openai/whisper-large-v3')).locator('[data-fact="category"]')).toHaveAttribute(
    'data-value',
    'speech',
  );
  await expect(page.locator(card('BAAI/bge-m3')).locator('[data-fact="category"]')).toHaveAttribute(
    'data-value',
    'embedding',
  );
  await expect(page.locator(card('black-forest-labs/FLUX.1-dev')).locator('[data-fact="category"]')).toHaveAttribute(
    'data-value',
    'image-generation',
  );
  expect(hub.apiRequests()).toEqual([]);
});

test('cards that appear later (filters, paging, infinite lists) are badged as they appear, once', async ({ page }) => {
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens] [data-fact="axolotl"]')).toHaveCount(64);
  // The list re-renders: the old cards go, new ones arrive (as the Hub does on a filter change).
  await page.evaluate(() => {
    const list = document.querySelector('article')!.parentElement!;
    const template = list.querySelector('article')!;
    for (const old of list.querySelectorAll('article')) old.remove();
    for (const id of ['google/gemma-2-9b-it', 'TheBloke/Llama-2-7B-GPTQ', 'mlx-community/Qwen2.5-7B-Instruct-4bit']) {
      const article = template.cloneNode(true) as HTMLElement;
      article.querySelector('[data-model-lens]')?.remove();
      article.querySelector('a')!.setAttribute('href', `/${id}`);
      article.querySelector('header')!.setAttribute('title', id);
      article.querySelector('h4')!.textContent = id;
      list.append(article);
    }
  });
  await expect(page.locator('article [data-model-lens]')).toHaveCount(3);
  await expect(page.locator(card('TheBloke/Llama-2-7B-GPTQ')).locator('[data-fact="quant"]')).toHaveAttribute(
    'data-value',
    'gptq',
  );
  await expect(
    page.locator(card('mlx-community/Qwen2.5-7B-Instruct-4bit')).locator('[data-fact="quant"]'),
  ).toHaveAttribute('data-value', 'mlx');
  // An infinite list appends: only the new card is badged.
  await page.evaluate(() => {
    const list = document.querySelector('article')!.parentElement!;
    const article = list.querySelector('article')!.cloneNode(true) as HTMLElement;
    article.querySelector('[data-model-lens]')?.remove();
    article.querySelector('a')!.setAttribute('href', '/openai/whisper-large-v3');
    list.append(article);
  });
  await expect(page.locator('article [data-model-lens]')).toHaveCount(4);
  await expect(page.locator('[data-model-lens="openai/whisper-large-v3"]')).toHaveCount(1);
});

test('organisation pages and collections badge their model cards', async ({ page }) => {
  await page.goto('https://huggingface.co/Qwen');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens]')).toHaveCount(16);
  await expect(page.locator(card('Qwen/Qwen2.5-7B-Instruct-AWQ')).locator('[data-fact="quant"]')).toHaveAttribute(
    'data-value',
    'awq',
  );
  await page.goto('https://huggingface.co/collections/meta-llama/llama-31-669fc079a0c406a149a5738f');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens]')).toHaveCount(9);
  await expect(
    page.locator(card('meta-llama/Llama-3.1-405B-Instruct-FP8')).locator('[data-fact="quant"]'),
  ).toHaveAttribute('data-value', 'fp8');
});

test('dataset cards on a model page are left alone', async ({ page }) => {
  await page.goto('https://huggingface.co/distilbert/distilbert-base-uncased');
  await expect(page.locator('[data-model-lens]')).toHaveCount(1);
  await expect(page.locator('article [data-model-lens]')).toHaveCount(0);
});

test("a wide card's chips are words of its title's line, cut by the title's own clip; a sidebar's follow the title", async ({
  page,
}) => {
  // Listings, organisation pages and collections: the host is inside the page's one-line title (h4.truncate), and the
  // row clips nothing itself (a clip of its own is a paint layer per card: docs/DEVELOPING.md, Performance).
  await page.goto('https://huggingface.co/models');
  const host = page.locator(card('mistralai/Mixtral-8x7B-Instruct-v0.1'));
  await expect(host.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'full');
  const placement = () =>
    host.evaluate((element) => ({
      parent: `${element.parentElement!.localName}.${element.parentElement!.className.split(' ').join('.')}`,
      overflow: getComputedStyle(element.shadowRoot!.querySelector('.lens-row')!).overflowX,
    }));
  expect(await placement()).toEqual({ parent: expect.stringMatching(/^h4\..*\btruncate\b/), overflow: 'visible' });
  // The page re-renders the title (as hydration may: the title's children replaced): the card gets its chips again.
  await page
    .locator('article:has(a[href="/mistralai/Mixtral-8x7B-Instruct-v0.1"]) h4')
    .evaluate((h4) => h4.replaceChildren(h4.firstChild!.cloneNode()));
  await expect(host.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'full');
  expect(await placement()).toEqual({ parent: expect.stringMatching(/^h4\..*\btruncate\b/), overflow: 'visible' });
  // A name longer than 36 characters could leave the chips no room in the title: its card gets its first three chips
  // after the title, with no clip either (the title gives way), then "…".
  const long = page.locator(card('hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4'));
  await expect(long.locator('[data-fact="quant"]')).toHaveAttribute('data-value', 'awq');
  expect(
    await long.evaluate((element) => {
      const row = element.shadowRoot!.querySelector('.lens-row')!;
      return {
        parent: element.parentElement!.localName,
        overflow: getComputedStyle(row).overflowX,
        shown: [...row.children].filter((chip) => getComputedStyle(chip).display !== 'none').length,
        more: getComputedStyle(row.children[2]!, '::after').content,
        fits: row.getBoundingClientRect().right <= element.parentElement!.getBoundingClientRect().right + 0.5,
      };
    }),
  ).toEqual({ parent: 'header', overflow: 'visible', shown: 3, more: '"…"', fits: true });
  // The name stays whole at a width where the line is cut: the cut falls in the chips, shown by the title's ellipsis.
  await page.setViewportSize({ width: 560, height: 800 });
  const title = page.locator('article:has(a[href="/mistralai/Mixtral-8x7B-Instruct-v0.1"]) h4');
  const [nameWidth, lineWidth, shownWidth] = await title.evaluate((h4) => {
    const range = document.createRange();
    range.selectNodeContents(h4.firstChild!);
    return [range.getBoundingClientRect().width, h4.scrollWidth, h4.clientWidth];
  });
  expect(lineWidth).toBeGreaterThan(shownWidth);
  expect(nameWidth).toBeLessThan(shownWidth);
  // A model card in a model page's sidebar (narrow): the host is the header's item, after the title, with room and a
  // clip of its own, so a long name cannot push every chip out.
  await page.goto('https://huggingface.co/distilbert/distilbert-base-uncased');
  await page.evaluate(() => {
    const article = document.querySelector('article')!;
    const model = article.cloneNode(true) as HTMLElement;
    const id = 'mistralai/Mixtral-8x7B-Instruct-v0.1';
    model.querySelector('a')!.setAttribute('href', `/${id}`);
    model.querySelector('header')!.setAttribute('title', id);
    const h4 = model.querySelector('h4') ?? model.querySelector('header')!.appendChild(document.createElement('h4'));
    h4.className = 'text-md truncate font-mono';
    h4.textContent = id;
    article.after(model);
  });
  expect(await placement()).toEqual({ parent: 'header.flex.items-center.mb-1', overflow: 'clip' });
});

test("a card's tooltip paints above the next cards", async ({ page }) => {
  await page.goto('https://huggingface.co/models');
  const host = page.locator(card('meta-llama/Llama-3.1-8B-Instruct'));
  const axolotl = host.locator('[data-fact="axolotl"]');
  await axolotl.hover();
  const tip = host.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  // What is on top at points inside the tooltip (it reaches over the next card) is the hovered card's own host.
  const box = (await tip.boundingBox())!;
  for (const [x, y] of [
    [box.x + box.width / 2, box.y + box.height - 6],
    [box.x + 10, box.y + box.height / 2],
  ] as const) {
    const topmost = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('data-model-lens') ?? null,
      [x, y],
    );
    expect(topmost).toBe('meta-llama/Llama-3.1-8B-Instruct');
  }
});
