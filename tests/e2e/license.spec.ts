import { expect, test } from './extension';
import type { Locator, Page } from '@playwright/test';

// Licence and capabilities badges on model pages (issue #16): data-fact="license" with open|conditional|
// non-commercial|unknown, data-fact="capabilities" with a comma-separated subset of reasoning,tools,vision,audio,video.

const row = (page: Page, id: string) => page.locator(`[data-model-lens="${id}"]`);
const badge = (host: Locator, fact: string) => host.locator(`[data-fact="${fact}"]`);

test('Llama 3.1: conditions apply, the condition in the tooltip, gated; tools from the family card', async ({
  page,
}) => {
  await page.goto('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct');
  const host = row(page, 'meta-llama/Llama-3.1-8B-Instruct');
  const license = badge(host, 'license');
  await expect(license).toHaveAttribute('data-value', 'conditional');
  await expect(license).toHaveAttribute('data-gated', 'true');
  await expect(license).toHaveAttribute('data-license', 'llama3.1');
  await expect(license).toContainText('Llama 3.1 Community License');
  await license.hover();
  const tip = host.locator('[role="tooltip"]#lens-tip-license');
  await expect(tip).toContainText('over 700M monthly users need a licence from Meta');
  await expect(tip).toContainText('gated: accept the licence');
  await expect(badge(host, 'capabilities')).toHaveAttribute('data-value', 'tools');
  await page.screenshot({ path: 'test-results/license-llama.png' });
});

for (const [id, kind, capabilities] of [
  ['Qwen/Qwen2.5-7B-Instruct', 'open', 'tools'],
  ['black-forest-labs/FLUX.1-dev', 'non-commercial', null],
  ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'open', 'reasoning'],
  ['Qwen/Qwen2-VL-7B-Instruct', 'open', 'vision'],
  ['Qwen/Qwen2.5-72B-Instruct', 'conditional', null],
] as const) {
  test(`${id}: licence ${kind}, capabilities ${capabilities ?? 'none'}`, async ({ page }) => {
    await page.goto(`https://huggingface.co/${id}`);
    const host = row(page, id);
    await expect(badge(host, 'license')).toHaveAttribute('data-value', kind);
    if (capabilities) await expect(badge(host, 'capabilities')).toHaveAttribute('data-value', capabilities);
    else await expect(badge(host, 'capabilities')).toHaveCount(0);
  });
}

test('Burmese: the licence badge and its condition speak Burmese', async ({ context, extensionId, page }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption('my');
  await expect(options.locator('html')).toHaveAttribute('lang', 'my');
  await expect(options.locator('[data-options-status]')).not.toBeEmpty();
  await options.close();
  await page.goto('https://huggingface.co/black-forest-labs/FLUX.1-dev');
  const host = row(page, 'black-forest-labs/FLUX.1-dev');
  const license = badge(host, 'license');
  await expect(license).toHaveAttribute('data-value', 'non-commercial');
  await expect(license).toContainText('စီးပွားရေးအတွက် မရ');
  await license.hover();
  await expect(host.locator('[role="tooltip"]#lens-tip-license')).toContainText('Black Forest Labs ဆီက လိုင်စင်');
  await page.screenshot({ path: 'test-results/license-flux-my.png' });
});
