import { axolotlBadge, servingAlternatives, servingRows } from '../../lib/present/badges';
import type { Facts, ServingVerdict } from '../../lib/facts/schema';
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
          {facts.axolotl.alternativeKey
            ? t(facts.axolotl.alternativeKey, facts.axolotl.alternativeArgs)
            : facts.axolotl.alternative}
        </p>
      )}
      {base && (
        <p class="note">
          {t('sheet_trainable_base')}{' '}
          <a
            class="base-link"
            href={`https://huggingface.co/${encodeURI(base)}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {base}
          </a>
        </p>
      )}
      <h3>{t('sheet_serving')}</h3>
      <table class="verdicts">
        <tbody>
          {engines.map((engine) => {
            const verdict = facts.serving[engine]!;
            const instead = servingAlternatives(facts, engine);
            return (
              <tr key={engine} data-engine={engine} data-route={verdict.route}>
                <td>{verdict.label ?? engine}</td>
                <td>
                  <RoutePill verdict={verdict} />
                </td>
                <td>
                  <Reason verdict={verdict} />
                  {instead.length > 0 && (
                    <span class="note" data-instead>
                      {' '}
                      {t('sheet_serving_instead', [instead.join(', ')])}
                    </span>
                  )}
                  {verdict.routes && verdict.routes.length > 1 && (
                    <ul class="routes" aria-label={t('sheet_routes')}>
                      {verdict.routes.slice(1).map((route) => (
                        <li key={`${route.route}-${route.reasonKey}`} data-route={route.route}>
                          <RoutePill verdict={route} /> <Reason verdict={route} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** A verdict's word, and its route when it is not "as it is". */
function RoutePill({ verdict }: { verdict: ServingVerdict }) {
  const { t } = useI18n();
  return (
    <span class={`pill tone-${verdict.verdict}`}>
      {t(`value_verdict_${verdict.verdict}`)}
      {verdict.route && verdict.route !== 'direct' ? ` · ${t(`route_${verdict.route}`)}` : ''}
    </span>
  );
}

/** Why, in the reader's language, with the listing of ready quantizations when the route has one. */
function Reason({ verdict }: { verdict: ServingVerdict }) {
  const { t } = useI18n();
  return (
    <>
      {verdict.reasonKey ? t(verdict.reasonKey, verdict.reasonArgs) : verdict.reason}
      {verdict.link && (
        <>
          {' '}
          <a class="base-link" href={verdict.link} target="_blank" rel="noopener noreferrer" data-quantizations>
            {t('sheet_quantizations_link')}
          </a>
        </>
      )}
    </>
  );
}
