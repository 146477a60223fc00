import { expect, test } from 'vitest';
import { renderFactSheet } from '../../cli/fact-sheet-text';
import { classify } from '../../lib/classify-model';
import type { Facts } from '../../lib/facts/schema';

// The command line's text sheet says the licence (with its condition) and the capabilities, with their evidence.

test('licence and capabilities lines', () => {
  const facts = classify('meta-llama/Llama-3.1-8B-Instruct', {
    id: 'meta-llama/Llama-3.1-8B-Instruct',
    tags: ['license:llama3.1'],
    gated: 'manual',
    pipeline_tag: 'text-generation',
  }) as Facts;
  const text = renderFactSheet(facts);
  expect(text).toMatch(
    /Licence\s+Llama 3\.1 Community License, conditions: Llama 3\.1 licence: free use; over 700M monthly users .* \(gated\)\s+← confirmed by the Hub: licence "llama3\.1"/,
  );
  expect(text).toMatch(/Capabilities\s+tools\s+← from the name: Llama 3\.1 model card .*: tool calling · likely/);
});

test('no licence, no capabilities: no lines', () => {
  const text = renderFactSheet(classify('someone/plain-model') as Facts);
  expect(text).not.toMatch(/^\s+Licence/m);
  expect(text).not.toMatch(/^\s+Capabilities/m);
});
