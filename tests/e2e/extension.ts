import { chromium, test as base, type BrowserContext, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveFixture } from '../fixtures/routes';

// Launches Debian's Chromium with the built extension and routes https://huggingface.co/** to the fixtures.

/** The built extension; MODEL_LENS_BUILD points elsewhere (e.g. an older build, to see a regression test fail). */
export const EXTENSION_PATH = resolve(process.env.MODEL_LENS_BUILD ?? '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES = resolve('tests/fixtures');

/**
 * huggingface.co's own stylesheet is not in the fixtures: a stand-in generated with Tailwind from the saved pages'
 * class names (tests/fixtures/stand-in-css, `npm run fixtures:css`) gives the pages their layout and themes, so
 * screenshots show the badges as they sit on the real site. Pages that link no stylesheet get a link to it.
 */
const STAND_IN_CSS = readFileSync(join(FIXTURES, 'stand-in-css/hf-stand-in.css'));

function withStandInCss(html: string): string {
  if (/\/front\/build\/[^"']*\.css/.test(html)) return html;
  const link = '<link rel="stylesheet" href="/front/build/stand-in/style.css">';
  return html.includes('</head>') ? html.replace('</head>', `${link}</head>`) : link + html;
}

/**
 * The saved pages' images (logo, avatars) are not in the fixtures: a neutral stand-in keeps screenshots free of broken
 * image icons and their alt text. The Hugging Face logo gets its yellow.
 */
const STAND_IN_IMAGE = (color: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${color}"/></svg>`;
const IMAGE_PATH = /\.(svg|png|jpe?g|gif|webp|ico|avif)$/i;

export interface HubLog {
  /** Every huggingface.co request the page made, as method + path. */
  requests: string[];
  apiRequests: () => string[];
}

type Fixtures = { context: BrowserContext; extensionId: string; hub: HubLog; page: Page };

/** Chromium quiet and offline-friendly, with and without the extension alike (the benchmark compares the two). */
const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `path`: another build (the page benchmark compares two builds in one run). */
export async function launchWithExtension(path = EXTENSION_PATH): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'model-lens-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${path}`, `--load-extension=${path}`, ...BROWSER_FLAGS],
    viewport: { width: 1280, height: 900 },
  });
}

/** The same browser without the extension (the page benchmark's control). */
export async function launchWithoutExtension(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'model-lens-plain-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...BROWSER_FLAGS],
    viewport: { width: 1280, height: 900 },
  });
}

/** Serves fixture pages and API JSON; anything unknown answers 404 (no request leaves the machine). */
export async function routeHub(
  context: BrowserContext,
  log: string[],
  override?: (route: Route, url: URL) => Promise<boolean>,
): Promise<void> {
  await context.route(
    /^https:\/\/(huggingface\.co|cdn-avatars\.huggingface\.co|cdn-lfs\.huggingface\.co)\//,
    async (route) => {
      const url = new URL(route.request().url());
      log.push(`${route.request().method()} ${url.pathname}${url.search}`);
      if (override && (await override(route, url))) return;
      if (url.hostname === 'huggingface.co' && /^\/front\/build\/.*\.css$/.test(url.pathname)) {
        return route.fulfill({ status: 200, contentType: 'text/css', body: STAND_IN_CSS });
      }
      const fixture = url.hostname === 'huggingface.co' ? resolveFixture(url.href) : null;
      if (!fixture && (route.request().resourceType() === 'image' || IMAGE_PATH.test(url.pathname))) {
        return route.fulfill({
          status: 200,
          contentType: 'image/svg+xml',
          body: STAND_IN_IMAGE(/logo/i.test(url.pathname) ? '#FFD21E' : '#9CA3AF'),
        });
      }
      if (!fixture) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
      const body = readFileSync(join(FIXTURES, fixture.file));
      return route.fulfill({
        status: 200,
        contentType: fixture.contentType,
        body: fixture.contentType.startsWith('text/html') ? withStandInCss(body.toString('utf8')) : body,
      });
    },
  );
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  // Automatic: extension pages (popup, options) reach huggingface.co too and must never hit the network.
  hub: [
    async ({ context }, use) => {
      const requests: string[] = [];
      await routeHub(context, requests);
      await use({ requests, apiRequests: () => requests.filter((request) => request.includes('/api/')) });
    },
    { auto: true },
  ],
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  page: async ({ context, hub }, use) => {
    void hub;
    const page = await context.newPage();
    await use(page);
  },
});

export { expect } from '@playwright/test';

/** The huggingface.co theme: the `dark` class on <html> (and the body colours the stand-in stylesheet lacks). */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((dark) => {
    document.documentElement.classList.toggle('dark', dark);
    document.body.style.background = dark ? '#0b0f19' : '#ffffff';
    document.body.style.color = dark ? '#e5e7eb' : '#111827';
  }, theme === 'dark');
}

/** Listing cards are badged as they come near the viewport: scroll the whole page by screens, as a reader would. */
export async function scrollThrough(page: Page, { pauseMs = 30, maxSteps = 200 } = {}): Promise<void> {
  // The page grows as cards get their badges: re-read its height at every step.
  for (let step = 0; step < maxSteps; step++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(pauseMs);
    if (atBottom) return;
  }
}
