import { describe, expect, test } from 'vitest';
import { parseModelInput } from '../../../lib/input/parse-input';

describe('inputs reduce to a model reference', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B-Instruct', { id: 'meta-llama/Llama-3.1-8B-Instruct', org: 'meta-llama', name: 'Llama-3.1-8B-Instruct', file: null }],
    ['  Qwen/Qwen2.5-7B  ', { id: 'Qwen/Qwen2.5-7B', org: 'Qwen' }],
    ['Llama-3.1-8B-Instruct', { id: 'Llama-3.1-8B-Instruct', org: null, name: 'Llama-3.1-8B-Instruct' }],
    ['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', { org: null, file: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf' }],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', { id: 'meta-llama/Llama-3.1-8B-Instruct' }],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct?library=transformers#model-card', { id: 'meta-llama/Llama-3.1-8B-Instruct' }],
    ['https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/tree/main', { id: 'Qwen/Qwen2.5-7B-Instruct', file: null }],
    ['https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/blob/main/mistral-7b-v0.1.Q4_K_M.gguf', { id: 'TheBloke/Mistral-7B-v0.1-GGUF', file: 'mistral-7b-v0.1.Q4_K_M.gguf' }],
    ['https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/resolve/main/mistral-7b-v0.1.Q5_K_M.gguf?download=true', { file: 'mistral-7b-v0.1.Q5_K_M.gguf' }],
    ['huggingface.co/google/gemma-2-9b-it/discussions/3', { id: 'google/gemma-2-9b-it' }],
    ['hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M', { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', tag: 'Q4_K_M' }],
    ['bartowski/Llama-3.2-3B-Instruct-GGUF:IQ3_XS', { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', tag: 'IQ3_XS' }],
    ['bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q8_0.gguf', { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', file: 'Llama-3.2-3B-Instruct-Q8_0.gguf' }],
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
    expect(parseModelInput(input)).toEqual({ ok: false, error });
  });
});
