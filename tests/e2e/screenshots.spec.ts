import { expect, setTheme, test } from './extension';
import type { BrowserContext } from '@playwright/test';

// Screenshots people look at: badges in light and dark, the fact sheet, a listing, a Files tab, the popup in English
// and Burmese. Every e2e run takes them into test-results/screenshots/ (a test run never rewrites tracked files);
// `npm run screenshots` takes them into docs/screenshots/, the README's images.

const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';

for (const theme of ['light', 'dark'] as const) {
  test(`model page badges (${theme})`, async ({ page }) => {
    await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
    await setTheme(page, theme);
    const host = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
    await expect(host).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SHOTS}/model-page-${theme}.png`, clip: { x: 0, y: 0, width: 1280, height: 330 } });
    await host.locator('[data-fact="serving-llamacpp"]').hover();
    await page.screenshot({
      path: `${SHOTS}/model-page-tooltip-${theme}.png`,
      clip: { x: 0, y: 0, width: 1280, height: 420 },
    });
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
    // The first screens' cards (the rest are filled as the reader scrolls).
    await expect(page.locator('article [data-model-lens] [data-fact="axolotl"]').nth(7)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/listing-${theme}.png` });
  });
}

test('GGUF files tab', async ({ page }) => {
  await page.goto('https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/tree/main');
  await expect(page.locator('[data-model-lens-file]').first()).toBeVisible();
  await page.locator('[data-target="ViewerIndexTreeList"] > ul').screenshot({ path: `${SHOTS}/gguf-files-light.png` });
});

/** The popup as the toolbar shows it (600 px wide; the whole scrolling page), after a lookup, in the given language. */
async function popupShot(context: BrowserContext, extensionId: string, language: 'en' | 'my', file: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption(language);
  await options.close();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 600, height: 600 });
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent('mistralai/Mixtral-8x7B-Instruct-v0.1')}`,
  );
  await expect(popup.locator('html')).toHaveAttribute('lang', language);
  // Upgraded with the Hub's data (the architecture comes from config.json; the facts wait in their disclosure).
  await expect(popup.locator('[data-fact-row="architecture"]')).toBeAttached();
  await popup.screenshot({ path: `${SHOTS}/${file}`, fullPage: true });
}

test('popup (English)', async ({ context, extensionId }) => {
  await popupShot(context, extensionId, 'en', 'popup-en.png');
});

test('popup (Burmese)', async ({ context, extensionId }) => {
  await popupShot(context, extensionId, 'my', 'popup-my.png');
});
