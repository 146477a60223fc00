import { browser } from 'wxt/browser';
import type { BackgroundReply, BackgroundRequest } from '../lib/messages/protocol';

/**
 * Asks the background (lib with its knowledge, loaded once per browser). Rejects when it cannot answer (the extension was
 * updated or reloaded under the page): callers then show nothing rather than something wrong.
 */
export async function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundReply<R>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (reply === null || reply === undefined) throw new Error('Model Lens: the background did not answer');
  return reply as BackgroundReply<R>;
}
