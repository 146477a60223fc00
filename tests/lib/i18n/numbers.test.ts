import { describe, expect, test } from 'vitest';
import { formatCount } from '../../../lib/i18n/numbers';

describe('formatCount', () => {
  test.each([
    [8.03e9, '8.03B'],
    [70e9, '70B'],
    [120e9, '120B'],
    [405e9, '405B'],
    [46.7e9, '46.7B'],
    [0.5e9, '500M'],
    [135e6, '135M'],
    [1.1e9, '1.1B'],
    [10e9, '10B'],
    [100e6, '100M'],
    [1e12, '1T'],
    [671e9, '671B'],
    // Rounding up to the next unit: gemma-3-1b's 999,885,952 is "1B", not "1000M".
    [999_885_952, '1B'],
    [999.4e6, '999M'],
    [999_950, '1M'],
  ])('%d → %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});
