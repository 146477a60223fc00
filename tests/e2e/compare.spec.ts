import { expect, test } from './extension';
import type { BrowserContext, Page } from '@playwright/test';

// The popup compares two models side by side (issue #16): a quantization with its original, by default.

async function openPopup(context: BrowserContext, extensionId: string, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#lens-query')).toBeVisible();
  return page;
}

test('a quantization and its original: empty input compares with the base, differences marked', async ({
  context,
  extensionId,
}) => {
  const page = await openPopup(context, extensionId, 'Qwen/Qwen2.5-7B-Instruct-AWQ');
  const compare = page.locator('[data-compare]');
  // The suggestion appears once Hub data names the base model.
  await expect(compare.locator('#lens-compare')).toHaveAttribute('placeholder', 'Qwen/Qwen2.5-7B-Instruct');
  await expect(compare).toContainText(
    'Leave it empty to compare with the model it was made from, Qwen/Qwen2.5-7B-Instruct.',
  );
  await compare.getByRole('button', { name: 'Compare' }).click();
  const table = compare.locator('table[data-compare-with="Qwen/Qwen2.5-7B-Instruct"]');
  await expect(table.locator('[data-compare-row="category"] td[data-side="left"]')).toHaveAttribute(
    'data-value',
    'llm',
  );
  await expect(table.locator('[data-compare-row="category"]')).not.toHaveAttribute('data-differs', 'true');
  const quant = table.locator('[data-compare-row="quant"]');
  await expect(quant).toHaveAttribute('data-differs', 'true');
  await expect(quant.locator('td[data-side="left"]')).toHaveAttribute('data-value', 'awq');
  await expect(quant.locator('td[data-side="right"]')).toHaveAttribute('data-value', '');
  await expect(table.locator('[data-compare-row="license"] td[data-side="right"]')).toHaveAttribute(
    'data-value',
    'open',
  );
  await expect(table.locator('[data-compare-row="capabilities"] td[data-side="right"]')).toHaveAttribute(
    'data-value',
    'tools',
  );
  await expect(table.locator('[data-compare-row="serving-vllm"] th')).toHaveText('vLLM');
  await page.screenshot({ path: 'test-results/compare-awq.png', fullPage: true });
});

test('a typed model; nonsense says so without a table', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId, 'mistralai/Mixtral-8x7B-Instruct-v0.1');
  const compare = page.locator('[data-compare]');
  await compare.locator('#lens-compare').fill('<img src=x onerror=alert(1)>');
  await compare.locator('#lens-compare').press('Enter');
  await expect(compare.locator('[data-compare-error]')).toContainText('is not a model ID');
  await expect(compare.locator('table')).toHaveCount(0);
  await compare.locator('#lens-compare').fill('meta-llama/Llama-3.1-8B-Instruct');
  await compare.locator('#lens-compare').press('Enter');
  const table = compare.locator('table[data-compare-with="meta-llama/Llama-3.1-8B-Instruct"]');
  await expect(table.locator('[data-compare-row="params"]')).toHaveAttribute('data-differs', 'true');
  await expect(table.locator('[data-compare-row="license"] td[data-side="right"]')).toHaveAttribute(
    'data-value',
    'conditional',
  );
  await expect(table.locator('[data-compare-row="license"] td[data-side="left"]')).toHaveAttribute(
    'data-value',
    'open',
  );
});

test('Burmese', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption('my');
  await expect(options.locator('[data-options-status]')).not.toBeEmpty();
  await options.close();
  const page = await openPopup(context, extensionId, 'Qwen/Qwen2.5-7B-Instruct-AWQ');
  const compare = page.locator('[data-compare]');
  await expect(compare.locator('h2')).toHaveText('နှိုင်းယှဉ်ရန်');
  await compare.locator('#lens-compare').fill('Qwen/Qwen2.5-7B-Instruct');
  await compare.locator('#lens-compare').press('Enter');
  await expect(compare.locator('thead th').first()).toHaveText('အချက်');
  await page.screenshot({ path: 'test-results/compare-my.png', fullPage: true });
});

test('memory at the chosen context, and the fit verdicts once a GPU is set', async ({ context, extensionId }) => {
  // Without hardware: a memory row, no fit row, and a note that says how to get one.
  let page = await openPopup(context, extensionId, 'Qwen/Qwen2.5-7B-Instruct-AWQ');
  let compare = page.locator('[data-compare]');
  await compare.getByRole('button', { name: 'Compare' }).click();
  let table = compare.locator('table[data-compare-with="Qwen/Qwen2.5-7B-Instruct"]');
  await expect(table.locator('[data-compare-row="memory"] td[data-side="left"]')).toHaveAttribute(
    'data-value',
    /^[1-9]\d*$/,
  );
  await expect(table.locator('[data-compare-row="fit"]')).toHaveCount(0);
  await expect(compare.locator('[data-compare-memory-note]')).toContainText('Set your GPU');
  await page.close();

  // A 12 GB GPU with 32 GB of RAM at 32K of context, set on the options page.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('GPU memory (GB)', { exact: true }).fill('12');
  await options.getByLabel('GPU memory (GB)', { exact: true }).blur();
  await options.locator('input[name="systemRamGB"]').fill('32');
  await options.locator('input[name="systemRamGB"]').blur();
  await options.getByLabel('Context length', { exact: true }).fill('32768');
  await options.getByLabel('Context length', { exact: true }).blur();
  await expect
    .poll(() =>
      options.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { sync: { get: (key: string) => Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        return (await api.storage.sync.get('settings')).settings ?? null;
      }),
    )
    .toMatchObject({ hardware: { gpuMemoryGB: 12, systemRamGB: 32 }, contextTokens: 32768 });
  await options.close();

  page = await openPopup(context, extensionId, 'Qwen/Qwen2.5-7B-Instruct-AWQ');
  compare = page.locator('[data-compare]');
  await compare.getByRole('button', { name: 'Compare' }).click();
  table = compare.locator('table[data-compare-with="Qwen/Qwen2.5-7B-Instruct"]');
  const memory = table.locator('[data-compare-row="memory"]');
  await expect(memory).toHaveAttribute('data-differs', 'true');
  await expect(memory.locator('td[data-side="left"]')).toContainText('at 32K');
  await expect(memory.locator('td[data-side="right"]')).toContainText('at 32K');
  const left = Number(await memory.locator('td[data-side="left"]').getAttribute('data-value'));
  const right = Number(await memory.locator('td[data-side="right"]').getAttribute('data-value'));
  expect(left).toBeGreaterThan(0);
  expect(left).toBeLessThan(right);
  // The 4-bit model fits the 12 GB GPU; its BF16 original needs part of the RAM.
  const fit = table.locator('[data-compare-row="fit"]');
  await expect(fit.locator('td[data-side="left"]')).toHaveAttribute('data-value', 'gpu');
  await expect(fit.locator('td[data-side="right"]')).toHaveAttribute('data-value', 'offload');
  await expect(compare.locator('[data-compare-memory-note]')).toContainText('Memory at 32K of context');
  await expect(compare.locator('[data-compare-memory-note]')).not.toContainText('Set your GPU');
  await compare.screenshot({ path: 'test-results/compare-memory.png' });
});
