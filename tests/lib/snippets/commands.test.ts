import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';
import { axolotlConfig, gatedLoginNote, servingSnippets } from '../../../lib/snippets/commands';

// Ready-to-copy commands: what a user would paste. Each row is a model (by name, or with its saved Hub JSON) and the
// commands it must, and must not, get.

const hubJson = (id: string) =>
  JSON.parse(readFileSync(`tests/fixtures/api/${id.replace('/', '--')}.json`, 'utf8')) as unknown;

function sheet(id: string, withHub: boolean): Facts {
  const facts = classify(id, withHub ? hubJson(id) : undefined);
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts;
}

const commands = (facts: Facts) =>
  Object.fromEntries(servingSnippets(facts).map((snippet) => [snippet.tool, snippet.text]));

describe('serving commands', () => {
  test.each([
    // id, with Hub JSON, tool, the command (or a part of it), null: no command for that tool
    ['meta-llama/Llama-3.1-8B-Instruct', true, 'vllm', 'vllm serve meta-llama/Llama-3.1-8B-Instruct'],
    [
      'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
      true,
      'llamacpp',
      'llama-server -hf bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M',
    ],
    [
      'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
      true,
      'ollama',
      'ollama run hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M',
    ],
    ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', true, 'vllm', null],
    [
      'TheBloke/Mistral-7B-Instruct-v0.2-GPTQ',
      true,
      'tgi',
      '--model-id TheBloke/Mistral-7B-Instruct-v0.2-GPTQ --quantize gptq',
    ],
    [
      'unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit',
      true,
      'vllm',
      'vllm serve unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit --quantization bitsandbytes',
    ],
    // Embedding models: llama-server serves /v1/embeddings only with --embeddings.
    ['BAAI/bge-m3', true, 'llamacpp', '--embeddings'],
    // An adapter with its base named by the Hub: served on top of that base.
    [
      'predibase/customer_support',
      true,
      'vllm',
      'vllm serve mistralai/Mistral-7B-v0.1 --enable-lora --lora-modules adapter=predibase/customer_support',
    ],
    [
      'predibase/customer_support',
      true,
      'tgi',
      '--model-id mistralai/Mistral-7B-v0.1 --lora-adapters predibase/customer_support',
    ],
    [
      'predibase/customer_support',
      true,
      'sglang',
      '--model-path mistralai/Mistral-7B-v0.1 --enable-lora --lora-paths adapter=predibase/customer_support',
    ],
    ['predibase/customer_support', true, 'exllamav2', null],
    // An adapter known by its name only: the base is read from its adapter_config.json first, never the adapter itself.
    [
      'ybelkada/llama-2-7b-chat-lora',
      false,
      'vllm',
      'BASE_MODEL=$(curl -sL https://huggingface.co/ybelkada/llama-2-7b-chat-lora/resolve/main/adapter_config.json',
    ],
    [
      'ybelkada/llama-2-7b-chat-lora',
      false,
      'vllm',
      'vllm serve "$BASE_MODEL" --enable-lora --lora-modules adapter=ybelkada/llama-2-7b-chat-lora',
    ],
    ['ybelkada/llama-2-7b-chat-lora', false, 'mlx', null],
    ['ybelkada/llama-2-7b-chat-lora', false, 'exllamav2', null],
    // A bare name has no repo to point at.
    ['Llama-3.1-8B-Instruct', false, 'vllm', null],
  ] as const)('%s (Hub JSON: %s): %s', (id, withHub, tool, expected) => {
    const text = commands(sheet(id, withHub))[tool];
    if (expected === null) expect(text).toBeUndefined();
    else expect(text).toContain(expected);
  });

  test('no command serves an adapter as if it were a whole model', () => {
    for (const [id, withHub] of [
      ['ybelkada/llama-2-7b-chat-lora', false],
      ['predibase/customer_support', true],
    ] as const) {
      for (const text of Object.values(commands(sheet(id, withHub)))) {
        expect(text).not.toMatch(new RegExp(`(serve|--model-id|--model-path|--model) ${id}\\b`));
      }
    }
  });
});

describe('Axolotl config', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B', true, ['base_model: meta-llama/Llama-3.1-8B', 'adapter: lora'], ['load_in_4bit']],
    [
      'Qwen/Qwen2.5-72B-Instruct',
      true,
      ['base_model: Qwen/Qwen2.5-72B-Instruct', 'load_in_4bit: true', 'adapter: qlora'],
      [],
    ],
    [
      'predibase/customer_support',
      true,
      ['base_model: mistralai/Mistral-7B-v0.1', 'lora_model_dir: predibase/customer_support'],
      [],
    ],
    [
      'ybelkada/llama-2-7b-chat-lora',
      false,
      [
        "base_model: BASE_MODEL  # replace with base_model_name_or_path from the adapter's adapter_config.json",
        'lora_model_dir: ybelkada/llama-2-7b-chat-lora',
      ],
      ['base_model: ybelkada'],
    ],
  ] as const)('%s (Hub JSON: %s)', (id, withHub, present, absent) => {
    const config = axolotlConfig(sheet(id, withHub));
    expect(config?.fileName).toBe('config.yml');
    for (const line of present) expect(config!.text).toContain(line);
    for (const line of absent) expect(config!.text).not.toContain(line);
  });

  test.each([['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF'], ['openai/whisper-large-v3']])(
    '%s: none (Axolotl cannot train it)',
    (id) => {
      expect(axolotlConfig(sheet(id, true))).toBeNull();
    },
  );
});

test('commands come in the serving table order', () => {
  const tools = servingSnippets(sheet('mistralai/Mixtral-8x7B-Instruct-v0.1', true)).map((snippet) => snippet.tool);
  expect(tools).toEqual(['vllm', 'llamacpp', 'tgi', 'ollama', 'exllamav2', 'sglang', 'mlx', 'exllamav3']);
});

describe('gated repos', () => {
  test('one login note for the sheet, not a login line in every command; TGI passes the token into its container; the Axolotl config says so', () => {
    const facts = sheet('meta-llama/Llama-3.1-8B-Instruct', true);
    expect(facts.hub.gated).toBe(true);
    expect(gatedLoginNote(facts)).toEqual({ key: 'commands_gated_login' });
    const all = servingSnippets(facts);
    expect(all.length).toBeGreaterThan(3);
    for (const snippet of all) expect(snippet.text).not.toMatch(/login/);
    expect(commands(facts).tgi).toContain('docker run -e HF_TOKEN=');
    expect(axolotlConfig(facts)!.text.split('\n')[0]).toMatch(/^# gated repo/);
  });

  test('an open repo gets no login line', () => {
    const facts = sheet('mistralai/Mixtral-8x7B-Instruct-v0.1', true);
    expect(facts.hub.gated).toBeUndefined();
    expect(gatedLoginNote(facts)).toBeNull();
    for (const snippet of servingSnippets(facts)) expect(snippet.text).not.toMatch(/huggingface-cli|login/);
  });
});
