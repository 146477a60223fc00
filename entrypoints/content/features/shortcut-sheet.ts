import { browser } from 'wxt/browser';
import { getModelIdFromUrl, isAnyModelRepoPage } from '../../../lib/page/detect';
import { isOpenSheetMessage } from '../../../utils/commands';
import type { Feature, FeatureContext } from '../feature';

// The "open the fact sheet" keyboard command on a model page: the background forwards it here, and this opens the
// sheet the way a click on the row's first badge does (the row is model-header's; nothing happens without it).

export const shortcutSheet: Feature = {
  id: 'shortcut-sheet',
  include: [isAnyModelRepoPage],
  enabled: (settings) => settings.modelPages,
  run,
};

function run(context: FeatureContext): void {
  const id = getModelIdFromUrl(context.url);
  if (!id) return;
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isOpenSheetMessage(message)) return undefined;
    const host = [...document.querySelectorAll<HTMLElement>('[data-model-lens]')].find(
      (element) => element.dataset.modelLens === id,
    );
    const badge = host?.shadowRoot?.querySelector<HTMLButtonElement>('button[data-fact]');
    if (!badge) return undefined;
    badge.focus(); // focus returns here when the sheet closes
    badge.click();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  context.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
