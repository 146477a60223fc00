import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { estimateMemory } from '../../../lib/estimate/memory';

// Memory from the name: weights at the format's bits per weight; lower bounds where the size label leaves towers out.

const memoryOf = (id: string) => {
  const facts = classify(id);
  if (isClassifyError(facts)) throw new Error(facts.error);
  return estimateMemory(facts);
};

describe('memory from the name', () => {
  test.each([
    // id, weights in GB (decimal), lower bound?
    ['meta-llama/Llama-3.1-8B', 16.06, false],
    ['mistralai/Mixtral-8x7B-v0.1', 93.4, false],
    ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', 4.91, false],
    ['TheBloke/Llama-2-7B-AWQ', 3.72, false],
    // The label counts the language model; the vision tower comes on top.
    ['Qwen/Qwen2.5-VL-7B-Instruct', 14.0, true],
    ['llava-hf/llava-1.5-7b-hf', 14.0, true],
    // A text embedder's label is its backbone's, not a bound either way.
    ['Qwen/Qwen3-Embedding-8B', 16.0, false],
  ] as const)('%s: weights %s GB, lower bound %s', (id, gigabytes, atLeast) => {
    const memory = memoryOf(id)!;
    expect(memory.weightsBytes / 1e9).toBeCloseTo(gigabytes, 1);
    expect(memory.atLeast).toBe(atLeast);
  });

  test('no size, no estimate', () => {
    expect(memoryOf('someone/my-model')).toBeNull();
  });
});
