import { describe, expect, test } from 'vitest';
import { facts } from './corpus-measure';

// Weight formats the name does not spell: a publisher or a family whose own releases are in one format (issue #12's
// quant-format goal). A format word in the name always wins.

describe('publishers whose repos are GGUF without the word', () => {
  test.each([
    ['HauhauCS/Gemma4-26B-A4B-Uncensored-HauhauCS-Balanced', 'gguf'],
    ['HauhauCS/Qwen3.6-27B-Uncensored-HauhauCS-Aggressive', 'gguf'],
    // The name's own word wins over the publisher's habit.
    ['HauhauCS/Foo-7B-Uncensored-FP8', 'fp8'],
    ['HauhauCS/Foo-7B-Uncensored-MLX', 'mlx'],
  ])('%s → %s', (input, format) => expect(facts(input).quant.format).toBe(format));
});

describe('families released in one format', () => {
  test('TwIL-LM is released as GGUF files', () => {
    const sheet = facts('webAI-Official/TwIL-LM3-Pro');
    expect(sheet.family).toBe('TwIL-LM');
    expect(sheet.quant.format).toBe('gguf');
    expect(sheet.quant.bits).toBeNull();
    expect(sheet.evidence.some((entry) => entry.key === 'evidence_family_quant')).toBe(true);
  });
  test.each([
    // A conversion that names its format keeps it; the publisher's other models are not GGUF.
    ['someone/TwIL-LM3-MLX', 'mlx'],
    ['webAI-Official/webAI-ColVec1-4b', null],
    // gpt-oss's release says a width (MXFP4 experts), not a container.
    ['openai/gpt-oss-20b', null],
  ])('%s → %s', (input, format) => expect(facts(input).quant.format).toBe(format));
});
