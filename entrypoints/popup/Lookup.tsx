import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Legend } from '../../components/Legend';
import { guideUrl } from '../../utils/guide-url';
import { BadgeRow, type HubState } from '../../components/BadgeRow';
import { FactSheet } from '../../components/FactSheet';
import { useI18n } from '../../components/i18n';
import { Logo } from '../../components/Logo';
import { getModelIdFromUrl } from '../../lib/page/detect';
import type { Settings } from '../../lib/settings/settings';
import { isClassifyError, type Facts } from '../../lib/facts/schema';
import { askBackground } from '../../utils/background-client';
import { historyItem, loadHistory, pushHistory } from '../../utils/history-item';
import { fetchHubInfo, hubStateOf } from '../../utils/hub-client';
import { usePageTheme } from '../../components/theme';
import { Compare } from './Compare';

type Result = { kind: 'none' } | { kind: 'error'; input: string; message: string } | { kind: 'facts'; facts: Facts; hub: HubState };

/** Manual lookup of any model ID, name, file name or huggingface.co URL, with the last 20 lookups at hand. */
export function Lookup({ settings }: { settings: Settings }) {
  const i18n = useI18n();
  const { t } = i18n;
  const theme = usePageTheme();
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<string[]>([]);
  const [cursor, setCursor] = useState(-1);
  const [result, setResult] = useState<Result>({ kind: 'none' });
  const input = useRef<HTMLInputElement>(null);
  const lookupController = useRef<AbortController | null>(null);

  const lookUp = (text: string) => {
    lookupController.current?.abort();
    const controller = new AbortController();
    lookupController.current = controller;
    setCursor(-1);
    const trimmed = text.trim();
    if (!trimmed) return setResult({ kind: 'none' });
    void (async () => {
      const [facts] = await askBackground({ type: 'classify', items: [{ input: trimmed }] });
      if (controller.signal.aborted || !facts) return;
      if (isClassifyError(facts)) {
        setResult({ kind: 'error', input: trimmed, message: t('lookup_error', [t(errorKey(facts.error))]) });
        return;
      }
      setHistory((previous) => {
        const next = pushHistory(previous, trimmed);
        historyItem.setValue(next).catch(() => {});
        return next;
      });
      const canAsk = settings.hubData && facts.org !== null && !facts.file?.includes('/');
      setResult({ kind: 'facts', facts, hub: canAsk ? { kind: 'loading' } : { kind: 'name-only' } });
      if (!canAsk) return;
      const hub = await fetchHubInfo(facts.id, controller.signal);
      const [withHub] = hub.ok ? await askBackground({ type: 'classify', items: [{ input: trimmed, hub: hub.info }] }) : [facts];
      if (!controller.signal.aborted && withHub && !isClassifyError(withHub)) setResult({ kind: 'facts', facts: withHub, hub: hubStateOf(hub, i18n) });
    })().catch(() => {
      // aborted by a newer lookup, or the background is gone (extension reloaded): the form stays usable
    });
  };

  // Opening: a query handed over (context menu), else the current tab's model, else an empty form with history.
  useEffect(() => {
    void (async () => {
      const stored = await loadHistory();
      setHistory(stored);
      const handed = new URLSearchParams(location.search).get('q') ?? (await takePendingLookup());
      const fromTab = handed ? null : await activeTabModel();
      const initial = handed ?? fromTab;
      if (initial) {
        setQuery(initial);
        lookUp(initial);
      }
      input.current?.focus();
    })();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      if (history.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowUp' ? Math.min(cursor + 1, history.length - 1) : Math.max(cursor - 1, -1);
      setCursor(next);
      setQuery(next === -1 ? '' : history[next]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      lookupController.current?.abort();
      setQuery('');
      setCursor(-1);
      setResult({ kind: 'none' });
    }
  };

  return (
    <main class="lens-page popup" data-theme={theme}>
      <header class="bar">
        <h1>
          <Logo /> {t('extName')}
        </h1>
        <a class="link-button guide-link" href={guideUrl()} target="_blank" rel="noopener" data-guide-link="">
          {t('guide_link')}
        </a>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </header>
      <form
        role="search"
        class="lookup"
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim()) lookUp(query);
          else setResult({ kind: 'error', input: '', message: t('lookup_prompt_empty') });
        }}
      >
        <label for="lens-query">{t('lookup_label')}</label>
        <div class="lookup-row">
          <input
            id="lens-query"
            ref={input}
            type="search"
            value={query}
            placeholder={t('lookup_placeholder')}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="lens-hint"
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit">{t('lookup_button')}</button>
        </div>
        <p id="lens-hint" class="note">{t('lookup_hint')}</p>
      </form>
      {result.kind === 'error' && (
        <p class="status error" role="alert" data-lookup-error>
          {result.input && <span class="quoted">{result.input}</span>} {result.message}
        </p>
      )}
      {result.kind === 'facts' && (
        <section class="result" data-model-lens={result.facts.id}>
          {/* A short announcement instead of a live region over the whole sheet (read again on every Hub upgrade). */}
          <p class="sr" role="status">{t('row_label', [result.facts.id])}</p>
          <BadgeRow facts={result.facts} hub={result.hub} compact={settings.compact} hiddenEngines={settings.hiddenEngines} onOpen={(fact) => focusFact(fact)} opensDialog={false} />
          <Compare first={result.facts} settings={settings} />
          <FactSheet facts={result.facts} hub={result.hub} inline />
        </section>
      )}
      {result.kind !== 'facts' && history.length > 0 && (
        <section class="history">
          <h2>{t('history_title')}</h2>
          <ul>
            {history.map((entry) => (
              <li key={entry}>
                <button
                  type="button"
                  class="history-item"
                  onClick={() => {
                    setQuery(entry);
                    lookUp(entry);
                  }}
                >
                  {entry}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.kind !== 'facts' && (
        <details class="popup-legend" data-disclosure="legend">
          <summary>{t('legend_title')}</summary>
          <Legend />
        </details>
      )}
    </main>
  );
}

function errorKey(error: string): string {
  if (error === 'empty input') return 'lookup_error_empty';
  if (error.startsWith('not a model page')) return 'lookup_error_not_model_page';
  if (error === 'not a huggingface.co URL') return 'lookup_error_not_hub';
  if (error.startsWith('too long')) return 'lookup_error_too_long';
  return 'lookup_error_not_model';
}

/** Scrolls the fact sheet to the row a badge stands for. */
function focusFact(fact: string) {
  const row = document.querySelector(`[data-fact-row="${fact}"], [data-engine="${fact.replace('serving-', '')}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * The model of the tab the user is on. When the popup is itself a tab or window (opened from the context menu, or
 * pinned), that is the huggingface.co model tab used last.
 */
async function activeTabModel(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.url && !tab.url.startsWith(location.origin)) return getModelIdFromUrl(tab.url);
    const hubTabs = await browser.tabs.query({ url: 'https://huggingface.co/*' });
    const recent = hubTabs
      .filter((candidate) => candidate.url && getModelIdFromUrl(candidate.url))
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    return recent?.url ? getModelIdFromUrl(recent.url) : null;
  } catch {
    return null;
  }
}

/** The context menu leaves its query in session storage before opening the popup. */
async function takePendingLookup(): Promise<string | null> {
  try {
    const stored = await browser.storage.session.get('pendingLookup');
    const value = stored.pendingLookup;
    if (typeof value !== 'string') return null;
    await browser.storage.session.remove('pendingLookup');
    return value;
  } catch {
    return null;
  }
}
