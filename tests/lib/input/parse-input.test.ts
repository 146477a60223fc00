import { describe, expect, test } from 'vitest';
import { parseModelInput } from '../../../lib/input/parse-input';

describe('inputs reduce to a model reference', () => {
  test.each([
    [
      'meta-llama/Llama-3.1-8B-Instruct',
      { id: 'meta-llama/Llama-3.1-8B-Instruct', org: 'meta-llama', name: 'Llama-3.1-8B-Instruct', file: null },
    ],
    ['  Qwen/Qwen2.5-7B  ', { id: 'Qwen/Qwen2.5-7B', org: 'Qwen' }],
    ['Llama-3.1-8B-Instruct', { id: 'Llama-3.1-8B-Instruct', org: null, name: 'Llama-3.1-8B-Instruct' }],
    ['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', { org: null, file: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf' }],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', { id: 'meta-llama/Llama-3.1-8B-Instruct' }],
    [
      'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct?library=transformers#model-card',
      { id: 'meta-llama/Llama-3.1-8B-Instruct' },
    ],
    ['https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/tree/main', { id: 'Qwen/Qwen2.5-7B-Instruct', file: null }],
    [
      'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/blob/main/mistral-7b-v0.1.Q4_K_M.gguf',
      { id: 'TheBloke/Mistral-7B-v0.1-GGUF', file: 'mistral-7b-v0.1.Q4_K_M.gguf' },
    ],
    [
      'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/resolve/main/mistral-7b-v0.1.Q5_K_M.gguf?download=true',
      { file: 'mistral-7b-v0.1.Q5_K_M.gguf' },
    ],
    ['huggingface.co/google/gemma-2-9b-it/discussions/3', { id: 'google/gemma-2-9b-it' }],
    [
      'hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M',
      { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', tag: 'Q4_K_M' },
    ],
    ['bartowski/Llama-3.2-3B-Instruct-GGUF:IQ3_XS', { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', tag: 'IQ3_XS' }],
    [
      'bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q8_0.gguf',
      { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', file: 'Llama-3.2-3B-Instruct-Q8_0.gguf' },
    ],
    ['Qwen/Qwen2.5‑7B', { id: 'Qwen/Qwen2.5-7B' }],
  ])('%s', (input, expected) => {
    const parsed = parseModelInput(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.ref).toMatchObject(expected);
  });
});

describe('unusable inputs say why', () => {
  test.each([
    ['', 'empty input'],
    ['   ', 'empty input'],
    ['https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0', 'not a model page (dataset)'],
    ['https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard', 'not a model page (space)'],
    ['https://huggingface.co/models?search=llama', 'not a model page (model-list)'],
    ['https://github.com/ggml-org/llama.cpp', 'not a huggingface.co URL'],
    ['<script>alert(1)</script>', 'not a model ID, name or huggingface.co URL'],
    ['x'.repeat(5000), 'too long to be a model ID, name or URL'],
  ])('%j → %s', (input, error) => {
    expect(parseModelInput(input)).toMatchObject({ ok: false, error });
  });
});

// Issue 13, item 1: `.` and `..` as org or name made the popup request other paths on huggingface.co.
describe('references with names the Hub cannot have are refused', () => {
  test.each([
    '../whoami-v2',
    '../..',
    'x/..',
    './x',
    'a/.',
    '..',
    '.',
    'x/../../whoami-v2',
    '../x/model.Q4_K_M.gguf',
    'hf.co/../whoami-v2',
    'hf:../whoami-v2',
    'x/..:Q4_K_M',
    'https://huggingface.co/%2e%2e/whoami-v2',
    'api/whoami-v2',
    'x/a..b',
    'x/-a',
    'x/y:../../z',
  ])('%s', (input) => {
    expect(parseModelInput(input).ok).toBe(false);
  });
});

describe('tagged GGUF references as other tools write them', () => {
  test.each([
    [
      'hf:bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M',
      {
        id: 'bartowski/Llama-3.2-3B-Instruct-GGUF',
        org: 'bartowski',
        name: 'Llama-3.2-3B-Instruct-GGUF',
        tag: 'Q4_K_M',
      },
    ],
    ['HF:unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL', { id: 'unsloth/Qwen3-8B-GGUF', tag: 'UD-Q4_K_XL' }],
    ['hf:ggml-org/gemma-3-1b-it-GGUF', { id: 'ggml-org/gemma-3-1b-it-GGUF', tag: null }],
    ['unsloth/Qwen3-8B-GGUF:Q8_0', { id: 'unsloth/Qwen3-8B-GGUF', tag: 'Q8_0' }],
    ['hf.co/unsloth/Qwen3-8B-GGUF:IQ2_XXS', { id: 'unsloth/Qwen3-8B-GGUF', tag: 'IQ2_XXS' }],
    ['https://hf.co/unsloth/Qwen3-8B-GGUF:q4_k_m', { id: 'unsloth/Qwen3-8B-GGUF', tag: 'q4_k_m' }],
  ])('%s', (input, expected) => {
    const parsed = parseModelInput(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.ref).toMatchObject(expected);
  });
});

describe('errors as codes (the views translate codes, never English text)', () => {
  test.each([
    ['', 'empty'],
    ['x'.repeat(5000), 'too-long'],
    ['../whoami-v2', 'invalid-id'],
    ['https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0', 'not-model-page'],
    ['https://github.com/ggml-org/llama.cpp', 'not-hub-url'],
    ['<script>alert(1)</script>', 'not-a-model'],
  ])('%s → %s', (input, code) => {
    expect(parseModelInput(input)).toMatchObject({ ok: false, code });
  });
});
