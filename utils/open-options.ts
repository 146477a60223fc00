import { browser } from 'wxt/browser';
import { askBackground } from './background-client';

/** Opens the options page: directly from the extension's own pages, through the background from a content script. */
export function openOptions(): void {
  const runtime = browser.runtime as { openOptionsPage?: () => Promise<void> };
  if (typeof runtime.openOptionsPage === 'function') {
    void runtime.openOptionsPage().catch(() => {});
    return;
  }
  void askBackground({ type: 'openOptions' }).catch(() => {});
}
