import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseModelCount, quantizedTreeSelector } from '../../../lib/page/model-tree';

// The model tree's "Quantizations" link: its text is the count the serving verdicts quote ("280 models").

describe('parseModelCount', () => {
  test.each([
    ['280 models', 280],
    ['1 model', 1],
    ['1,024 models', 1024],
    ['  12 models  ', 12],
    ['1.2k models', 1200],
    ['0 models', 0],
    ['models', null],
    ['Quantizations', null],
    ['', null],
    [null, null],
    [undefined, null],
  ] as const)('%j → %s', (text, count) => {
    expect(parseModelCount(text)).toBe(count);
  });
});

test('the saved Qwen2-VL page has the link the selector finds, with a count the parser reads', () => {
  const html = readFileSync('tests/fixtures/pages/model-card--Qwen--Qwen2-VL-7B-Instruct.html', 'utf8');
  const match = /<a[^>]*href="[^"]*base_model:quantized:Qwen\/Qwen2-VL-7B-Instruct"[^>]*>([^<]*)<\/a>/.exec(html);
  expect(parseModelCount(match?.[1])).toBe(280);
  expect(quantizedTreeSelector('Qwen/Qwen2-VL-7B-Instruct')).toBe(
    'a[href*="base_model:quantized:Qwen/Qwen2-VL-7B-Instruct" i]',
  );
});
