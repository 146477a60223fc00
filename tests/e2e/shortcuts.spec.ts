import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, expect, test } from './extension';

/** The extension APIs the service worker has (evaluated there, typed here). */
declare const chrome: {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

// Keyboard shortcuts (issue #16). Playwright cannot press browser-level shortcuts, so the command's path is driven by
// the message the background sends for it (entrypoints/background/commands.ts, unit-tested in tests/entrypoints).

test('the manifest declares both commands: the popup (_execute_action) and the fact sheet', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+L');
  expect(manifest.commands['open-fact-sheet']).toEqual({
    suggested_key: { default: 'Alt+Shift+K' },
    description: '__MSG_shortcut_open_sheet__',
  });
});

test('the options page lists the shortcuts as the browser has them', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.locator('[data-shortcuts]');
  await expect(section.locator('legend')).toHaveText('Keyboard shortcuts');
  await expect(section.locator('[data-command="_execute_action"] dt')).toHaveText('Look up the model of this tab');
  await expect(section.locator('[data-command="_execute_action"] kbd')).toHaveText(/L$/);
  await expect(section.locator('[data-command="open-fact-sheet"] dt')).toHaveText(
    'Open the fact sheet on a model page',
  );
  await expect(section.locator('[data-command="open-fact-sheet"] kbd')).toHaveText(/K$/);
  await page.screenshot({ path: 'test-results/shortcuts-options.png', fullPage: true });
});

test('the fact-sheet command opens the sheet on a model page, and Escape gives focus back to the row', async ({
  context,
  page,
}) => {
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const host = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"]');
  await expect(host.locator('[data-fact="category"]')).toBeVisible();
  const [worker] = context.serviceWorkers();
  const sent = await worker!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://huggingface.co/mistralai/*' });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'model-lens:open-sheet' });
    return tab!.id;
  });
  expect(sent).toBeGreaterThan(0);
  const dialog = page.locator('[data-model-lens-sheet="mistralai/Mixtral-8x7B-Instruct-v0.1"]').getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/shortcuts-sheet.png' });
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-model-lens-sheet]')).toHaveCount(0);
  await expect(host.locator('button[data-fact]').first()).toBeFocused();
});

test('other messages, and the command on a page that is not a model, do nothing', async ({ context, page }) => {
  await page.goto('https://huggingface.co/models');
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://huggingface.co/models*' });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'model-lens:open-sheet' }).catch(() => undefined);
  });
  await page.waitForTimeout(300);
  await expect(page.locator('[data-model-lens-sheet]')).toHaveCount(0);
});
