import { useI18n } from './i18n';

// What the chips' marks, route words and borders mean: one legend for the tooltip footer, the fact sheet, the popup
// and the guide (full), or its marks only (the tooltip's one line).

const MARKS = [
  ['✓', 'legend_yes'],
  ['~', 'legend_partial'],
  ['?', 'legend_unknown'],
  ['✗', 'legend_no'],
] as const;
const ROUTES = [
  ['route_convert', 'legend_convert'],
  ['legend_route_quant_word', 'legend_quant'],
  ['route_plugin', 'legend_plugin'],
  ['route_adapter', 'legend_adapter'],
] as const;

export function Legend({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const marks = MARKS.map(([mark, key]) => (
    <li key={mark}>
      <b>{mark}</b> {t(key)}
    </li>
  ));
  if (compact)
    return (
      <span class="why" data-legend="compact">
        {MARKS.map(([mark, key]) => `${mark} ${t(key)}`).join(' · ')}
      </span>
    );
  return (
    <div class="legend" data-legend="full">
      <h4>{t('legend_marks')}</h4>
      <ul>{marks}</ul>
      <h4>{t('legend_routes')}</h4>
      <ul>
        <li>{t('legend_direct')}</li>
        {ROUTES.map(([word, key]) => (
          <li key={word}>
            <b>{t(word)}</b>: {t(key)}
          </li>
        ))}
      </ul>
      <h4>{t('legend_borders')}</h4>
      <ul>
        <li>
          <span class="badge guess">{t('legend_dashed')}</span> {t('legend_dashed_meaning')}
        </li>
        <li>
          <span class="badge">{t('legend_solid')}</span> {t('legend_solid_meaning')}
        </li>
      </ul>
    </div>
  );
}
