import { expect, test } from './extension';
import type { Page } from '@playwright/test';

// Screenshots people look at (and the README shows): badges in light and dark, the fact sheet, a listing, a Files tab.
// Saved to tests/e2e/screenshots/.

const SHOTS = 'tests/e2e/screenshots';

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((dark) => {
    document.documentElement.classList.toggle('dark', dark);
    document.body.style.background = dark ? '#0b0f19' : '#ffffff';
    document.body.style.color = dark ? '#e5e7eb' : '#111827';
  }, theme === 'dark');
}

for (const theme of ['light', 'dark'] as const) {
  test(`model page badges (${theme})`, async ({ page }) => {
    await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
    await setTheme(page, theme);
    const host = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
    await expect(host).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SHOTS}/model-page-${theme}.png`, clip: { x: 0, y: 0, width: 1280, height: 330 } });
    await host.locator('[data-fact="serving-llamacpp"]').hover();
    await page.screenshot({ path: `${SHOTS}/model-page-tooltip-${theme}.png`, clip: { x: 0, y: 0, width: 1280, height: 420 } });
  });

  test(`fact sheet (${theme})`, async ({ page }) => {
    await page.goto('https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ');
    await setTheme(page, theme);
    await page.locator('[data-model-lens] [data-fact="category"]').click();
    await expect(page.locator('[data-model-lens-sheet]').getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/fact-sheet-${theme}.png`, fullPage: false });
  });

  test(`listing (${theme})`, async ({ page }) => {
    await page.goto('https://huggingface.co/models');
    await setTheme(page, theme);
    // The first screens' cards (the rest are badged as the reader scrolls).
    await expect(page.locator('article [data-model-lens]').nth(7)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/listing-${theme}.png` });
  });
}

test('GGUF files tab', async ({ page }) => {
  await page.goto('https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/tree/main');
  await expect(page.locator('[data-model-lens-file]').first()).toBeVisible();
  await page.locator('[data-target="ViewerIndexTreeList"] > ul').screenshot({ path: `${SHOTS}/gguf-files-light.png` });
});
