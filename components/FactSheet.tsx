import { useEffect, useRef } from 'preact/hooks';
import type { Facts } from '../lib/facts/schema';
import { HubStatus, type HubState } from './BadgeRow';
import { useI18n } from './i18n';
import { axolotlConfig, servingSnippets } from '../lib/snippets/commands';
import { guideUrl } from '../utils/guide-url';
import { Legend } from './Legend';
import { Anatomy } from './sheet/Anatomy';
import { Commands } from './sheet/Commands';
import { FactsTable } from './sheet/FactsTable';
import { Memory } from './sheet/Memory';
import { Summary } from './sheet/Summary';
import { Verdicts } from './sheet/Verdicts';

/**
 * Everything Model Lens knows about a model, answers first: what it is, its size, memory, whether Axolotl trains it
 * and what runs it; then, one click away each, the verdicts with their reasons, the commands, the facts with their
 * evidence and the legend. A dialog on huggingface.co, inline in the popup.
 */
export function FactSheet({
  facts,
  hub,
  onClose,
  inline = false,
}: {
  facts: Facts;
  hub: HubState;
  onClose?: () => void;
  inline?: boolean;
}) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = `lens-sheet-title-${facts.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  useEffect(() => {
    if (!inline) closeRef.current?.focus();
  }, [inline]);
  const hasCommands = axolotlConfig(facts) !== null || servingSnippets(facts).length > 0;
  const sheet = (
    <div
      class={`sheet${inline ? ' inline' : ''}`}
      role={inline ? 'region' : 'dialog'}
      aria-modal={inline ? undefined : 'true'}
      aria-labelledby={titleId}
      data-model-lens-sheet={facts.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          event.stopPropagation();
          onClose();
        }
        if (event.key === 'Tab' && !inline) trapFocus(event);
      }}
    >
      {/* Not a banner landmark: in the dialog it is the top of a shadow root, where <header> would be one. */}
      <header role="none">
        <div>
          <h2 id={titleId}>{facts.id}</h2>
          <HubStatus hub={hub} />
        </div>
        {onClose && (
          <button type="button" class="close" ref={closeRef} onClick={onClose} aria-label={t('sheet_close')}>
            ✕
          </button>
        )}
      </header>
      <div class="body">
        <Summary facts={facts} />
        <Memory facts={facts} />
        <details data-disclosure="verdicts">
          <summary>{t('sheet_show_serving')}</summary>
          <Verdicts facts={facts} />
        </details>
        {hasCommands && (
          <details data-disclosure="commands">
            <summary>{t('sheet_show_commands')}</summary>
            <Commands facts={facts} />
          </details>
        )}
        <details data-disclosure="facts">
          <summary>{t('sheet_evidence')}</summary>
          <Anatomy facts={facts} />
          <FactsTable facts={facts} />
        </details>
        <details data-disclosure="legend">
          <summary>{t('legend_title')}</summary>
          <Legend />
        </details>
        <p class="note more">
          <a class="guide-link" href={guideUrl()} target="_blank" rel="noopener">
            {t('sheet_guide_link')}
          </a>
        </p>
      </div>
    </div>
  );
  if (inline) return sheet;
  return (
    <div class="overlay" onClick={(event) => event.target === event.currentTarget && onClose?.()}>
      {sheet}
    </div>
  );
}

/** Keeps Tab inside the dialog (the page behind is inert while it is open). */
function trapFocus(event: KeyboardEvent) {
  const sheet = event.currentTarget as HTMLElement;
  const focusable = [...sheet.querySelectorAll<HTMLElement>('button, a[href], summary, [tabindex="0"]')];
  if (focusable.length === 0) return;
  const root = sheet.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
