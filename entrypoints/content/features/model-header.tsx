import { BadgeRow, type HubState } from '../../../components/BadgeRow';
import { FactSheet } from '../../../components/FactSheet';
import { useI18n } from '../../../components/i18n';
import { Logo } from '../../../components/Logo';
import { configHasShapes, ggufPathsFromHeaderProps, modelFromHeaderProps } from '../../../lib/hub/page-data';
import { MODEL_HEADER, modelHref } from '../../../lib/page/anchors';
import { getModelIdFromUrl, isAnyModelRepoPage } from '../../../lib/page/detect';
import { isClassifyError, type ClassifyError, type Facts, type PageFacts } from '../../../lib/facts/schema';
import { parseModelCount, quantizedTreeSelector } from '../../../lib/page/model-tree';
import { createHost, type Mounted } from '../dom/mount';
import { observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';
import { askBackground } from '../../../utils/background-client';
import { fetchHub, hubStateOf } from '../../../utils/hub-client';

// The badge row beside the model name on a model page and its sub-pages, opening the fact sheet; a floating panel
// when the header is not where we expect it.

/** The background's answers for a page: name only, and with the header's embedded data when it has some. */
interface HeaderFacts {
  nameOnly: Facts | null;
  withPageData: Facts | null;
  /** The header's embedded model data (reduced), when it is about this repo. */
  embedded: Record<string, unknown> | null;
}

export const modelHeader: Feature<Promise<HeaderFacts> | null> = {
  id: 'model-header',
  include: [isAnyModelRepoPage],
  enabled: (settings) => settings.modelPages,
  prefetch: (url) => classifyHeader(url),
  run,
};

/** How long to wait for the header to appear (hydration, client-side navigation) before using the floating panel. */
const HEADER_WAIT_MS = 1500;

const usable = (facts: Facts | ClassifyError | undefined): Facts | null =>
  facts && !isClassifyError(facts) ? facts : null;

/** Facts from the background; null when it cannot say (the row then stays away). */
async function classifyOne(input: string, hub?: unknown, config?: unknown): Promise<Facts | null> {
  const [facts] = await askBackground({
    type: 'classify',
    items: [{ input, hub, config: config ?? undefined, page: pageFacts(input) }],
  });
  return usable(facts);
}

/** The model header's embedded data, when it is about this repo (client-side navigation may leave the old one). */
function pageData(id: string): Record<string, unknown> | null {
  const embedded = modelFromHeaderProps(document.querySelector(MODEL_HEADER)?.getAttribute('data-props'));
  return embedded && String(embedded.id).toLowerCase() === id.toLowerCase() ? embedded : null;
}

/** What the page shows beyond the model data: the model tree's count of quantized versions, the GGUF files (no request). */
function pageFacts(id: string): PageFacts {
  const header = document.querySelector(MODEL_HEADER)?.getAttribute('data-props');
  const ggufFiles = pageData(id) ? ggufPathsFromHeaderProps(header) : [];
  return {
    quantizedCount: parseModelCount(document.querySelector(quantizedTreeSelector(id))?.textContent),
    ...(ggufFiles.length > 0 ? { ggufFiles } : {}),
  };
}

/** Both readings in one request, so the answer does not wait for the settings (which say whether Hub data is used). */
function classifyHeader(url: URL): Promise<HeaderFacts> | null {
  const id = getModelIdFromUrl(url);
  if (!id) return null;
  const embedded = pageData(id);
  const page = pageFacts(id);
  const items = embedded
    ? [
        { input: id, page },
        { input: id, hub: embedded, page },
      ]
    : [{ input: id, page }];
  return askBackground({ type: 'classify', items }).then(([nameOnly, withPageData]) => ({
    nameOnly: usable(nameOnly),
    withPageData: usable(withPageData),
    embedded,
  }));
}

async function run(context: FeatureContext, early?: Promise<HeaderFacts> | null): Promise<void> {
  const id = getModelIdFromUrl(context.url);
  if (!id) return;
  const { signal, settings } = context;
  const facts = await (early ?? classifyHeader(context.url));
  if (!facts || signal.aborted) return;
  const fromPage = settings.hubData ? facts.withPageData : null;
  const first = fromPage ?? facts.nameOnly;
  if (!first) return;
  const state = {
    facts: first,
    hub: (fromPage ? { kind: 'hub' } : settings.hubData ? { kind: 'loading' } : { kind: 'name-only' }) as HubState,
  };

  let mounted: Mounted | null = null;
  let floating = false;
  let sheet: Mounted | null = null;
  let opener: HTMLElement | null = null;

  // While the sheet is open the page under it stays put (a wheel at the sheet's end would scroll it).
  let pageOverflow: string | null = null;
  const openSheet = () => {
    opener = (mounted?.host.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    sheet?.remove();
    sheet = createHost('div', { 'data-model-lens-sheet': id }, 'sheet', context.i18n);
    document.body.append(sheet.host);
    pageOverflow ??= document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    renderSheet();
  };
  const closeSheet = () => {
    sheet?.remove();
    sheet = null;
    if (pageOverflow !== null) document.documentElement.style.overflow = pageOverflow;
    pageOverflow = null;
    opener?.focus();
  };
  const renderSheet = () => sheet?.render(<FactSheet facts={state.facts} hub={state.hub} onClose={closeSheet} />);
  const renderRow = () => {
    if (!mounted) return;
    const row = (
      <BadgeRow
        facts={state.facts}
        hub={state.hub}
        compact={settings.compact}
        hiddenEngines={settings.hiddenEngines}
        onOpen={openSheet}
      />
    );
    mounted.render(floating ? <FloatingPanel id={id}>{row}</FloatingPanel> : row);
  };
  const update = (facts: Facts, hub: HubState) => {
    state.facts = facts;
    state.hub = hub;
    renderRow();
    renderSheet();
  };

  /** Puts the row after the header's h1; idempotent, so re-rendered headers get it back exactly once. */
  const place = (): boolean => {
    const heading = findHeading(id);
    if (!heading) return false;
    if (mounted && !floating && mounted.host.isConnected && mounted.host.previousElementSibling === heading)
      return true;
    mounted?.remove();
    floating = false;
    mounted = createHost('div', { 'data-model-lens': id }, 'header', context.i18n);
    heading.after(mounted.host);
    renderRow();
    performance.mark('model-lens:badges');
    return true;
  };
  const placeFloating = () => {
    if (mounted && mounted.host.isConnected) return;
    floating = true;
    mounted = createHost('div', { 'data-model-lens': id }, 'floating', context.i18n);
    document.body.append(mounted.host);
    renderRow();
    performance.mark('model-lens:badges');
  };

  if (!place()) {
    const timer = setTimeout(() => signal.aborted || place() || placeFloating(), HEADER_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }
  observeMutations(document.documentElement, signal, () => {
    if (floating) {
      if (findHeading(id)) place();
    } else if (!place() && mounted && !mounted.host.isConnected) {
      mounted = null;
    }
  });
  signal.addEventListener(
    'abort',
    () => {
      mounted?.remove();
      if (sheet) closeSheet();
    },
    { once: true },
  );

  if (!settings.hubData) return;
  // The Hub's answer when the page has no data, and config.json when the page's config lacks the model's shapes
  // (memory figures): each asked once per model per browser session, by the background.
  const needConfig = !configHasShapes(facts.embedded?.config);
  if (!fromPage) {
    const reply = await fetchHub(id, signal, { config: needConfig });
    const result = reply.result ?? { ok: false as const, reason: 'no-answer' };
    const next = result.ok ? await classifyOne(id, result.info, reply.config) : state.facts;
    if (next && !signal.aborted) update(next, hubStateOf(result, context.i18n));
  } else if (needConfig) {
    const reply = await fetchHub(id, signal, { info: false, config: true });
    const next = reply.config ? await classifyOne(id, facts.embedded, reply.config) : null;
    if (next && !signal.aborted) update(next, state.hub);
  }
}

/** The model name's h1: it holds a link to the model itself (case-insensitive, as the Hub's URLs are). */
function findHeading(id: string): HTMLElement | null {
  const href = modelHref(id).toLowerCase();
  for (const heading of document.querySelectorAll<HTMLElement>('h1')) {
    for (const link of heading.querySelectorAll('a[href]')) {
      if (link.getAttribute('href')?.toLowerCase() === href) return heading;
    }
  }
  return null;
}

function FloatingPanel({ id, children }: { id: string; children: preact.ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class="floating" role="complementary" aria-label={t('row_label', [id])}>
      <p class="title">
        <Logo /> {id}
      </p>
      {children}
    </div>
  );
}
