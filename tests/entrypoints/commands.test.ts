import { describe, expect, test, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { forwardCommand } = await import('../../entrypoints/background/commands');
const { isOpenSheetMessage, OPEN_SHEET_MESSAGE } = await import('../../utils/commands');

// The background's part of the "open the fact sheet" shortcut: the command becomes a message to the active tab.

describe('forwardCommand', () => {
  test.each([
    ['open-fact-sheet', { id: 7, url: 'https://huggingface.co/Qwen/Qwen3-8B' }, true],
    ['open-fact-sheet', { id: 7 }, true], // no tabs permission: the URL is not known, the content script decides
    ['open-fact-sheet', { id: 7, url: 'https://example.com/' }, false],
    ['open-fact-sheet', undefined, false],
    ['_execute_action', { id: 7, url: 'https://huggingface.co/Qwen/Qwen3-8B' }, false],
    ['something-else', { id: 7, url: 'https://huggingface.co/' }, false],
  ])('%s on %j → sent: %s', async (command, tab, sent) => {
    const send = vi.fn(async () => undefined);
    expect(await forwardCommand(command, tab, send)).toBe(sent);
    expect(send).toHaveBeenCalledTimes(sent ? 1 : 0);
    if (sent) expect(send).toHaveBeenCalledWith(7, OPEN_SHEET_MESSAGE);
  });

  test('a tab without the content script: no error', async () => {
    const send = vi.fn(async () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    expect(await forwardCommand('open-fact-sheet', { id: 3, url: 'https://huggingface.co/a/b' }, send)).toBe(false);
  });

  test('the message is recognised, others are not', () => {
    expect(isOpenSheetMessage(OPEN_SHEET_MESSAGE)).toBe(true);
    expect(isOpenSheetMessage({ type: 'classify' })).toBe(false);
    expect(isOpenSheetMessage(null)).toBe(false);
  });
});
