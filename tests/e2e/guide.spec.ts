import { expect, test } from './extension';
import type { BrowserContext } from '@playwright/test';

/** Where screenshots go: test-results/ on every run, docs/screenshots/ with `npm run screenshots` (the README's). */
const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';

// The guide page (entrypoints/guide): the domain reference in English and Burmese, an anchor per section, the legend;
// evidence links in the fact sheet land on the section that explains them.

async function chooseLanguage(context: BrowserContext, extensionId: string, language: 'en' | 'my'): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption(language);
  await expect(options.locator('html')).toHaveAttribute('lang', language);
  await expect(options.locator('[data-options-status]')).not.toBeEmpty();
  await options.close();
}

const SECTIONS = [
  'stage',
  'alignment',
  'finetune',
  'quantization',
  'gguf-levels',
  'size',
  'vision',
  'purpose',
  'version',
  'anatomy',
  'families',
  'axolotl-supported',
  'axolotl-partial',
  'axolotl-unsupported',
  'formats',
  'serving',
  'legend',
];

test('in English: its title, the suffix tables, the diagrams and the legend, a section per anchor', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/guide.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model name guide');
  await expect(page).toHaveTitle('Model name guide');
  for (const id of SECTIONS) await expect(page.locator(`section#${id}`), id).toHaveCount(1);
  const stage = page.locator('#stage');
  await expect(stage.getByRole('heading')).toHaveText('Training stage suffixes');
  await expect(stage.locator('table tbody tr')).toHaveCount(6);
  await expect(stage.locator('table')).toContainText('-Instruct');
  await expect(stage.locator('table')).toContainText('Fine-tuned to follow instructions');
  await expect(page.locator('#gguf-levels table')).toContainText('Q4_K_M'.replace('_M', '_S/M'));
  await expect(page.locator('#anatomy-1 pre')).toContainText('Instruction-tuned');
  await expect(page.locator('#legend')).toContainText('likely: read from the name only');
  expect(await page.locator('main').innerText()).not.toMatch(/[\u1000-\u109f]/);
  await page.screenshot({ path: `${SHOTS}/guide-en.png` });
});

test("in Burmese: the reference's own prose, Burmese headings, the same tables", async ({
  context,
  page,
  extensionId,
}) => {
  await chooseLanguage(context, extensionId, 'my');
  await page.goto(`chrome-extension://${extensionId}/guide.html#stage`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model name လမ်းညွှန်');
  const stage = page.locator('#stage');
  await expect(stage.getByRole('heading')).toContainText('လေ့ကျင့်မှု အဆင့်');
  await expect(stage).toContainText('Model ကို ဘယ် training stage အထိ လုပ်ထားလဲ ပြတဲ့ suffixes:');
  await expect(stage.locator('table tbody tr')).toHaveCount(6);
  await expect(stage.locator('table')).toContainText('-Instruct');
  await expect(stage).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/guide-my.png` });
});

test('evidence links in the fact sheet open the guide at the section that explains them', async ({ context, page }) => {
  await page.goto('https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ');
  const host = page.locator('[data-model-lens="Qwen/Qwen2.5-7B-Instruct-AWQ"]');
  await expect(host.locator('.status')).toHaveCount(0);
  await host.locator('[data-fact="category"]').click();
  const sheet = page.locator('[data-model-lens-sheet]');
  await sheet.getByText('Facts and where they come from').click();
  for (const [row, anchor] of [
    ['stage', 'stage'],
    ['quant', 'quantization'],
    ['family', 'families'],
  ] as const) {
    const link = sheet.locator(`[data-fact-row="${row}"] a.guide-link`);
    await expect(link).toHaveAttribute('href', new RegExp(`/guide\\.html#${anchor}$`));
    const [guide] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await guide.waitForLoadState();
    expect(new URL(guide.url()).hash).toBe(`#${anchor}`);
    await expect(guide.locator(`section#${anchor}`)).toBeInViewport();
    await guide.close();
  }
});
