import type { BrowserContext, Page, Route } from '@playwright/test';
import { errorResponse } from '../fixtures/routes';
import { expect, launchWithExtension, routeHub, test } from './extension';

// When the Hub API fails, the name-only badges stay, with a visible "Hub data unavailable" and its reason; nothing
// throws, retries are bounded, and a 429's wait is respected.

const MODEL = 'mistralai/Mistral-7B-Instruct-v0.3'; // its fixture page has no embedded data: the API is asked once
const JSON_TYPE = 'application/json';

/** Answers the attempt-th API request; false leaves it to the fixtures. */
type Answer = (route: Route, attempt: number) => Promise<boolean>;

const status =
  (code: number, headers: Record<string, string> = {}, body = '{"error":"x"}'): Answer =>
  async (route) => {
    await route.fulfill({ status: code, contentType: JSON_TYPE, headers, body });
    return true;
  };

interface Case {
  name: string;
  answer: Answer;
  /** The reason shown after "Hub data unavailable: ", or null when the Hub's data is used after all. */
  reason: string | null;
  requests: number;
}

const CASES: Case[] = [
  {
    name: '401 (gated)',
    answer: (route) => fulfillError(route, 'gated'),
    reason: 'not found, private or gated (401)',
    requests: 1,
  },
  { name: '403', answer: status(403), reason: 'access forbidden (403)', requests: 1 },
  { name: '404', answer: status(404), reason: 'not found (404)', requests: 1 },
  {
    name: '429 with a long RateLimit wait: not retried',
    answer: (route) => fulfillError(route, 'rateLimited'),
    reason: 'rate limited by the Hub; try again in a few minutes',
    requests: 1,
  },
  {
    name: '429 with a 1 s RateLimit wait: retried once, after the wait',
    answer: async (route, attempt) =>
      attempt === 1 && status(429, { ratelimit: '"api";r=0;t=1', 'retry-after': '1' })(route, attempt),
    reason: null,
    requests: 2,
  },
  {
    name: '429 twice: one retry, then the reason',
    answer: status(429, { ratelimit: '"api";r=0;t=1' }),
    reason: 'rate limited by the Hub; try again in a few minutes',
    requests: 2,
  },
  { name: '500: one retry', answer: status(500), reason: 'the Hub answered 500', requests: 2 },
  {
    name: 'malformed JSON',
    answer: status(200, {}, '{"id": "mistralai/Mistral-7B-Instr'),
    reason: 'the Hub sent an unreadable answer',
    requests: 1,
  },
  {
    name: 'JSON that is not a model',
    answer: status(200, {}, '[1, 2, 3]'),
    reason: 'the Hub sent an unreadable answer',
    requests: 1,
  },
  {
    name: 'an empty config although the repo has config.json',
    answer: status(
      200,
      {},
      JSON.stringify({
        id: MODEL,
        pipeline_tag: 'text-generation',
        tags: ['transformers', 'safetensors'],
        config: {},
        siblings: [{ rfilename: 'config.json' }],
      }),
    ),
    reason: 'the Hub sent an empty config although the repo has a config.json; the architecture is read from the name',
    requests: 1,
  },
];

/** A page on a fresh browser whose /api/models answers come from `answer`; page and console errors collected. */
async function openWithApi(
  answer: Answer,
): Promise<{ context: BrowserContext; page: Page; api: number[]; errors: string[] }> {
  const context = await launchWithExtension();
  const api: number[] = [];
  await routeHub(context, [], async (route, url) => {
    if (!url.pathname.startsWith('/api/models/')) return false;
    api.push(Date.now());
    return answer(route, api.length);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The browser logs every non-2xx response as "Failed to load resource": that is the network log, not our code.
  page.on(
    'console',
    (message) =>
      void (
        message.type() === 'error' &&
        !message.text().startsWith('Failed to load resource') &&
        errors.push(message.text())
      ),
  );
  return { context, page, api, errors };
}

async function fulfillError(route: Route, kind: 'gated' | 'rateLimited'): Promise<boolean> {
  const error = errorResponse(kind, MODEL);
  await route.fulfill({
    status: error.status,
    contentType: error.contentType,
    headers: error.headers,
    body: error.body,
  });
  return true;
}

for (const { name, answer, reason, requests } of CASES) {
  test(`Hub API fault — ${name}`, async () => {
    const { context, page, api, errors } = await openWithApi(answer);
    try {
      await page.goto(`https://huggingface.co/${MODEL}`);
      const host = page.locator(`[data-model-lens="${MODEL}"]`);
      await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
      if (reason) {
        await expect(host.locator('[data-hub-status="unavailable"]')).toHaveText(`Hub data unavailable: ${reason}`, {
          timeout: 10_000,
        });
        await expect(host.locator('[data-fact="params"]')).toHaveAttribute('data-value', '7000000000'); // from the name
      } else {
        // The Hub's data in use: its exact parameter count, and no status.
        await expect(host.locator('[data-fact="params"]')).toHaveAttribute('data-value', '7248023552', {
          timeout: 10_000,
        });
        await expect(host.locator('[role="status"]')).toHaveCount(0);
      }
      expect(api).toHaveLength(requests);
      if (requests === 2 && name.startsWith('429')) expect(api[1]! - api[0]!).toBeGreaterThanOrEqual(900);
      // The answer is kept for the session: the model is not asked about again.
      await page.reload();
      await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
      await page.waitForTimeout(300);
      expect(api).toHaveLength(requests);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

test('Hub API fault — no answer: the request times out and the name-only badges stay', async () => {
  test.setTimeout(40_000);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const { context, page, api, errors } = await openWithApi(async (route) => {
    await held;
    await route.abort().catch(() => {});
    return true;
  });
  try {
    await page.goto(`https://huggingface.co/${MODEL}`);
    const host = page.locator(`[data-model-lens="${MODEL}"]`);
    await expect(host.locator('[data-fact="category"]')).toHaveAttribute('data-value', 'llm');
    await expect(host.locator('[data-hub-status="unavailable"]')).toHaveText(
      'Hub data unavailable: the Hub did not answer in time',
      { timeout: 15_000 },
    );
    expect(api).toHaveLength(1);
    expect(errors).toEqual([]);
  } finally {
    release();
    await context.close();
  }
});
