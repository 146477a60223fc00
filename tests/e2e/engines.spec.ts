import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './extension';

// Serving chips for every kind of model (issue #10): on the pages of an image-generation, a speech-recognition and
// an embedding model, an engine of that kind says ✓ with a command to copy; a model that runs through a GGUF
// quantization gets no ✗ from Ollama or llama.cpp. Models without a saved page get the page shell of
// model-card--no-model-header.html at their URL (the badge row then floats and reads the API fixture).

// With the stand-in stylesheet the fixture routes give every saved page (served by tests/e2e/extension.ts).
const SHELL = readFileSync(join('tests', 'fixtures', 'pages', 'model-card--no-model-header.html'), 'utf8').replace(
  '</head>',
  '<link rel="stylesheet" href="/front/build/stand-in/style.css"></head>',
);

async function openModel(page: Page, id: string): Promise<Locator> {
  await page.route(`https://huggingface.co/${id}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: SHELL.replaceAll('mistralai/Mistral-7B-Instruct-v0.3', id),
    }),
  );
  await page.goto(`https://huggingface.co/${id}`);
  const host = page.locator(`[data-model-lens="${id}"]`);
  await expect(host).toHaveCount(1);
  return host;
}

const chip = (host: Locator, engine: string) => host.locator(`[data-fact="serving-${engine}"]`);

async function sheetCommand(page: Page, host: Locator, id: string, engine: string): Promise<Locator> {
  await chip(host, engine).click();
  const sheet = page.locator(`[data-model-lens-sheet="${id}"]`);
  await expect(sheet.getByRole('dialog')).toBeVisible();
  return sheet.locator(`[data-snippet="${engine}"] pre`);
}

test.describe("a ✓ engine of the model's kind, with a command", () => {
  const cases = [
    {
      kind: 'image-generation',
      id: 'black-forest-labs/FLUX.1-dev',
      engine: 'diffusers',
      command: 'DiffusionPipeline.from_pretrained("black-forest-labs/FLUX.1-dev"',
      absent: ['vllm', 'tgi', 'ollama'],
    },
    {
      kind: 'speech-recognition',
      id: 'openai/whisper-large-v3',
      engine: 'whispercpp',
      command: 'hf download ggerganov/whisper.cpp ggml-large-v3.bin',
      absent: ['tgi', 'ollama', 'diffusers'],
    },
    {
      kind: 'embedding',
      id: 'BAAI/bge-m3',
      engine: 'tei',
      command: '--model-id BAAI/bge-m3',
      absent: ['tgi', 'exllamav2', 'diffusers'],
    },
    {
      kind: 'embedding',
      id: 'BAAI/bge-m3',
      engine: 'sentence-transformers',
      command: 'SentenceTransformer("BAAI/bge-m3")',
      absent: [],
    },
  ];
  for (const { kind, id, engine, command, absent } of cases) {
    test(`${kind}: ${id} → ${engine}`, async ({ page }) => {
      const host = await openModel(page, id);
      await expect(chip(host, engine)).toHaveAttribute('data-value', 'yes');
      // Only engines that run this kind of model get a chip.
      for (const other of absent) await expect(chip(host, other)).toHaveCount(0);
      await page.screenshot({
        path: `test-results/engines-${kind}-${engine}.png`,
        clip: { x: 0, y: 0, width: 1280, height: 420 },
      });
      const pre = await sheetCommand(page, host, id, engine);
      await expect(pre).toContainText(command);
      await page.screenshot({ path: `test-results/engines-${kind}-${engine}-sheet.png` });
    });
  }
});

test("a model the page's model tree lists quantizations of: Ollama and llama.cpp say yes, via a GGUF quantization", async ({
  page,
}) => {
  await page.goto('https://huggingface.co/Qwen/Qwen2-VL-7B-Instruct');
  const host = page.locator('[data-model-lens="Qwen/Qwen2-VL-7B-Instruct"]');
  for (const engine of ['ollama', 'llamacpp']) {
    await expect(chip(host, engine)).toHaveAttribute('data-value', 'yes');
    await expect(chip(host, engine)).toHaveAttribute('data-route', 'quantization');
  }
  await page.screenshot({
    path: 'test-results/engines-quantization-route-row.png',
    clip: { x: 0, y: 0, width: 1280, height: 330 },
  });
  await chip(host, 'ollama').click();
  const sheet = page.locator('[data-model-lens-sheet="Qwen/Qwen2-VL-7B-Instruct"]');
  // A "no" says which engines run the model instead.
  await expect(sheet.locator('tr[data-engine="exllamav3"] [data-instead]')).toContainText('vLLM');
  const row = sheet.locator('tr[data-engine="ollama"]');
  await expect(row).toContainText('280');
  await expect(row.locator('a[data-quantizations]').first()).toHaveAttribute(
    'href',
    'https://huggingface.co/models?other=base_model:quantized:Qwen/Qwen2-VL-7B-Instruct',
  );
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/engines-quantization-route-sheet.png' });
});

test('a FLUX LoRA: Axolotl says no (it does not train FLUX), Diffusers loads it onto its base', async ({ page }) => {
  const id = 'black-forest-labs/FLUX.1-Canny-dev-lora';
  const host = await openModel(page, id);
  await expect(chip(host, 'diffusers')).toHaveAttribute('data-value', 'yes');
  await expect(host.locator('[data-fact="axolotl"]')).toHaveAttribute('data-value', 'none');
  const pre = await sheetCommand(page, host, id, 'diffusers');
  await expect(pre).toContainText(`pipe.load_lora_weights("${id}")`);
});

test('the options choose which engines appear as chips; an open page follows', async ({
  context,
  extensionId,
  page,
}) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const host = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
  await expect(chip(host, 'tgi')).toHaveCount(1);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const engines = options.locator('fieldset[data-engines]');
  // Every engine of the registry is listed, ticked by default.
  await expect(engines.getByRole('checkbox')).toHaveCount(12);
  await engines.getByLabel('TGI').uncheck();
  await expect(options.locator('[data-options-status]')).toContainText('Saved');
  await expect(chip(host, 'tgi')).toHaveCount(0);
  await expect(chip(host, 'vllm')).toHaveCount(1);
  await options.screenshot({ path: 'test-results/engines-options.png', fullPage: true });
  await engines.getByLabel('TGI').check();
  await expect(chip(host, 'tgi')).toHaveCount(1);
});
