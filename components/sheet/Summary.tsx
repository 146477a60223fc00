import { Fragment } from 'preact';
import type { Facts } from '../../lib/facts/schema';
import { axolotlBadge, engineLabel, servingRows } from '../../lib/present/badges';
import { sizeLabel } from '../../lib/present/labels';
import { useI18n } from '../i18n';

/** The sheet's first answers: what the model is, its size, whether Axolotl trains it, which tools run it. */
export function Summary({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const size = sizeLabel(facts);
  const what = [
    facts.category === 'unknown' ? '' : t(`value_category_${facts.category.replace('-', '_')}`),
    facts.family ? `${facts.family} ${facts.version ?? ''}` : '',
    facts.stage ? t(`value_stage_${facts.stage}`) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  // In the registry's order, as the verdicts table lists them.
  const running = servingRows(facts)
    .map((engine) => [engine, facts.serving[engine]] as const)
    .filter(([, verdict]) => verdict?.verdict === 'yes');
  const axolotl = axolotlBadge(facts);
  const row = (label: string, value: preact.ComponentChildren) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <section data-sheet-summary="">
      <table class="facts">
        <tbody>
          {what && row(t('sheet_what'), what)}
          {size && row(t('fact_params'), say(size))}
          {row(
            t('fact_axolotl'),
            <span class={`pill tone-${axolotl.tone}`} title={say(axolotl.meaning)}>
              {t(`value_support_${facts.axolotl.support}`)}
            </span>,
          )}
          {row(
            t('sheet_runs_on'),
            running.length === 0
              ? t('sheet_runs_none')
              : running.map(([engine, verdict]) => (
                  <Fragment key={engine}>
                    <span class="pill tone-yes">{`${engineLabel(facts, engine)}${verdict!.route && verdict!.route !== 'direct' ? ` · ${t(`route_${verdict!.route}`)}` : ''}`}</span>{' '}
                  </Fragment>
                )),
          )}
        </tbody>
      </table>
      {facts.hub.gated && <p class="note">{t('sheet_gated')}</p>}
    </section>
  );
}
