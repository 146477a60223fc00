import { expect, test } from './extension';

// The Files tab of GGUF repos: level, bits per weight and quality per file; projectors and shards recognised.

const file = (name: string) => `[data-model-lens-file="${name}"] [data-fact="gguf-file"]`;

test('GGUF files show their quant level, bpw and quality tier', async ({ page }) => {
  await page.goto('https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/tree/main');
  const q4 = page.locator(file('Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf'));
  await expect(q4).toHaveAttribute('data-value', 'Q4_K_M');
  await expect(q4).toHaveAttribute('data-bpw', '4.89');
  await expect(q4).toHaveAttribute('data-quality', 'better');
  await expect(q4).toContainText('Q4_K_M · 4.89 bpw · better');
  // The quality hint is in the text a screen reader reads, not only in the hover title.
  await expect(q4).toHaveText(/^GGUF file: Q4_K_M · 4\.89 bpw · better \(Better: .+\)$/);
  await expect(page.locator(file('Meta-Llama-3.1-8B-Instruct-IQ3_XS.gguf'))).toHaveAttribute('data-quality', 'fair');
  await expect(page.locator(file('Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf'))).toHaveAttribute(
    'data-shard',
    '1/2',
  );
  await expect(page.locator(file('mmproj-Meta-Llama-3.1-8B-Instruct-f16.gguf'))).toHaveAttribute(
    'data-value',
    'mmproj',
  );
  await expect(page.locator(file('Meta-Llama-3.1-8B-Instruct-UD-Q4_K_XL.gguf'))).toHaveAttribute(
    'data-value',
    'Q4_K_XL',
  );
  await expect(page.locator('[data-model-lens-file]')).toHaveCount(26);
  // The header row is there too, from the repo's gguf metadata.
  const header = page.locator('[data-model-lens="bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"]');
  await expect(header.locator('[data-fact="quant"]')).toHaveAttribute('data-value', 'gguf');
  await expect(header.locator('[data-fact="serving-ollama"]')).toHaveAttribute('data-value', 'yes');
});

test('the real OuteTTS files tab: 15 GGUF files, FP16 to Q8_0', async ({ page }) => {
  await page.goto('https://huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF/tree/main');
  await expect(page.locator('[data-model-lens-file]')).toHaveCount(15);
  await expect(page.locator('[data-model-lens="OuteAI/OuteTTS-0.2-500M-GGUF"] [data-fact="category"]')).toHaveAttribute(
    'data-value',
    'speech',
  );
});

test('a non-GGUF files tab gets no file badges', async ({ page }) => {
  await page.goto('https://huggingface.co/distilbert/distilbert-base-uncased/tree/main');
  await expect(page.locator('[data-model-lens="distilbert/distilbert-base-uncased"]')).toHaveCount(1);
  await expect(page.locator('[data-model-lens-file]')).toHaveCount(0);
});
