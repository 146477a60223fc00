import { useState } from 'preact/hooks';
import type { BadgeSpec } from '../lib/present/badges';
import { useI18n } from './i18n';

/** One fact as a chip: its schema value in data-fact / data-value, what it means and why in a tooltip. */
export function Badge({ badge, onOpen, interactive = true, opensDialog = true }: { badge: BadgeSpec; onOpen?: (fact: string) => void; interactive?: boolean; opensDialog?: boolean }) {
  const { t, say } = useI18n();
  const tipId = `lens-tip-${badge.fact}`; // one row per shadow root (or page): unique where it is looked up
  const factName = t(`fact_${badge.fact.startsWith('serving-') ? 'serving' : badge.fact}`);
  const label = say(badge.label);
  const data: Record<string, string> = { 'data-fact': badge.fact, 'data-value': badge.value };
  for (const [key, value] of Object.entries(badge.data ?? {})) data[`data-${key}`] = value;
  const className = `badge tone-${badge.tone}${badge.guess ? ' guess' : ''}`;
  const content = (
    <>
      {badge.tone === 'category' && <span class="dot" aria-hidden="true" />}
      <span class="sr">{factName}: </span>
      {label}
    </>
  );
  const tip = () => (
    <span class="tip" role="tooltip" id={tipId}>
      {say(badge.meaning)}
      {badge.guess && <span class="why">{t('tip_guess')}</span>}
      {badge.evidence.slice(0, 3).map((evidence) => (
        <span class="why" key={`${evidence.field}-${evidence.detail}`}>
          {t(`source_${evidence.source.replace('-', '_')}`)}: {evidence.key ? t(evidence.key, evidence.args) : evidence.detail}
        </span>
      ))}
    </span>
  );
  if (!interactive) return <PassiveBadge className={className} data={data} content={content} tip={tip} tipId={tipId} />;
  return (
    <span class="badge-wrap">
      <button type="button" class={className} {...data} aria-describedby={tipId} aria-haspopup={opensDialog ? 'dialog' : undefined} onClick={() => onOpen?.(badge.fact)}>
        {content}
      </button>
      {tip()}
    </span>
  );
}

/**
 * A badge inside a link (listing cards): its tooltip is built on first hover, as a listing shows hundreds of badges
 * and few are ever hovered.
 */
function PassiveBadge({ className, data, content, tip, tipId }: { className: string; data: Record<string, string>; content: preact.ComponentChild; tip: () => preact.ComponentChild; tipId: string }) {
  const [hovered, setHovered] = useState(false);
  return (
    <span class="badge-wrap" onMouseEnter={() => setHovered(true)}>
      <span class={className} {...data} aria-describedby={hovered ? tipId : undefined}>{content}</span>
      {hovered && tip()}
    </span>
  );
}
