import { expect, test } from './extension';
import type { BrowserContext, Page } from '@playwright/test';

// The popup: lookups of IDs, URLs, file names, nonsense and HTML payloads; history; prefill from a model tab.

async function openPopup(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  await expect(page.locator('#lens-query')).toBeVisible();
  return page;
}

async function lookUp(page: Page, text: string) {
  await page.locator('#lens-query').fill(text);
  await page.locator('#lens-query').press('Enter');
}

test('an ID: badges with the data-fact contract and the fact sheet, upgraded with Hub data', async ({
  context,
  extensionId,
}) => {
  const page = await openPopup(context, extensionId);
  await lookUp(page, 'mistralai/Mixtral-8x7B-Instruct-v0.1');
  const result = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
  await expect(result.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
  await expect(result.locator('[data-fact="params"]')).toHaveAttribute('data-active', '12900000000');
  await expect(result.locator('[data-fact="serving-vllm"]')).toHaveAttribute('data-value', 'yes');
  await expect(result.locator('.anatomy li')).toHaveCount(5);
  await expect(result.locator('[data-fact-row="architecture"]')).toContainText('MixtralForCausalLM');
  await expect(result.locator('[data-snippet="vllm"] pre')).toHaveText(
    'vllm serve mistralai/Mixtral-8x7B-Instruct-v0.1',
  );
});

test('a URL with a query string, and a GGUF file name', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await lookUp(page, 'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ?library=transformers#model-card');
  await expect(page.locator('[data-model-lens="Qwen/Qwen2.5-7B-Instruct-AWQ"] [data-fact="quant"]')).toHaveAttribute(
    'data-value',
    'awq',
  );
  await lookUp(page, 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf');
  const gguf = page.locator('[data-model-lens="Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"]');
  await expect(gguf.locator('[data-fact="quant"]')).toHaveAttribute('data-level', 'Q4_K_M');
  await expect(gguf.locator('[data-fact="serving-llamacpp"]')).toHaveAttribute('data-value', 'yes');
  await expect(gguf).toContainText('From the name only');
});

test('nonsense and HTML / script payloads are shown as text; nothing runs', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await lookUp(page, 'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0');
  await expect(page.locator('[data-lookup-error]')).toContainText('is not a model');
  const payload = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
  await lookUp(page, payload);
  await expect(page.locator('[data-lookup-error] .quoted')).toHaveText(payload);
  await lookUp(page, '"><svg onload=alert(1)>/x');
  await expect(page.locator('[data-lookup-error]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('Enter on an empty input says what to type', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await page.locator('#lens-query').fill('   ');
  await page.locator('#lens-query').press('Enter');
  await expect(page.locator('[data-lookup-error]')).toHaveText(
    'Type a model ID, name, file name or huggingface.co URL, then press Enter.',
  );
});

test('history: kept across reopening, walked with the arrow keys, cleared with Escape', async ({
  context,
  extensionId,
}) => {
  let page = await openPopup(context, extensionId);
  for (const id of ['google/gemma-2-9b-it', 'Qwen/Qwen2-VL-7B-Instruct', 'openai/whisper-large-v3'])
    await lookUp(page, id);
  // The history is written when a lookup is answered: closing the popup before the last write would lose it.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        type Local = { get: (key: string) => Promise<Record<string, unknown>> };
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
        return ((await storage.local.get('lookupHistory')).lookupHistory as string[] | undefined)?.length ?? 0;
      }),
    )
    .toBe(3);
  await page.close();
  page = await openPopup(context, extensionId);
  await expect(page.locator('.history-item')).toHaveText([
    'openai/whisper-large-v3',
    'Qwen/Qwen2-VL-7B-Instruct',
    'google/gemma-2-9b-it',
  ]);
  const input = page.locator('#lens-query');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('openai/whisper-large-v3');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('Qwen/Qwen2-VL-7B-Instruct');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('openai/whisper-large-v3');
  await input.press('Enter');
  await expect(page.locator('[data-model-lens="openai/whisper-large-v3"] [data-fact="category"]')).toHaveAttribute(
    'data-value',
    'speech',
  );
  await input.press('Escape');
  await expect(input).toHaveValue('');
  await expect(page.locator('[data-model-lens]')).toHaveCount(0);
});

test('opens prefilled with the model of the huggingface.co tab', async ({ context, extensionId, page }) => {
  await page.goto('https://huggingface.co/Qwen/Qwen2-VL-7B-Instruct');
  await expect(page.locator('[data-model-lens]')).toHaveCount(1);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#lens-query')).toHaveValue('Qwen/Qwen2-VL-7B-Instruct');
  await expect(popup.locator('[data-model-lens="Qwen/Qwen2-VL-7B-Instruct"] [data-fact="category"]')).toHaveAttribute(
    'data-value',
    'vlm',
  );
});

test('a query handed over by the context menu (?q=) is looked up', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId, `?q=${encodeURIComponent('TheBloke/Llama-2-7B-GPTQ')}`);
  await expect(page.locator('[data-model-lens="TheBloke/Llama-2-7B-GPTQ"] [data-fact="quant"]')).toHaveAttribute(
    'data-value',
    'gptq',
  );
});
