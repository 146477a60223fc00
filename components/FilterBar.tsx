import type { Category } from '../lib/facts/schema';
import { FILTER_KINDS, isFiltering, type FilterChoice } from '../lib/present/listing-filter';
import { useI18n } from './i18n';

// The listing filter bar (entrypoints/content/features/listing-filters.tsx): one compact row above a list of model
// cards. It only shows the choice and the count; the feature applies it to the cards.

const QUESTIONS = ['fits', 'axolotl', 'commercial', 'gguf'] as const;

export interface FilterCount {
  shown: number;
  aside: number;
  read: number;
}

export function FilterBar({
  choice,
  count,
  hasGpu,
  onChange,
}: {
  choice: FilterChoice;
  count: FilterCount;
  /** Without a hardware profile no card has a fit verdict: "Fits my GPU" is off and says why. */
  hasGpu: boolean;
  onChange: (next: FilterChoice) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<FilterChoice>) => onChange({ ...choice, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="lens-filters" role="group" aria-label={t('filters_bar')}>
      <span class="title">{t('filters_title')}</span>
      <select
        name="kind"
        aria-label={t('filters_kind')}
        value={choice.kind ?? ''}
        onChange={(event) => set({ kind: (value(event) || null) as Category | null })}
      >
        <option value="">{t('filters_kind_any')}</option>
        {FILTER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`value_category_${kind.replace(/-/g, '_')}`)}
          </option>
        ))}
      </select>
      {QUESTIONS.map((key) => {
        const off = key === 'fits' && !hasGpu;
        return (
          <label key={key} title={off ? t('filters_fits_no_gpu') : undefined}>
            <input
              type="checkbox"
              name={key}
              checked={choice[key] && !off}
              disabled={off}
              onChange={(event) => set({ [key]: (event.currentTarget as HTMLInputElement).checked })}
            />
            {t(`filters_${key}`)}
          </label>
        );
      })}
      <label>
        {t('filters_others')}
        <select
          name="others"
          value={choice.hide ? 'hide' : 'dim'}
          onChange={(event) => set({ hide: value(event) === 'hide' })}
        >
          <option value="dim">{t('filters_others_dim')}</option>
          <option value="hide">{t('filters_others_hide')}</option>
        </select>
      </label>
      <output aria-live="polite" data-shown={count.shown} data-aside={count.aside} data-read={count.read}>
        {isFiltering(choice)
          ? t(choice.hide ? 'filters_count_hide' : 'filters_count_dim', [count.shown, count.aside, count.read])
          : t('filters_count_all', [count.read])}
      </output>
    </div>
  );
}
