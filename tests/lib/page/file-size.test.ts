import { describe, expect, it } from 'vitest';
import { readHubFileSize } from '../../../lib/page/file-size';

// The Files tab's size column, as the saved pages show it (tests/fixtures/pages/*files*).

describe('readHubFileSize', () => {
  it.each([
    ['4.92 GB', 4.92e9],
    ['624.68 MB', 624.68e6],
    ['3.41 kB', 3410],
    ['16.1 GB', 16.1e9],
    ['1.2 TB', 1.2e12],
    ['512 B', 512],
    ['\n\t\t4.92 GB\n', 4.92e9],
    ['32.1 GB\u00a0', 32.1e9],
  ])('%j → %i bytes', (text, bytes) => expect(readHubFileSize(text)).toBe(Math.round(bytes)));

  it.each([[''], [null], [undefined], ['Download file'], ['GB'], ['-3 GB'.replace('-3', 'x')], ['0 B']])(
    '%j says no size',
    (text) => {
      expect(readHubFileSize(text)).toBeNull();
    },
  );

  it('reads a long text quickly and only from its start', () => {
    expect(readHubFileSize(`${'9'.repeat(100_000)} GB`)).toBeNull();
  });
});
