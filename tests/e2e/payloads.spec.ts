import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './extension';

// Everything Model Lens shows comes from untrusted text: model IDs and URLs, the Hub's JSON, the page's embedded data
// and what is stored. HTML and script in any of them must render as text, and nothing may run.

const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload="window.__pwned=3">';

/** Fails on any dialog, on the payloads' marker and on any element they would create. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Shadow roots included: Playwright's CSS locators pierce open shadow roots.
  expect(await page.locator('img[src="x"], svg[onload], script:text("__pwned")').count()).toBe(0);
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('payloads in the Hub API answer render as text in the badges and the fact sheet', async ({ page }) => {
  const model = 'mistralai/Mistral-7B-Instruct-v0.3'; // no embedded data: the API is asked (by the background)
  await page.context().route(`https://huggingface.co/api/models/${model}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        id: model,
        pipeline_tag: IMG,
        library_name: SCRIPT,
        tags: [IMG, `base_model:finetune:${SVG}`, 'license:<b>x</b>'],
        config: { architectures: [`${IMG}ForCausalLM`], model_type: SCRIPT },
        cardData: { base_model: SVG },
        siblings: [{ rfilename: `${IMG}.gguf` }],
      }),
    }),
  );
  const dialogs = watchDialogs(page);
  await page.goto(`https://huggingface.co/${model}`);
  const host = page.locator(`[data-model-lens="${model}"]`);
  await expect(host.locator('[data-fact="serving-vllm"]')).toBeVisible();
  await expect(host.locator('[role="status"]')).toHaveCount(0); // the (hostile) Hub data is in use
  await host.locator('[data-fact="category"]').click();
  const sheet = page.locator('[data-model-lens-sheet]').getByRole('dialog');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('[data-fact-row="architecture"]')).toContainText(`${IMG}ForCausalLM`);
  await expect(sheet).toContainText(SVG);
  await expectNothingRan(page, dialogs);
});

test("payloads in the page's embedded model data render as text", async ({ page }) => {
  const model = 'mistralai/Mixtral-8x7B-Instruct-v0.1';
  const html = readFileSync('tests/fixtures/pages/model-card--mistralai--Mixtral-8x7B-Instruct-v0.1.html', 'utf8');
  // Poison the ModelHeader's data-props as the page would carry it (JSON, HTML-escaped in the attribute).
  const poisoned = html.replace(/data-target="ModelHeader" data-props="([^"]*)"/, (_match, props: string) => {
    const data = JSON.parse(props.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { model: Record<string, unknown> };
    data.model.pipeline_tag = IMG;
    data.model.tags = [SCRIPT, `base_model:quantized:${SVG}`];
    data.model.config = { architectures: [`${IMG}ForCausalLM`] };
    return `data-target="ModelHeader" data-props="${JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  });
  expect(poisoned).not.toBe(html);
  await page.route(`https://huggingface.co/${model}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: poisoned }),
  );
  const dialogs = watchDialogs(page);
  await page.goto(`https://huggingface.co/${model}`);
  const host = page.locator(`[data-model-lens="${model}"]`);
  await host.locator('[data-fact="category"]').click();
  const sheet = page.locator('[data-model-lens-sheet]').getByRole('dialog');
  await expect(sheet.locator('[data-fact-row="architecture"]')).toContainText(`${IMG}ForCausalLM`);
  await expectNothingRan(page, dialogs);
});

test('payloads in stored settings and lookup history render as text (or are ignored)', async ({
  context,
  extensionId,
  page,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    async ({ img, script }) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            storage: {
              sync: { set: (items: object) => Promise<void> };
              local: { set: (items: object) => Promise<void> };
            };
          };
        }
      ).chrome;
      await api.storage.sync.set({
        settings: { language: img, compact: script, hubData: 'yes', modelPages: true, listings: true, files: true },
      });
      await api.storage.local.set({ lookupHistory: [img, script, 42, { toString: null }] });
    },
    { img: IMG, script: SCRIPT },
  );
  const dialogs = watchDialogs(page);
  // The content script reads the stored settings: unknown values fall back to the defaults.
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  await expect(page.locator('[data-model-lens] [data-fact="stage"]')).toHaveCount(1); // compact: not "true", so off
  await expectNothingRan(page, dialogs);
  await page.goto('about:blank'); // else the popup opens on this tab's model instead of the history
  const popup = await context.newPage();
  const popupDialogs = watchDialogs(popup);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.history-item').first()).toHaveText(IMG);
  await expect(popup.locator('.history-item').nth(1)).toHaveText(SCRIPT);
  await expectNothingRan(popup, popupDialogs);
});
