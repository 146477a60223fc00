import { expect, scrollThrough, test } from './extension';

// The options page: choices are stored and reach open huggingface.co tabs without a reload.

test('turning off model-page badges removes them from an open page; turning on brings them back', async ({
  context,
  extensionId,
  page,
}) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  await expect(page.locator('[data-model-lens]')).toHaveCount(1);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('On model pages').uncheck();
  await expect(options.locator('[data-options-status]')).toContainText('Saved');
  await expect(page.locator('[data-model-lens]')).toHaveCount(0);
  await options.getByLabel('On model pages').check();
  await expect(page.locator('[data-model-lens]')).toHaveCount(1);
});

test('listing badges and compact badges follow the options', async ({ context, extensionId, page }) => {
  await page.goto('https://huggingface.co/models');
  await scrollThrough(page);
  await expect(page.locator('article [data-model-lens]')).toHaveCount(64);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('On model lists, organization pages and collections').uncheck();
  await expect(page.locator('article [data-model-lens]')).toHaveCount(0);
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  await expect(page.locator('[data-model-lens] [data-fact="stage"]')).toHaveCount(1);
  await options.getByLabel(/Compact/).check();
  await expect(page.locator('[data-model-lens] [data-fact="stage"]')).toHaveCount(0);
  await expect(page.locator('[data-model-lens] [data-fact="category"]')).toHaveCount(1);
});

test('Hub data off: no API request, names only', async ({ context, extensionId, page, hub }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Use Hub data').uncheck();
  await expect(options.locator('[data-options-status]')).toContainText('Saved');
  await page.goto('https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3');
  await expect(page.locator('[data-model-lens]')).toContainText('From the name only');
  await page.waitForTimeout(300);
  expect(hub.apiRequests()).toEqual([]);
});
