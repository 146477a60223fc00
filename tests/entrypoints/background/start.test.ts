import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isStartRequest, startReply } from '../../../entrypoints/background/start';
import { answerRequest } from '../../../lib/messages/answer';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

// The content script's stylesheet travels in the start answer (it is not in the content script's bundle).
describe('start reply', () => {
  const styles = readFileSync('assets/styles/lens.css', 'utf8');

  it('carries lib’s answer and the stylesheet', () => {
    const request = { type: 'start', browserLanguage: 'en-US' };
    expect(isStartRequest(request)).toBe(true);
    const reply = startReply(answerRequest(request, { settings: DEFAULT_SETTINGS }), styles);
    expect(reply?.settings).toEqual(DEFAULT_SETTINGS);
    expect(reply?.lang).toBe('en');
    expect(reply?.styles).toContain('.lens-row');
  });

  it('stays null when lib cannot answer, and other requests are not start requests', () => {
    expect(startReply(null, styles)).toBeNull();
    expect(isStartRequest({ type: 'cards', items: [] })).toBe(false);
    expect(isStartRequest(null)).toBe(false);
  });
});
