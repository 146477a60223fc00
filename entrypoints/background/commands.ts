import { browser } from 'wxt/browser';
import { OPEN_SHEET_COMMAND, OPEN_SHEET_MESSAGE, type OpenSheetMessage } from '../../utils/commands';

// Keyboard commands: `open-fact-sheet` goes to the active tab's content script (on a huggingface.co model page it opens
// the fact sheet; elsewhere nobody listens and nothing happens). `_execute_action` is the browser's own.

type Send = (tabId: number, message: OpenSheetMessage) => Promise<unknown>;

/** What a command does; `send` is browser.tabs.sendMessage (a parameter, so tests can watch it). */
export async function forwardCommand(
  command: string,
  tab: { id?: number; url?: string } | undefined,
  send: Send,
): Promise<boolean> {
  if (command !== OPEN_SHEET_COMMAND || tab?.id === undefined) return false;
  if (tab.url !== undefined && !tab.url.startsWith('https://huggingface.co/')) return false;
  try {
    await send(tab.id, OPEN_SHEET_MESSAGE);
    return true;
  } catch {
    return false; // no content script in that tab (a page opened before the extension was installed)
  }
}

export function setUpCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab, (tabId, message) => browser.tabs.sendMessage(tabId, message));
  });
}
