import { FactSheet } from '../../../components/FactSheet';
import type { HubState } from '../../../components/BadgeRow';
import type { Translator } from '../../../components/i18n';
import type { Facts } from '../../../lib/facts/schema';
import { createHost, type Mounted } from './mount';

// The fact sheet of a model page, opened from its badge row: a dialog over the page, which stays put under it (a wheel
// at the sheet's end would scroll it), and the focus back where it was when it closes.

export interface SheetController {
  /** Opens the sheet; `opener` gets the focus back when it closes. */
  open: (opener: HTMLElement | null) => void;
  close: () => void;
  /** Shows new facts in the sheet when it is open. */
  update: () => void;
}

export function sheetController(
  id: string,
  i18n: Translator,
  current: () => { facts: Facts; hub: HubState } | null,
): SheetController {
  let sheet: Mounted | null = null;
  let opener: HTMLElement | null = null;
  let pageOverflow: string | null = null;
  const close = () => {
    sheet?.remove();
    sheet = null;
    if (pageOverflow !== null) document.documentElement.style.overflow = pageOverflow;
    pageOverflow = null;
    opener?.focus();
  };
  const update = () => {
    const state = current();
    if (sheet && state) sheet.render(<FactSheet facts={state.facts} hub={state.hub} onClose={close} />);
  };
  return {
    open: (from) => {
      opener = from;
      sheet?.remove();
      sheet = createHost('div', { 'data-model-lens-sheet': id }, 'sheet', i18n);
      document.body.append(sheet.host);
      pageOverflow ??= document.documentElement.style.overflow;
      document.documentElement.style.overflow = 'hidden';
      update();
    },
    close: () => void (sheet && close()),
    update,
  };
}
