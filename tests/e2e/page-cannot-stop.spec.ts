import type { Page } from '@playwright/test';
import { expect, test } from './extension';

// Issue 13, item 6: at start the content script posted WXT's "content-script-started" message, naming the extension's
// ID, to the page; replaying it removed the badges and stopped badges on later in-page navigations. Nothing the page
// sees carries the ID, and nothing the page sends stops Model Lens.

/** What huggingface.co does on a client-side navigation: new URL, page content replaced. */
async function navigateInPage(page: Page, path: string) {
  await page.evaluate(async (target) => {
    const html = await (await fetch(target)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', target);
    document.body.replaceWith(document.adoptNode(next.body));
  }, path);
}

test("the page sees no message naming the extension, and replaying WXT's start event stops nothing", async ({
  page,
  extensionId,
}) => {
  // The page's own listener, installed before any script: every message posted to it, as text.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)), true);
  });
  await page.goto('https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1');
  const mixtral = page.locator('[data-model-lens="mistralai/Mixtral-8x7B-Instruct-v0.1"] [data-fact="category"]');
  await expect(mixtral).toHaveAttribute('data-value', 'llm');
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((data) => data.includes(extensionId))).toEqual([]);
  // Nor does the page's DOM, shadow roots included.
  const html = await page.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    for (const element of document.querySelectorAll('*'))
      if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
    return parts.join('\n');
  });
  expect(html).not.toContain(extensionId);

  // A hostile page replays the start event and message, as WXT 0.20 sends them, for a script of any name.
  await page.evaluate((id) => {
    for (const name of ['content', 'content-scripts/content', '']) {
      const type = `${id}:${name}:wxt:content-script-started`;
      document.dispatchEvent(
        new CustomEvent(type, { detail: { contentScriptName: name || 'content', messageId: 'replayed' } }),
      );
      window.postMessage({ type, contentScriptName: name || 'content', messageId: 'replayed' }, '*');
    }
  }, extensionId);
  await page.waitForTimeout(500);
  await expect(mixtral).toHaveAttribute('data-value', 'llm');

  // Later in-page navigations still get their badges.
  await navigateInPage(page, '/Qwen/Qwen2-VL-7B-Instruct');
  await expect(page.locator('[data-model-lens="Qwen/Qwen2-VL-7B-Instruct"] [data-fact="category"]')).toHaveAttribute(
    'data-value',
    'vlm',
  );
  await navigateInPage(page, '/models');
  await page.mouse.wheel(0, 900);
  await expect(page.locator('article [data-model-lens] [data-fact="category"]').first()).toBeVisible();
});
