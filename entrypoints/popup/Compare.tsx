import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { engineLabel } from '../../lib/present/badges';
import { compareRows, compareSuggestion } from '../../lib/present/compare';
import { formatContext } from '../../lib/present/memory-labels';
import type { Settings } from '../../lib/settings/settings';
import { isClassifyError, type Facts } from '../../lib/facts/schema';
import { askBackground } from '../../utils/background-client';
import { refineWithHub } from '../../utils/hub-refine';

type Other =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error'; input: string }
  | { kind: 'facts'; facts: Facts };

/** Compares the looked-up model with a second one (its base or quantization by default), fact by fact. */
export function Compare({ first, settings }: { first: Facts; settings: Settings }) {
  const i18n = useI18n();
  const { t, say } = i18n;
  const suggestion = compareSuggestion(first);
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Other>({ kind: 'none' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  // A new first model starts afresh.
  useEffect(() => {
    controller.current?.abort();
    setOther({ kind: 'none' });
  }, [first.id]);

  const compare = (text: string) => {
    const input = text.trim();
    if (!input) return;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setOther({ kind: 'loading' });
    void (async () => {
      const [facts] = await askBackground({ type: 'classify', items: [{ input }] });
      if (current.signal.aborted) return;
      if (!facts || isClassifyError(facts)) return setOther({ kind: 'error', input });
      setOther({ kind: 'facts', facts });
      if (!settings.hubData || facts.org === null) return;
      const refined = await refineWithHub({ input, id: facts.id }, facts, current.signal, i18n);
      if (!current.signal.aborted && refined) setOther({ kind: 'facts', facts: refined.facts });
    })().catch(() => {});
  };

  return (
    <section class="compare" data-compare>
      <h2>{t('compare_title')}</h2>
      <form
        class="lookup"
        onSubmit={(event) => {
          event.preventDefault();
          compare(query || suggestion || '');
        }}
      >
        <label for="lens-compare">{t('compare_label')}</label>
        <div class="lookup-row">
          <input
            id="lens-compare"
            type="search"
            value={query}
            placeholder={suggestion ?? t('lookup_placeholder')}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('compare_button')}</button>
        </div>
      </form>
      {suggestion && !query && other.kind === 'none' && <p class="note">{t('compare_suggestion', [suggestion])}</p>}
      {other.kind === 'error' && (
        <p class="status error" role="alert" data-compare-error>
          {t('compare_error', [other.input])}
        </p>
      )}
      {other.kind === 'facts' && (
        <table
          class="compare-table"
          data-compare-with={other.facts.id}
          style={{ width: '100%', borderCollapse: 'collapse', marginTop: '0.5rem' }}
        >
          <caption class="sr">{t('compare_caption', [first.id, other.facts.id])}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('compare_fact')}
              </th>
              <th scope="col" style={{ overflowWrap: 'anywhere', textAlign: 'start' }}>
                {first.id}
              </th>
              <th scope="col" style={{ overflowWrap: 'anywhere', textAlign: 'start' }}>
                {other.facts.id}
              </th>
            </tr>
          </thead>
          <tbody>
            {compareRows(first, other.facts).map((row) => (
              <tr
                key={row.fact}
                data-compare-row={row.fact}
                data-differs={row.differs ? 'true' : undefined}
                style={{ fontWeight: row.differs ? 700 : undefined }}
              >
                <th scope="row" style={{ textAlign: 'start', fontWeight: 'inherit' }}>
                  {row.fact.startsWith('serving-')
                    ? engineLabel(row.left ? first : other.facts, row.fact.slice('serving-'.length))
                    : t(`fact_${row.fact}`)}
                </th>
                <td data-side="left" data-value={row.left?.value ?? ''}>
                  {row.left ? say(row.left.label) : '—'}
                </td>
                <td data-side="right" data-value={row.right?.value ?? ''}>
                  {row.right ? say(row.right.label) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {other.kind === 'facts' && (
        <p class="note" data-compare-memory-note>
          {t('memory2_compare_note', [formatContext(settings.contextTokens), settings.kvType])}
          {settings.hardware ? '' : ` ${t('memory2_compare_set_gpu')}`}
        </p>
      )}
    </section>
  );
}
