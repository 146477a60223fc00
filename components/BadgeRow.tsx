import type { Facts } from '../lib/facts/schema';
import { factBadges } from '../lib/present/badges';
import { Badge } from './Badge';
import { useI18n } from './i18n';
import { Logo } from './Logo';

/** Where Hub data stands for this row. */
export type HubState =
  | { kind: 'name-only' }
  | { kind: 'loading' }
  | { kind: 'hub' }
  | { kind: 'unavailable'; reason: string };

/**
 * The header row on a model page: every fact as a badge; any badge opens the fact sheet (a dialog; in the popup, where
 * the sheet is inline and a badge only scrolls to its row, `opensDialog` is false).
 */
export function BadgeRow({
  facts,
  hub,
  compact,
  hiddenEngines,
  onOpen,
  opensDialog = true,
}: {
  facts: Facts;
  hub: HubState;
  compact?: boolean;
  hiddenEngines?: readonly string[];
  onOpen: (fact: string) => void;
  opensDialog?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div class="lens-row" role="group" aria-label={t('row_label', [facts.id])}>
      <span class="lens-label" aria-hidden="true">
        <Logo />
        {t('extName')}
      </span>
      {factBadges(facts, { compact, hiddenEngines }).map((badge) => (
        <Badge key={badge.fact} badge={badge} onOpen={onOpen} opensDialog={opensDialog} />
      ))}
      <HubStatus hub={hub} />
    </div>
  );
}

export function HubStatus({ hub }: { hub: HubState }) {
  const { t } = useI18n();
  if (hub.kind === 'hub') return null;
  if (hub.kind === 'loading')
    return (
      <span class="status" role="status">
        {t('hub_loading')}
      </span>
    );
  if (hub.kind === 'unavailable')
    return (
      <span class="status error" role="status" data-hub-status="unavailable">
        {t('hub_unavailable', [hub.reason])}
      </span>
    );
  return <span class="status">{t('hub_name_only')}</span>;
}
