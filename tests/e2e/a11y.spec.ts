import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { expect, scrollThrough, setTheme, test } from './extension';

// Accessibility gate: axe-core on the popup, the options page, a badged model page with its fact sheet open and a
// listing's card badges, in light and dark and in Burmese: no serious or critical violation. Every violation, whatever
// its impact, is printed for the record, and so is every result axe could not decide ("needs review").
//
// On huggingface.co axe is scoped to Model Lens's own hosts (the saved pages have violations that are not ours), and
// each scan must show it reached into their open shadow roots: a scan that checks nothing proves nothing.

const MIXTRAL = 'mistralai/Mixtral-8x7B-Instruct-v0.1';
const BLOCKING = new Set(['serious', 'critical']);
/** Any character of the Myanmar block: Burmese text is really on screen. */
const BURMESE = /[\u1000-\u109f]/;

type Theme = 'light' | 'dark';
type Language = 'en' | 'my';

/** `target` of a node: a CSS selector, or (inside shadow roots) a list of selectors from the host inward. */
type Target = NodeResult['target'][number];

function targetText(target: Target): string {
  return Array.isArray(target) ? target.join(' >>> ') : String(target);
}

function describe(rules: Result[]): string {
  return rules
    .map((rule) => {
      const nodes = rule.nodes.map((node) => {
        const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).filter(Boolean);
        return `      ${node.target.map(targetText).join(' | ')}${why.length ? `\n        ${why.join('\n        ')}` : ''}`;
      });
      return `  [${rule.impact}] ${rule.id}: ${rule.help} (${rule.nodes.length})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * The nodes of `rules` that are, or sit inside, an element matching `selector`. A node in a shadow root is named by a
 * list of selectors, its host's first (one axe makes up, e.g. div[data-placement="header"]): the page says which
 * element that is.
 */
async function nodesWithin(page: Page, rules: Result[], selector: string): Promise<NodeResult[]> {
  const nodes = rules.flatMap((rule) => rule.nodes);
  const outer = nodes.map((node) => {
    const first = node.target[0];
    return {
      selector: String(Array.isArray(first) ? first[0] : first),
      shadow: Array.isArray(first) && first.length > 1,
    };
  });
  const within = await page.evaluate(
    ({ targets, selector }) =>
      targets.map(({ selector: target, shadow }) => {
        const element = document.querySelector(target);
        return shadow ? (element?.matches(selector) ?? false) : element?.closest(selector) != null;
      }),
    { targets: outer, selector },
  );
  return nodes.filter((_, index) => within[index]);
}

/** Why axe could not decide a node (its checks' message keys, e.g. bgGradient). */
function reasons(node: NodeResult): string[] {
  return [...node.any, ...node.all, ...node.none].map((check) =>
    String((check.data as { messageKey?: string } | null)?.messageKey),
  );
}

/**
 * Undecided results that were reviewed, so are no failures. The ✕ of the fact sheet's close button is a glyph, not
 * text (non-text contrast 3:1; it has the text colour, over 10:1). Text over a gradient and the text of a tooltip
 * (a box laid over the page) are checked by this spec itself when the scan says so.
 */
interface Review {
  gradients?: boolean;
  tooltips?: boolean;
}

/** Is the node inside a tooltip? Its target is followed through the shadow roots it names. */
async function inTooltip(page: Page, nodes: NodeResult[]): Promise<boolean[]> {
  return page.evaluate(
    (targets) =>
      targets.map((target) => {
        let scope: Document | ShadowRoot | null = document;
        let element: Element | null = null;
        for (const selector of Array.isArray(target) ? target : [target]) {
          element = scope?.querySelector(String(selector)) ?? null;
          scope = element?.shadowRoot ?? null;
        }
        return element?.closest('[role="tooltip"]') != null;
      }),
    nodes.map((node) => node.target[0] as string | string[]),
  );
}

async function unreviewed(page: Page, rules: Result[], review: Review): Promise<Result[]> {
  const kept: Result[] = [];
  for (const rule of rules) {
    const nodes: NodeResult[] = [];
    const tooltip = await inTooltip(page, rule.nodes);
    rule.nodes.forEach((node, index) => {
      const why = reasons(node);
      if (rule.id === 'color-contrast') {
        if (why.includes('nonBmp')) return;
        if (review.gradients && why.includes('bgGradient')) return;
        if (
          review.tooltips &&
          tooltip[index] &&
          why.some((reason) => reason === 'bgOverlap' || reason === 'elmPartiallyObscuring')
        )
          return;
      }
      nodes.push(node);
    });
    if (nodes.length > 0) kept.push({ ...rule, nodes });
  }
  return kept;
}

interface ScanOptions {
  /** Scope (selectors of Model Lens's hosts); the whole page when absent. */
  include?: string[];
  /** Model Lens's UI in this scan: axe must have passed rules on its nodes, colour contrast among them. */
  ours: string;
  /** On huggingface.co: check our text's contrast against each colour stop of the page's gradient backgrounds. */
  gradients?: boolean;
  /** A tooltip is open: check its text's contrast here (axe cannot: the box overlaps the page). */
  tooltips?: boolean;
  /**
   * Listing cards: axe places no text of ours there (a chip is an element with no box, `display: contents`, in the
   * title's clipped line, and a tooltip fixed over that clipped title counts as hidden to it), so the chips' text is
   * measured here against every colour behind the card, and axe is not required to have checked our contrast.
   */
  boxless?: boolean;
}

async function scan(page: Page, name: string, options: ScanOptions): Promise<AxeResults> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  // The full results, for a closer look: test-results/<test>/<scan>.json.
  writeFileSync(
    test.info().outputPath(`${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}.json`),
    JSON.stringify(results, null, 1),
  );
  const undecided = await unreviewed(
    page,
    results.incomplete.filter((rule) => BLOCKING.has(rule.impact ?? '')),
    options,
  );
  console.log(
    `\n[a11y] ${name}: ${results.violations.length} rules violated, ${results.passes.length} passed, ${results.incomplete.length} need review` +
      (results.violations.length ? `\n${describe(results.violations)}` : '') +
      (results.incomplete.length ? `\n  needs review:\n${describe(results.incomplete)}` : ''),
  );

  // axe really looked at our UI (inside the shadow roots on huggingface.co).
  const checked = await nodesWithin(page, results.passes, options.ours);
  expect.soft(checked.length, `${name}: no rule passed on a node of Model Lens's UI`).toBeGreaterThan(5);
  const contrast = await nodesWithin(
    page,
    results.passes.filter((rule) => rule.id === 'color-contrast'),
    options.ours,
  );
  if (!options.boxless)
    expect.soft(contrast.length, `${name}: colour contrast checked nothing of Model Lens's UI`).toBeGreaterThan(0);

  const blocking = results.violations.filter((rule) => BLOCKING.has(rule.impact ?? ''));
  expect
    .soft(
      blocking.map((rule) => `${rule.id} (${rule.impact}, ${rule.nodes.length} nodes)`),
      `${name}: serious or critical violations`,
    )
    .toEqual([]);
  expect
    .soft(
      undecided.map((rule) => `${rule.id} (${rule.impact}, ${rule.nodes.length} nodes)`),
      `${name}: serious or critical results axe could not decide`,
    )
    .toEqual([]);
  if (options.gradients) await checkGradientContrast(page, name, options);
  if (options.tooltips) await checkTooltipContrast(page, name, options);
  if (options.boxless) await checkChipContrast(page, name, options);
  return results;
}

/** A CSS colour function (rgb(), oklch()…) in a computed background: the colours a gradient runs through. */
const COLOUR_FUNCTION = String.raw`(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]*\)`;

/**
 * axe cannot tell the contrast of text over a gradient (the model page's header is one). Each colour stop is laid
 * in turn as a solid background on every gradient behind our hosts, and colour contrast is checked against it: the
 * text passes against every colour the gradient runs through.
 */
async function checkGradientContrast(page: Page, name: string, options: ScanOptions): Promise<void> {
  const hosts = options.include ?? [options.ours];
  const stops = await page.evaluate(
    ({ hosts, colourFunction }) => {
      const holder = window as unknown as {
        __lensGradients?: { element: HTMLElement; style: string | null; colours: string[] }[];
      };
      const found = new Set<HTMLElement>();
      for (const host of document.querySelectorAll<HTMLElement>(hosts.join(','))) {
        for (let element: HTMLElement | null = host; element; element = element.parentElement) {
          if (getComputedStyle(element).backgroundImage.includes('gradient(')) found.add(element);
        }
      }
      holder.__lensGradients = [...found].map((element) => ({
        element,
        style: element.getAttribute('style'),
        colours: getComputedStyle(element).backgroundImage.match(new RegExp(colourFunction, 'g')) ?? [],
      }));
      return Math.max(0, ...holder.__lensGradients.map((gradient) => gradient.colours.length));
    },
    { hosts, colourFunction: COLOUR_FUNCTION },
  );
  for (let stop = 0; stop < stops; stop++) {
    const laid = await page.evaluate((stop) => {
      const gradients = (window as unknown as { __lensGradients: { element: HTMLElement; colours: string[] }[] })
        .__lensGradients;
      return gradients.map(({ element, colours }) => {
        const colour = colours[Math.min(stop, colours.length - 1)]!;
        element.style.setProperty('background-image', 'none', 'important');
        element.style.setProperty('background-color', colour, 'important');
        return colour;
      });
    }, stop);
    let builder = new AxeBuilder({ page }).withRules(['color-contrast']);
    for (const selector of hosts) builder = builder.include(selector);
    const results = await builder.analyze();
    const undecided = await unreviewed(page, results.incomplete, { tooltips: options.tooltips });
    const label = `${name}, gradient stop ${stop + 1}/${stops} (${[...new Set(laid)].join(', ')})`;
    console.log(
      `[a11y] ${label}: colour contrast ${results.violations.length ? `violated\n${describe(results.violations)}` : 'passes'}${undecided.length ? `\n  undecided:\n${describe(undecided)}` : ''}`,
    );
    expect
      .soft(
        results.violations.map((rule) => `${rule.id} (${rule.nodes.length} nodes)`),
        `${label}: contrast`,
      )
      .toEqual([]);
    expect
      .soft(
        undecided.map((rule) => `${rule.id} (${rule.nodes.length} nodes)`),
        `${label}: contrast undecided`,
      )
      .toEqual([]);
    if (!options.boxless)
      expect
        .soft(
          (await nodesWithin(page, results.passes, options.ours)).length,
          `${label}: contrast checked nothing of ours`,
        )
        .toBeGreaterThan(0);
  }
  await page.evaluate(() => {
    const holder = window as unknown as { __lensGradients?: { element: HTMLElement; style: string | null }[] };
    for (const { element, style } of holder.__lensGradients ?? []) {
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
    }
    delete holder.__lensGradients;
  });
}

/** WCAG contrast of two opaque sRGB colours given as rgb(r, g, b). */
function contrastRatio(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((channel) => {
        const value = Number(channel) / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The open tooltips' text against their own background (opaque: the page behind does not show through). Each
 * element holding text is measured; the tooltips' text is small, so 4.5:1.
 */
async function checkTooltipContrast(page: Page, name: string, options: ScanOptions): Promise<void> {
  const texts = await page.evaluate((hosts) => {
    const found: { text: string; colour: string; background: string }[] = [];
    for (const host of document.querySelectorAll(hosts.join(','))) {
      for (const tip of host.shadowRoot?.querySelectorAll<HTMLElement>('[role="tooltip"]') ?? []) {
        if (tip.getClientRects().length === 0) continue;
        const background = getComputedStyle(tip).backgroundColor;
        for (const element of [tip, ...tip.querySelectorAll('*')]) {
          const own = [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent ?? '')
            .join('')
            .trim();
          if (own) found.push({ text: own.slice(0, 50), colour: getComputedStyle(element).color, background });
        }
      }
    }
    return found;
  }, options.include ?? [options.ours]);
  expect.soft(texts.length, `${name}: no open tooltip to measure`).toBeGreaterThan(0);
  for (const { text, colour, background } of texts) {
    const opaque = /^rgb\(/.test(colour) && /^rgb\(/.test(background);
    expect.soft(opaque, `${name}: tooltip colours not opaque sRGB (${colour} on ${background})`).toBe(true);
    const ratio = contrastRatio(colour, background);
    console.log(`[a11y] ${name}, tooltip "${text}": ${colour} on ${background}, ${ratio.toFixed(2)}:1`);
    expect.soft(ratio, `${name}: tooltip text "${text}" contrast`).toBeGreaterThanOrEqual(4.5);
  }
}

/**
 * Each chip's text colour against every colour of the nearest background behind its host (a card's gradient: each of
 * its stops), as opaque sRGB: the chips' text is small, so 4.5:1.
 */
async function checkChipContrast(page: Page, name: string, options: ScanOptions): Promise<void> {
  const chips = await page.evaluate(
    ({ hosts, colourFunction }) => {
      const paint = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const srgb = (colour: string) => {
        paint.clearRect(0, 0, 1, 1);
        paint.fillStyle = colour;
        paint.fillRect(0, 0, 1, 1);
        const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      };
      const colours = new RegExp(colourFunction, 'g');
      const behind = (host: Element): string[] => {
        for (let element = host.parentElement; element; element = element.parentElement) {
          const style = getComputedStyle(element);
          const stops = style.backgroundImage.match(colours);
          if (stops) return stops;
          if (!/^rgba\(.*, 0\)$|^transparent$/.test(style.backgroundColor)) return [style.backgroundColor];
        }
        return [getComputedStyle(document.body).backgroundColor];
      };
      const found = new Map<string, { text: string; colour: string; backgrounds: string[] }>();
      for (const host of document.querySelectorAll(hosts.join(','))) {
        const backgrounds = behind(host).map(srgb);
        for (const chip of host.shadowRoot?.querySelectorAll<HTMLElement>('.lens-row .badge') ?? []) {
          const colour = srgb(getComputedStyle(chip).color);
          const key = `${chip.dataset.fact}|${colour}|${backgrounds.join()}`;
          if (!found.has(key)) found.set(key, { text: (chip.textContent ?? '').slice(0, 30), colour, backgrounds });
        }
      }
      return [...found.values()];
    },
    { hosts: options.include ?? [options.ours], colourFunction: COLOUR_FUNCTION },
  );
  expect.soft(chips.length, `${name}: no chip to measure`).toBeGreaterThan(3);
  for (const { text, colour, backgrounds } of chips) {
    const ratio = Math.min(...backgrounds.map((background) => contrastRatio(colour, background)));
    console.log(`[a11y] ${name}, chip "${text}": ${colour} on ${backgrounds.join(' … ')}, ${ratio.toFixed(2)}:1`);
    expect.soft(ratio, `${name}: chip "${text}" contrast`).toBeGreaterThanOrEqual(4.5);
  }
}

/** Sets the language on the options page (stored with the settings: every extension page and tab follows it). */
async function chooseLanguage(context: BrowserContext, extensionId: string, language: Language): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption(language);
  await expect(options.locator('html')).toHaveAttribute('lang', language);
  await expect(options.locator('[data-options-status]')).not.toBeEmpty();
  await options.close();
}

async function openPopup(context: BrowserContext, extensionId: string, colorScheme: Theme): Promise<Page> {
  const page = await context.newPage();
  // The extension pages follow prefers-color-scheme (components/theme.ts).
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('#lens-query')).toBeVisible();
  await expect(page.locator('main.lens-page')).toHaveAttribute('data-theme', colorScheme);
  return page;
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['en', 'my'] as const) {
    test(`popup (${theme}, ${language}): empty, then a looked-up model with badges and the inline fact sheet`, async ({
      context,
      extensionId,
    }) => {
      if (language !== 'en') await chooseLanguage(context, extensionId, language);
      const page = await openPopup(context, extensionId, theme);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      if (language === 'my') await expect(page.locator('label[for="lens-query"]')).toHaveText(BURMESE);
      await scan(page, `popup empty (${theme}, ${language})`, { ours: 'main.lens-page' });

      await page.locator('#lens-query').fill(MIXTRAL);
      await page.locator('#lens-query').press('Enter');
      const result = page.locator(`[data-model-lens="${MIXTRAL}"]`);
      await expect(result.locator('[data-fact="category"]')).toBeVisible();
      // Upgraded with Hub data: the architecture row comes from config.json.
      await expect(result.locator('[data-fact-row="architecture"]')).toContainText('MixtralForCausalLM');
      if (language === 'my') await expect(result.locator('.sheet h3').first()).toHaveText(BURMESE);
      await scan(page, `popup with ${MIXTRAL} (${theme}, ${language})`, { ours: `[data-model-lens="${MIXTRAL}"]` });
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`options page (${theme}): in English, then switched to Burmese`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('main.lens-page')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('select[name="language"]')).toBeVisible();
    await scan(page, `options (${theme}, en)`, { ours: 'main.lens-page' });

    await page.locator('select[name="language"]').selectOption('my');
    await expect(page.locator('html')).toHaveAttribute('lang', 'my');
    await expect(page.locator('legend').first()).toHaveText(BURMESE);
    // The saved status is in the page's language too (text in another language than its lang is mispronounced).
    await expect(page.locator('[data-options-status]')).toHaveText(BURMESE);
    await scan(page, `options (${theme}, my)`, { ours: 'main.lens-page' });
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['en', 'my'] as const) {
    test(`model page (${theme}, ${language}): the badge row, then the fact sheet`, async ({
      context,
      extensionId,
      page,
    }) => {
      if (language !== 'en') await chooseLanguage(context, extensionId, language);
      await page.goto(`https://huggingface.co/${MIXTRAL}`);
      await setTheme(page, theme);
      const host = page.locator(`[data-model-lens="${MIXTRAL}"]`);
      await expect(host).toHaveAttribute('data-theme', theme);
      await expect(host).toHaveAttribute('lang', language);
      await expect(host.locator('[data-fact="category"]')).toBeVisible();
      // One badge focused, so its tooltip (meaning and evidence) is on screen and checked too.
      await host.locator('[data-fact="serving-llamacpp"]').focus();
      await expect(host.locator('[data-fact="serving-llamacpp"] + [role="tooltip"]')).toBeVisible();
      await scan(page, `model page badge row (${theme}, ${language})`, {
        include: ['[data-model-lens]'],
        ours: '[data-model-lens]',
        gradients: true,
        tooltips: true,
      });

      await host.locator('[data-fact="category"]').click();
      const sheet = page.locator('[data-model-lens-sheet][data-placement="sheet"]');
      await expect(sheet.getByRole('dialog')).toBeVisible();
      await expect(sheet).toHaveAttribute('data-theme', theme);
      if (language === 'my') await expect(sheet.locator('h3').first()).toHaveText(BURMESE);
      await scan(page, `model page fact sheet (${theme}, ${language})`, {
        include: ['[data-model-lens]', '[data-model-lens-sheet]'],
        ours: '[data-model-lens-sheet]',
        gradients: true,
      });
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`listing card badges (${theme})`, async ({ page }) => {
    await page.goto('https://huggingface.co/models');
    await setTheme(page, theme);
    await scrollThrough(page);
    await expect(page.locator('article [data-model-lens]')).toHaveCount(64);
    await expect(page.locator('article [data-model-lens]').first()).toHaveAttribute('data-theme', theme);
    await page.evaluate(() => window.scrollTo(0, 0));
    // A card badge's tooltip is built on first hover: hover one so it is checked too (the last card's: a tooltip
    // reaches over the next card, whose chips, beside its title, axe could then not judge).
    await page.locator('article [data-model-lens] [data-fact="category"]').last().hover();
    await expect(page.locator('article [data-model-lens] [role="tooltip"]').first()).toBeVisible();
    await scan(page, `listing card badges (${theme})`, {
      include: ['article [data-model-lens]'],
      ours: 'article [data-model-lens]',
      gradients: true,
      tooltips: true,
      boxless: true,
    });
  });
}

test('fact sheet dialog: focus moves into it, Tab stays inside, Escape gives focus back to the badge that opened it', async ({
  page,
}) => {
  await page.goto(`https://huggingface.co/${MIXTRAL}`);
  const opener = page.locator(`[data-model-lens="${MIXTRAL}"] [data-fact="params"]`);
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('[data-model-lens-sheet][data-placement="sheet"]').getByRole('dialog', { name: MIXTRAL });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const focusInSheet = () =>
    page.evaluate(() => {
      const host = document.querySelector('[data-model-lens-sheet][data-placement="sheet"]');
      const active = host?.shadowRoot?.activeElement;
      return document.activeElement === host && active
        ? `${active.tagName.toLowerCase()}${active.className ? `.${active.className}` : ''}`
        : null;
    });
  await expect.poll(focusInSheet).toBe('button.close');
  // The commands wait behind their disclosure: open it, and its copy buttons and blocks join the Tab order.
  await dialog.getByText('Commands to copy').click();
  const stops = new Set<string>();
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    const where = await focusInSheet();
    expect(where, `Tab ${step + 1} left the dialog`).not.toBeNull();
    stops.add(where!);
  }
  // The close button, the disclosures, the base-model link when there is one, the commands (copy buttons, scrollable
  // blocks), the guide link.
  expect([...stops]).toEqual(expect.arrayContaining(['button.close', 'summary', 'button.copy', 'pre', 'a.guide-link']));
  await page.keyboard.press('Shift+Tab');
  expect(await focusInSheet()).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
