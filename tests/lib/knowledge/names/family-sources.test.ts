import { describe, expect, test } from 'vitest';
import { ALL_FAMILIES } from '../../../../lib/knowledge/names/families';

// A family's source is the second argument of its evidence (`evidence_family`), which `classify --json` prints: it
// names the reference as people know it ("suffix reference: …", docs/reference/ai-model-suffixes.md), never the
// team's own word for it ("seed").

describe('family sources', () => {
  test.each(ALL_FAMILIES.map((family) => [family.keys[0], family.source]))('%s: named in plain words', (_, source) => {
    expect(source.trim()).not.toBe('');
    expect(source).not.toMatch(/\bseed(:| §)/i);
  });
});
