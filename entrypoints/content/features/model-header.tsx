import { BadgeRow, type HubState } from '../../../components/BadgeRow';
import { useI18n } from '../../../components/i18n';
import { Logo } from '../../../components/Logo';
import { isClassifyError, type ClassifyError, type Facts, type PageFacts } from '../../../lib/facts/schema';
import { configHasShapes, ggufPathsFromHeaderProps, modelFromHeaderProps } from '../../../lib/hub/page-data';
import { MODEL_HEADER } from '../../../lib/page/anchors';
import { getModelIdFromUrl, isAnyModelRepoPage } from '../../../lib/page/detect';
import { parseModelCount, quantizedTreeSelector } from '../../../lib/page/model-tree';
import { askBackground } from '../../../utils/background-client';
import { fetchHub } from '../../../utils/hub-client';
import { refineWithHub } from '../../../utils/hub-refine';
import { headerRow, reserveHeaderRow } from '../dom/header-row';
import { domReady } from '../dom/observe';
import { sheetController } from '../dom/sheet-controller';
import type { Feature, FeatureContext } from '../feature';

// The badge row under the model name on a model page and its sub-pages, opening the fact sheet; a floating panel
// when the header is not where we expect it. The content script starts before the page is parsed: the name-only
// facts are asked for at once, the row's place is taken as the header appears and filled from the header's embedded
// data (or the name when there is none), then the Hub's answer replaces them in place.

export const modelHeader: Feature<Promise<Facts | null> | null> = {
  id: 'model-header',
  include: [isAnyModelRepoPage],
  enabled: (settings) => settings.modelPages,
  early: true,
  prefetch: (url) => {
    const id = getModelIdFromUrl(url);
    return id ? classifyOne(id) : null;
  },
  reserve: (url) => {
    const id = getModelIdFromUrl(url);
    return id ? reserveHeaderRow(id) : () => {};
  },
  run,
};

async function run(context: FeatureContext, early?: Promise<Facts | null> | null): Promise<void> {
  const id = getModelIdFromUrl(context.url);
  if (!id) return;
  const { signal, settings, i18n } = context;
  const state: { facts: Facts | null; hub: HubState } = {
    facts: null,
    hub: settings.hubData ? { kind: 'loading' } : { kind: 'name-only' },
  };
  const current = () => (state.facts ? { facts: state.facts, hub: state.hub } : null);
  const sheet = sheetController(id, i18n, current);
  const row = headerRow(id, i18n, signal, (floating) => {
    if (!state.facts) return null;
    const badges = (
      <BadgeRow
        facts={state.facts}
        hub={state.hub}
        compact={settings.compact}
        hiddenEngines={settings.hiddenEngines}
        onOpen={() => sheet.open(row.focused())}
      />
    );
    return floating ? <FloatingPanel id={id}>{badges}</FloatingPanel> : badges;
  });
  signal.addEventListener('abort', sheet.close, { once: true });
  const show = (facts: Facts | null, hub: HubState = state.hub) => {
    if (!facts || signal.aborted) return;
    state.facts = facts;
    state.hub = hub;
    row.render();
    sheet.update();
  };

  // 1. The first facts on screen: from the header's embedded data with what the rest of the page says (the model
  // tree's count of quantized versions, the GGUF files: they change the serving chips), once the page is parsed; else
  // from the name (asked when the script started), as soon as the header is there. Only one of them: chips replaced
  // in place by others would move (a layout shift). The row's space is taken as the header appears either way.
  await Promise.race([row.placed, domReady()]);
  if (signal.aborted) return;
  const embedded = settings.hubData ? pageData(id) : null;
  if (embedded) {
    await domReady();
    if (signal.aborted) return;
    show(await classifyOne(id, pageData(id) ?? embedded), { kind: 'hub' });
  }
  if (!state.facts) show(await (early ?? classifyOne(id)));
  if (!state.facts || !settings.hubData) return; // not a model the background can read: no row

  // 2. The Hub's answer when the page has no data, and config.json when the page's config lacks the model's shapes
  // (memory figures): each asked once per model per browser session, by the background.
  const needConfig = !configHasShapes(embedded?.config);
  if (!embedded) {
    const refined = await refineWithHub(
      { input: id, id, page: pageFacts(id), config: needConfig },
      state.facts,
      signal,
      i18n,
    );
    if (refined) show(refined.facts, refined.hub);
  } else if (needConfig) {
    const reply = await fetchHub(id, signal, { info: false, config: true });
    if (reply.config) show(await classifyOne(id, embedded, reply.config));
  }
}

const usable = (facts: Facts | ClassifyError | undefined): Facts | null =>
  facts && !isClassifyError(facts) ? facts : null;

/** Facts from the background; null when it cannot say (the row then stays away). */
async function classifyOne(
  input: string,
  hub?: unknown,
  config?: unknown,
  page: PageFacts = pageFacts(input),
): Promise<Facts | null> {
  const [facts] = await askBackground({ type: 'classify', items: [{ input, hub, config: config ?? undefined, page }] });
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
