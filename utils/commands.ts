// Keyboard commands (manifest `commands`, wxt.config.ts). `_execute_action` opens the popup, which looks up the tab's
// model by itself; `open-fact-sheet` is forwarded by the background to the tab, whose content script opens the sheet.

export const OPEN_SHEET_COMMAND = 'open-fact-sheet';

/** What the background sends the tab for `open-fact-sheet`. */
export interface OpenSheetMessage {
  type: 'model-lens:open-sheet';
}

export const OPEN_SHEET_MESSAGE: OpenSheetMessage = { type: 'model-lens:open-sheet' };

export function isOpenSheetMessage(message: unknown): message is OpenSheetMessage {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === OPEN_SHEET_MESSAGE.type
  );
}

/** Commands the options page lists, with their message keys (the manifest's own descriptions are not translated). */
export const COMMAND_LABELS: Readonly<Record<string, string>> = {
  _execute_action: 'shortcut_open_popup',
  [OPEN_SHEET_COMMAND]: 'shortcut_open_sheet',
};
