import { axolotlBadge, servingRows } from '../../lib/present/badges';
import type { Facts } from '../../lib/facts/schema';
import { useI18n } from '../i18n';

/** Can Axolotl train it, and which engines run it: verdicts with their reasons. */
export function Verdicts({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const axolotl = axolotlBadge(facts);
  const engines = servingRows(facts);
  const base = facts.axolotl.trainableBase;
  return (
    <section>
      <h3>{t('sheet_axolotl')}</h3>
      <p>
        <span class={`pill tone-${axolotl.tone}`}>{t(`value_support_${facts.axolotl.support}`)}</span>{' '}
        {say(axolotl.meaning)}
      </p>
      {facts.axolotl.alternative && (
        <p class="note">
          {t('sheet_instead')}{' '}
          {facts.axolotl.alternativeKey ? t(facts.axolotl.alternativeKey, facts.axolotl.alternativeArgs) : facts.axolotl.alternative}
        </p>
      )}
      {base && (
        <p class="note">
          {t('sheet_trainable_base')}{' '}
          <a class="base-link" href={`https://huggingface.co/${encodeURI(base)}`} target="_blank" rel="noopener noreferrer">{base}</a>
        </p>
      )}
      <h3>{t('sheet_serving')}</h3>
      <table class="verdicts">
        <tbody>
          {engines.map((engine) => {
            const verdict = facts.serving[engine]!;
            return (
              <tr key={engine} data-engine={engine}>
                <td>{verdict.label ?? engine}</td>
                <td>
                  <span class={`pill tone-${verdict.verdict}`}>
                    {t(`value_verdict_${verdict.verdict}`)}
                    {verdict.route && verdict.route !== 'direct' ? ` · ${t(`route_${verdict.route}`)}` : ''}
                  </span>
                </td>
                <td>{verdict.reasonKey ? t(verdict.reasonKey, verdict.reasonArgs) : verdict.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
