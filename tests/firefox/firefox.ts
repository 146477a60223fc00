import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { resolveFixture } from '../fixtures/routes';

// Debian's Firefox ESR running the Firefox build (.output/firefox-mv3), driven by puppeteer-core over WebDriver BiDi.
// huggingface.co pages are served from the same fixtures as the Chromium suite (tests/fixtures/routes.ts) by request
// interception; everything else, the background's own requests included (BiDi intercepts a tab's requests only),
// goes to a proxy that is not there, so nothing leaves the machine and the background's Hub requests fail as offline.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION = resolve('.output/firefox-mv3');
const FIXTURES = resolve('tests/fixtures');
const GECKO_ID = 'model-lens@model-lens.dev';
/** The extension's moz-extension:// host, fixed so the tests can open its pages. */
export const UUID = '6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface Firefox {
  browser: Browser;
  /** Every huggingface.co request a tab made, as method + path. */
  requests: string[];
  /** A new tab whose huggingface.co requests are served from the fixtures (`override` first, when given). */
  newPage(override?: (request: HTTPRequest, url: URL) => boolean): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the tests open the extension's own pages (moz-extension://) as they would be opened from its button.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(EXTENSION);
  const requests: string[] = [];
  return {
    browser,
    requests,
    async newPage(override) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const url = new URL(request.url());
        if (!/^https?:$/.test(url.protocol)) return void request.continue();
        if (url.hostname.endsWith('huggingface.co')) requests.push(`${request.method()} ${url.pathname}${url.search}`);
        if (override?.(request, url)) return;
        const fixture = url.hostname === 'huggingface.co' ? resolveFixture(url.href) : null;
        if (!fixture) return void request.respond({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
        void request.respond({
          status: 200,
          contentType: fixture.contentType,
          body: readFileSync(join(FIXTURES, fixture.file)),
        });
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Waits until `selector`, looked up through open shadow roots, matches: `count` elements, or one with `attribute` =
 * `value` and containing `text`. (The predicate is sent as text: tsx's helpers do not exist in the page.)
 */
export async function waitForDeep(
  page: Page,
  selector: string,
  check: { attribute?: string; value?: string; text?: string; count?: number } = {},
  timeout = 15_000,
): Promise<void> {
  const predicate = `(() => {
    const selector = ${JSON.stringify(selector)};
    const check = ${JSON.stringify(check)};
    const found = [];
    const walk = (root) => {
      found.push(...root.querySelectorAll(selector));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    if (check.count !== undefined) return found.length === check.count;
    return found.some((element) =>
      (check.attribute === undefined || element.getAttribute(check.attribute) === check.value) &&
      (check.text === undefined || (element.textContent || '').includes(check.text)));
  })()`;
  await page.waitForFunction(predicate, { timeout, polling: 100 });
}

/** Scrolls the page a screen at a time to its end (listing cards are badged as they come near the viewport). */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 100; step++) {
    const atBottom = await page.evaluate(
      'window.scrollBy(0, window.innerHeight), window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (atBottom) return;
  }
}

/**
 * Opens one of the extension's pages in the tab. Firefox loads it in the extension's process and WebDriver BiDi
 * reports no navigation for it, so the load is awaited in the page itself.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  void page.goto(`${EXTENSION_ORIGIN}${path}`, { timeout: 60_000 }).catch(() => {});
  const loaded = `location.href.startsWith(${JSON.stringify(EXTENSION_ORIGIN)}) && document.readyState === 'complete' && !!document.querySelector('main')`;
  // The wait can start in the blank page the navigation then replaces: its context goes away and the wait fails at
  // once ("Waiting failed", a CI run saw it). Waited for again in the new page, until the same deadline.
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await page.waitForFunction(loaded, { timeout: Math.max(1, deadline - Date.now()), polling: 100 });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
