import { expect, test } from './extension';

test('the built extension loads and its popup renders', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('body')).toContainText('Model Lens');
});
