import type { Translator } from '../lib/i18n/translator';
import { hubDataGap } from '../lib/hub/hub-info';
import type { HubReply, HubResult } from '../lib/messages/protocol';
import type { HubState } from '../components/BadgeRow';
import { askBackground } from './background-client';

// Views ask the background for Hub data (entrypoints/background/hub.ts): one request per model per browser session
// for every tab, read with a size cap and parsed off the page's main thread. Failures come back calmly, with their
// reason.

export type { HubResult };

/** The model's reduced Hub info and, when `config` is asked for, its config.json; never rejects except on abort. */
export async function fetchHub(
  id: string,
  signal: AbortSignal,
  options: { info?: boolean; config?: boolean } = {},
): Promise<HubReply> {
  const reply = askBackground({ type: 'hub', id, info: options.info ?? true, config: options.config ?? false }).catch(
    (): HubReply => ({ result: { ok: false, reason: 'no-answer' }, config: null }),
  );
  return abortable(reply, signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/** The reason Hub data is missing, in the reader's words: `http-401` → "not found, private or gated (401)". */
export function hubReasonText(i18n: Translator, reason: string): string {
  const http = /^http-(\d{3})$/.exec(reason);
  if (!http) return i18n.t(`hub_reason_${reason.replace(/-/g, '_')}`);
  const code = http[1]!;
  return ['401', '403', '404'].includes(code) ? i18n.t(`hub_reason_http_${code}`) : i18n.t('hub_reason_http', [code]);
}

/** What a badge row says about the Hub's answer: used, unavailable with its reason, or used but incomplete. */
export function hubStateOf(result: HubResult, i18n: Translator): HubState {
  if (!result.ok) return { kind: 'unavailable', reason: hubReasonText(i18n, result.reason) };
  const gap = hubDataGap(result.info);
  return gap ? { kind: 'unavailable', reason: hubReasonText(i18n, gap) } : { kind: 'hub' };
}
