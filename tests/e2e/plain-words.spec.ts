import { expect, test } from './extension';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readsAsBurmese } from '../../lib/knowledge/glossary';

/** Where screenshots go: test-results/ on every run, docs/screenshots/ with `npm run screenshots` (the README's). */
const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';

// Plain words (issue #11): what people see says where facts come from in their words — no "seed", no commit hashes,
// no [name, medium] tags — the sheet answers first, and the Burmese interface reads as Burmese.

const SEED = /\bseed\b/i;
/** A 7-to-40-character hexadecimal commit (with a digit and a letter, so that words and numbers are not one). */
const COMMIT = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/i;
const TAG = /\[(?:name|hub|page|engine-matrix),\s*(?:low|medium|high)/;

function expectPlain(text: string, where: string) {
  expect(text, where).not.toMatch(SEED);
  expect(text, where).not.toMatch(COMMIT);
  expect(text, where).not.toMatch(TAG);
}

/** The rendered text of Model Lens's UI on a page: its shadow roots (the page's own text is not ours). */
async function ourText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const host of document.querySelectorAll('*')) {
      if (host.shadowRoot)
        for (const child of host.shadowRoot.children) if (child instanceof HTMLElement) texts.push(child.innerText);
    }
    return texts.join('\n');
  });
}

/** Opens every disclosure of the sheet (the evidence and the commands are one click away). */
async function openAll(scope: Locator) {
  await scope.locator('details').evaluateAll((elements) => {
    for (const element of elements) (element as HTMLDetailsElement).open = true;
  });
}

const row = (page: Page, id: string) => page.locator(`[data-model-lens="${id}"]`);

for (const id of [
  'mistralai/Mixtral-8x7B-Instruct-v0.1',
  'Qwen/Qwen2.5-7B-Instruct-AWQ',
  'meta-llama/Llama-3.1-8B-Instruct',
  'Qwen/Qwen2-VL-7B-Instruct',
]) {
  test(`${id}: the row, every tooltip and the whole sheet say nothing internal`, async ({ page }) => {
    await page.goto(`https://huggingface.co/${id}`);
    const host = row(page, id);
    await expect(host.locator('[data-fact="category"]')).toBeVisible();
    await expect(host.locator('[role="status"]')).toHaveCount(0); // upgraded with the Hub's data
    expectPlain(await ourText(page), `${id} row`);
    for (const badge of await host.locator('button[data-fact]').all()) {
      await badge.hover();
      const tip = host.locator(`#${await badge.getAttribute('aria-describedby')}`);
      await expect(tip).toBeVisible();
      expectPlain(await tip.innerText(), `${id} tooltip ${await badge.getAttribute('data-fact')}`);
    }
    await host.locator('[data-fact="category"]').click();
    const sheet = page.locator('[data-model-lens-sheet]');
    await openAll(sheet);
    await expect(sheet.locator('details[open]')).not.toHaveCount(0);
    expectPlain(await ourText(page), `${id} sheet`);
  });
}

test('the tooltip of a verdict chip ends with the legend of its marks', async ({ page }) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const host = row(page, 'mistralai/Mixtral-8x7B-Instruct-v0.1');
  await host.locator('[data-fact="serving-vllm"]').hover();
  const legend = host.locator('#lens-tip-serving-vllm [data-legend="compact"]');
  await expect(legend).toHaveText(
    '✓ runs or trains · ~ partly: some parts or with limits · ? not known yet: not enough to say · ✗ does not run or train',
  );
});

test('the sheet answers first: at 1280×800 what it is, size, memory, Axolotl and what runs it, commands one click away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const host = row(page, 'mistralai/Mixtral-8x7B-Instruct-v0.1');
  await expect(host.locator('[role="status"]')).toHaveCount(0);
  await host.locator('[data-fact="category"]').click();
  const dialog = page.locator('[data-model-lens-sheet]').getByRole('dialog');
  const summary = dialog.locator('[data-sheet-summary]');
  await expect(summary).toContainText('LLM · Mixtral');
  await expect(summary).toContainText('46.7B');
  await expect(summary).toContainText('Full');
  await expect(summary).toContainText('vLLM');
  const firstScreen = [
    summary,
    dialog.locator('table.memory').first(),
    dialog.getByText('Commands to copy'),
    dialog.getByText('Facts and where they come from'),
    dialog.getByText('How to read the chips'),
  ];
  for (const element of firstScreen) await expect(element).toBeInViewport({ ratio: 1 });
  // Evidence and commands wait in disclosures.
  await expect(dialog.locator('[data-snippet="vllm"]')).toBeHidden();
  await expect(dialog.locator('[data-fact-row="category"]')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/sheet-first-screen.png` });
  await dialog.getByText('Commands to copy').click();
  await expect(dialog.locator('[data-snippet="vllm"] pre')).toHaveText(
    'vllm serve mistralai/Mixtral-8x7B-Instruct-v0.1',
  );
});

test('a gated repo: one login note in the sheet', async ({ page }) => {
  await page.goto('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct');
  const host = row(page, 'meta-llama/Llama-3.1-8B-Instruct');
  await host.locator('[data-fact="category"]').click();
  const dialog = page.locator('[data-model-lens-sheet]').getByRole('dialog');
  await expect(dialog.getByText('This repo is gated')).toHaveCount(1);
  await expect(dialog.getByText('This repo is gated')).toBeInViewport();
});

async function chooseLanguage(context: BrowserContext, extensionId: string, language: 'en' | 'my'): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption(language);
  await expect(options.locator('html')).toHaveAttribute('lang', language);
  await expect(options.locator('[data-options-status]')).not.toBeEmpty();
  await options.close();
}

test('popup and options in English: plain words, a legend and a link to the guide', async ({
  context,
  extensionId,
  page,
}) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('link', { name: /Guide/ })).toHaveAttribute(
    'href',
    `chrome-extension://${extensionId}/guide.html`,
  );
  await page.getByText('How to read the chips').click();
  await expect(page.locator('[data-legend="full"]')).toContainText('dashed border'.replace('d', 'D'));
  await page.locator('#lens-query').fill('Qwen/Qwen2.5-72B-Instruct-AWQ');
  await page.locator('#lens-query').press('Enter');
  const result = page.locator('[data-model-lens="Qwen/Qwen2.5-72B-Instruct-AWQ"]');
  await expect(result.locator('[data-fact="quant"]')).toHaveAttribute('data-value', 'awq');
  await openAll(result);
  const text = await page.locator('main').innerText();
  expectPlain(text, 'popup');
  expect(text).toContain('from the name: the word "AWQ" · likely');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('link', { name: /Guide/ })).toHaveAttribute(
    'href',
    `chrome-extension://${extensionId}/guide.html`,
  );
  expectPlain(await options.locator('main').innerText(), 'options');
});

test('Burmese: every label, heading, chip and legend entry of the popup and its sheet reads as Burmese', async ({
  context,
  extensionId,
  page,
}) => {
  await chooseLanguage(context, extensionId, 'my');
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'my');
  const id = 'mistralai/Mixtral-8x7B-Instruct-v0.1';
  await page.locator('#lens-query').fill(id);
  await page.locator('#lens-query').press('Enter');
  const result = page.locator(`[data-model-lens="${id}"]`);
  await expect(result.locator('[data-fact="serving-vllm"]')).toHaveAttribute('data-value', 'yes');
  await expect(result.locator('.status')).toHaveCount(0); // upgraded with the Hub's data
  await page.screenshot({ path: 'test-results/plain-words/popup-my.png' });
  await openAll(result);
  const own = [...id.split(/[/\-_.]/), 'Mixtral', 'Mistral', 'mistralai'];
  const selector = 'h1, h2, h3, h4, th, summary, label, legend, .badge, .pill, [data-legend] li, .anatomy .role';
  const texts = await page.locator('main').locator(selector).allInnerTexts();
  expect(texts.length).toBeGreaterThan(40);
  const english = texts.map((text) => text.trim()).filter((text) => text && !readsAsBurmese(text, own));
  expect(english).toEqual([]);
  await page.screenshot({ path: 'test-results/plain-words/popup-my-open.png', fullPage: true });
});

test('Burmese on a model page: chips and tooltips have room for stacked glyphs', async ({
  context,
  extensionId,
  page,
}) => {
  await chooseLanguage(context, extensionId, 'my');
  await page.goto('https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ');
  const host = row(page, 'Qwen/Qwen2.5-7B-Instruct-AWQ');
  await expect(host.locator('[role="status"]')).toHaveCount(0);
  const own = ['Qwen', 'Qwen2.5'];
  const chips = await host.locator('button[data-fact]').allInnerTexts();
  expect(chips.filter((chip) => !readsAsBurmese(chip, own))).toEqual([]);
  // Line height: no clipped glyph (the chip's content fits its box).
  for (const chip of await host.locator('button[data-fact]').all()) {
    const fits = await chip.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);
    expect(fits, await chip.innerText()).toBe(true);
  }
  await host.locator('[data-fact="stage"]').hover();
  const tip = host.locator('#lens-tip-stage');
  await expect(tip).toBeVisible();
  await page.screenshot({
    path: 'test-results/plain-words/model-page-my-tooltip.png',
    clip: { x: 0, y: 0, width: 1280, height: 450 },
  });
});
