import { useEffect, useRef } from 'preact/hooks';
import type { Facts } from '../lib/facts/schema';
import { HubStatus, type HubState } from './BadgeRow';
import { useI18n } from './i18n';
import { Anatomy } from './sheet/Anatomy';
import { Commands } from './sheet/Commands';
import { FactsTable } from './sheet/FactsTable';
import { Memory } from './sheet/Memory';
import { Verdicts } from './sheet/Verdicts';

/**
 * Everything Model Lens knows about a model: the name's anatomy, each fact with its evidence, the Axolotl and serving
 * verdicts, memory needs and ready commands. A dialog on huggingface.co, inline in the popup.
 */
export function FactSheet({ facts, hub, onClose, inline = false }: { facts: Facts; hub: HubState; onClose?: () => void; inline?: boolean }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = `lens-sheet-title-${facts.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  useEffect(() => {
    if (!inline) closeRef.current?.focus();
  }, [inline]);
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
        <Anatomy facts={facts} />
        <FactsTable facts={facts} />
        <Verdicts facts={facts} />
        <Memory facts={facts} />
        <Commands facts={facts} />
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
  const focusable = [...sheet.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')];
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

