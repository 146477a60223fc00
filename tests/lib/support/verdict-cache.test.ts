import { describe, expect, test, vi } from 'vitest';

// Name-only verdicts are cached under number keys built from interned strings (lib/support/verdict-cache.ts). The
// intern table is shared by every field and grows with each new architecture, task or format a session meets, so a
// key must stay unique however large the IDs get; otherwise one model is answered with another's verdicts.

async function freshModules() {
  vi.resetModules();
  const { classify } = await import('../../../lib/classify/classify');
  const { intern } = await import('../../../lib/support/verdict-cache');
  return { classify, intern };
}

const UNQUANTIZED = 'google/gemma-2-2b-it';
const INT4 = 'neuralmagic/gemma-2-2b-it-quantized.w4a16';

describe('verdict cache keys', () => {
  test('a format first met after 63 other interned strings does not share the unquantized model\'s verdicts', async () => {
    const alone = await freshModules();
    const expected = alone.classify(INT4);

    const session = await freshModules();
    session.classify(UNQUANTIZED);
    // Stand-in for a session that has met 63 distinct architectures, tasks and formats: `int4` is interned as 64,
    // and the serving key's `intern(format) * 64` is masked to 12 bits, so 64 * 64 & 4095 === 0, the key of "no format".
    for (let i = 0; session.intern(`seen-${i}`) < 63; i++);
    const after = session.classify(INT4);

    expect(after).toEqual(expected);
  });
});
