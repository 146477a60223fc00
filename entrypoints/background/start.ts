import type { StartAnswer, StartReply } from '../../lib/messages/protocol';

/**
 * A starting content script gets the stylesheet of every host it places with its settings: its bundle (loaded by
 * every huggingface.co tab) stays smaller by the stylesheet's size, and it renders nothing before this answer anyway.
 */
export function startReply(answer: unknown, styles: string): StartReply | null {
  return answer ? { ...(answer as StartAnswer), styles } : null;
}

export const isStartRequest = (request: unknown): boolean =>
  typeof request === 'object' && request !== null && (request as { type?: unknown }).type === 'start';
