import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchFirefox, openExtensionPage, scrollThrough, waitForDeep, type Firefox } from './firefox';

// The Firefox build at runtime (issue 13, item 8): Debian's Firefox ESR, headless, with the extension installed as
// Firefox installs it. One browser for the suite (it takes seconds to start); each test opens its own tabs.
// Run: npm run test:firefox (builds .output/firefox-mv3 first).

let firefox: Firefox;

before(async () => {
  firefox = await launchFirefox();
});

after(async () => {
  await firefox?.close();
});

test("model page: the badge row from the page's embedded data, no API request", async () => {
  const page = await firefox.newPage();
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const row = '[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"][data-placement="header"]';
  await page.waitForSelector(row);
  await waitForDeep(page, '[data-fact="category"]', { attribute: 'data-value', value: 'llm' });
  await waitForDeep(page, '[data-fact="params"]', { attribute: 'data-active', value: '12900000000' });
  await waitForDeep(page, '[data-fact="serving-vllm"]', { attribute: 'data-value', value: 'yes' });
  assert.deepEqual(
    firefox.requests.filter((request) => request.includes('/api/')),
    [],
  );
  await page.close();
});

test('listing: every model card of /models gets its badges', async () => {
  const page = await firefox.newPage();
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await waitForDeep(page, 'article [data-model-lens]', { count: 64 });
  await waitForDeep(page, '[data-fact="axolotl"]', { count: 64 });
  // To look at: the chips follow each name in its title's line, cut by the page's ellipsis (not a second line).
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/firefox-listing.png' });
  await page.close();
});

test('Files tab: each GGUF file shows its quant level', async () => {
  const page = await firefox.newPage();
  await page.goto('https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/tree/main');
  await waitForDeep(page, '[data-model-lens-file]', { count: 26 });
  await waitForDeep(page, '[data-fact="gguf-file"]', { attribute: 'data-value', value: 'Q4_K_M' });
  await waitForDeep(page, '[data-fact="gguf-file"]', { attribute: 'data-value', value: 'mmproj' });
  await page.close();
});

test("popup: a lookup handed over (?q=) shows the model's facts", async () => {
  const page = await firefox.newPage();
  await openExtensionPage(
    page,
    `/popup.html?q=${encodeURIComponent('hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M')}`,
  );
  await page.waitForSelector('[data-model-lens="bartowski/Llama-3.2-3B-Instruct-GGUF"]');
  await waitForDeep(page, '[data-fact="quant"]', { attribute: 'data-value', value: 'gguf' });
  await waitForDeep(page, '[data-fact="category"]', { attribute: 'data-value', value: 'llm' });
  // A crafted lookup requests nothing.
  const input = await page.waitForSelector('#lens-query');
  await input!.click({ count: 3 });
  await input!.type('../whoami-v2');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-lookup-error]');
  await page.close();
});

test('options: turning off model-page badges removes them from an open tab', async () => {
  const page = await firefox.newPage();
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  await page.waitForSelector('[data-model-lens][data-placement="header"]');
  const options = await firefox.newPage();
  await openExtensionPage(options, '/options.html');
  const box = await options.waitForSelector('input[name="modelPages"]');
  assert.ok(box);
  await box.click();
  await options.waitForFunction("document.querySelector('[data-options-status]')?.textContent?.includes('Saved')");
  await page.waitForFunction("document.querySelectorAll('[data-model-lens]').length === 0", { timeout: 10_000 });
  await box.click();
  await page.waitForSelector('[data-model-lens][data-placement="header"]');
  await options.close();
  await page.close();
});

test('fault: the Hub unreachable (a page without embedded data): name-only badges with the reason', async () => {
  const page = await firefox.newPage();
  await page.goto('https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3');
  await waitForDeep(page, '[data-fact="category"]', { attribute: 'data-value', value: 'llm' });
  await waitForDeep(
    page,
    '[data-hub-status="unavailable"]',
    { text: 'Hub data unavailable: offline or blocked' },
    20_000,
  );
  await waitForDeep(page, '[data-fact="params"]', { attribute: 'data-value', value: '7000000000' });
  await page.close();
});
