import { browser } from 'wxt/browser';
import { BadgeRow } from '../../components/BadgeRow';
import { Legend } from '../../components/Legend';
import { FactSheet } from '../../components/FactSheet';
import { useI18n } from '../../components/i18n';
import { Logo } from '../../components/Logo';
import type { Facts } from '../../lib/facts/schema';
import type { Settings } from '../../lib/settings/settings';
import { usePageTheme } from '../../components/theme';
import { guideUrl } from '../../utils/guide-url';
import { Compare } from './Compare';
import { useLookup, type LookupResult, type LookupState } from './useLookup';

/** Manual lookup of any model ID, name, file name or huggingface.co URL, with the last 20 lookups at hand. */
export function Lookup({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const theme = usePageTheme();
  const lookup = useLookup(settings);
  const { result } = lookup;
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
      <LookupForm lookup={lookup} />
      {result.kind === 'error' && <LookupError result={result} />}
      {result.kind === 'facts' && <LookupFacts facts={result.facts} hub={result.hub} settings={settings} />}
      {result.kind !== 'facts' && lookup.history.length > 0 && (
        <LookupHistory
          history={lookup.history}
          onPick={(entry) => {
            lookup.setQuery(entry);
            lookup.lookUp(entry);
          }}
        />
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

function LookupForm({ lookup }: { lookup: LookupState }) {
  const { t } = useI18n();
  return (
    <form
      role="search"
      class="lookup"
      onSubmit={(event) => {
        event.preventDefault();
        lookup.submit();
      }}
    >
      <label for="lens-query">{t('lookup_label')}</label>
      <div class="lookup-row">
        <input
          id="lens-query"
          ref={lookup.input}
          type="search"
          value={lookup.query}
          placeholder={t('lookup_placeholder')}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="lens-hint"
          onInput={(event) => lookup.setQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={lookup.onKeyDown}
        />
        <button type="submit">{t('lookup_button')}</button>
      </div>
      <p id="lens-hint" class="note">
        {t('lookup_hint')}
      </p>
    </form>
  );
}

function LookupError({ result }: { result: Extract<LookupResult, { kind: 'error' }> }) {
  return (
    <p class="status error" role="alert" data-lookup-error>
      {result.input && <span class="quoted">{result.input}</span>} {result.message}
    </p>
  );
}

function LookupFacts({
  facts,
  hub,
  settings,
}: {
  facts: Facts;
  hub: Extract<LookupResult, { kind: 'facts' }>['hub'];
  settings: Settings;
}) {
  const { t } = useI18n();
  return (
    <section class="result" data-model-lens={facts.id}>
      {/* A short announcement instead of a live region over the whole sheet (read again on every Hub upgrade). */}
      <p class="sr" role="status">
        {t('row_label', [facts.id])}
      </p>
      <BadgeRow
        facts={facts}
        hub={hub}
        compact={settings.compact}
        hiddenEngines={settings.hiddenEngines}
        onOpen={(fact) => focusFact(fact)}
        opensDialog={false}
      />
      <Compare first={facts} settings={settings} />
      <FactSheet facts={facts} hub={hub} inline />
    </section>
  );
}

function LookupHistory({ history, onPick }: { history: readonly string[]; onPick: (entry: string) => void }) {
  const { t } = useI18n();
  return (
    <section class="history">
      <h2>{t('history_title')}</h2>
      <ul>
        {history.map((entry) => (
          <li key={entry}>
            <button type="button" class="history-item" onClick={() => onPick(entry)}>
              {entry}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Scrolls the fact sheet to the row a badge stands for. */
function focusFact(fact: string) {
  const row = document.querySelector(`[data-fact-row="${fact}"], [data-engine="${fact.replace('serving-', '')}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
