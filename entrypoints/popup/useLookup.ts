import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { browser } from 'wxt/browser';
import type { HubState } from '../../components/BadgeRow';
import { useI18n } from '../../components/i18n';
import { getModelIdFromUrl } from '../../lib/page/detect';
import type { Settings } from '../../lib/settings/settings';
import { isClassifyError, type Facts } from '../../lib/facts/schema';
import { askBackground } from '../../utils/background-client';
import { historyItem, loadHistory, pushHistory } from '../../utils/history-item';
import { refineWithHub } from '../../utils/hub-refine';
import { ERROR_MESSAGES } from './error-messages';

export type LookupResult =
  | { kind: 'none' }
  | { kind: 'error'; input: string; message: string }
  | { kind: 'facts'; facts: Facts; hub: HubState };

export interface LookupState {
  query: string;
  setQuery: (query: string) => void;
  history: string[];
  result: LookupResult;
  /** The search field, focused when the popup opens. */
  input: RefObject<HTMLInputElement>;
  /** Looks a text up: classify by name, then refine with Hub data; a newer lookup cancels an older one. */
  lookUp: (text: string) => void;
  /** The form's submit: an empty query says what to type. */
  submit: () => void;
  /** Arrow keys walk the history; Escape clears the form. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The lookup's state and its work with the background: what the popup's views show and call. */
export function useLookup(settings: Settings): LookupState {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<string[]>([]);
  const [cursor, setCursor] = useState(-1);
  const [result, setResult] = useState<LookupResult>({ kind: 'none' });
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
        setResult({ kind: 'error', input: trimmed, message: t('lookup_error', [t(ERROR_MESSAGES[facts.code])]) });
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
      const refined = await refineWithHub({ input: trimmed, id: facts.id }, facts, controller.signal, i18n);
      if (!controller.signal.aborted && refined) setResult({ kind: 'facts', ...refined });
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

  const submit = () => {
    if (query.trim()) lookUp(query);
    else setResult({ kind: 'error', input: '', message: t('lookup_prompt_empty') });
  };

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

  return { query, setQuery, history, result, input, lookUp, submit, onKeyDown };
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
