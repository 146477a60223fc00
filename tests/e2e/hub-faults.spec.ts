import { expect, launchWithExtension, routeHub, test } from './extension';
import { errorResponse } from '../fixtures/routes';

// When the Hub API fails, the name-only badges stay, with a calm "Hub data unavailable" and its reason.

const MODEL = 'mistralai/Mistral-7B-Instruct-v0.3'; // its fixture page has no embedded data: the API is asked

test('401 from the API (gated, private or missing): name-only badges and the reason', async () => {
  const context = await launchWithExtension();
  const log: string[] = [];
  await routeHub(context, log, async (route, url) => {
    if (!url.pathname.startsWith('/api/models/')) return false;
    const error = errorResponse('gated', MODEL);
    await route.fulfill({ status: error.status, contentType: error.contentType, headers: error.headers, body: error.body });
    return true;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`https://huggingface.co/${MODEL}`);
  const host = page.locator(`[data-model-lens="${MODEL}"]`);
  await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
  await expect(host.locator('[data-hub-status="unavailable"]')).toContainText('Hub data unavailable: not found, private or gated (401)');
  expect(log.filter((entry) => entry.includes('/api/'))).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
});
