import { browser } from 'wxt/browser';
import type { EngineReply, EngineRequest } from '../lib/engine/protocol';

/**
 * Asks the background's engine (lib, loaded once per browser). Rejects when it cannot answer (the extension was
 * updated or reloaded under the page): callers then show nothing rather than something wrong.
 */
export async function askEngine<R extends EngineRequest>(request: R): Promise<EngineReply<R>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (reply === null || reply === undefined) throw new Error('Model Lens: the engine did not answer');
  return reply as EngineReply<R>;
}
