import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';

// Serving verdicts: the seed's format-level table (name only) and architecture-level verdicts with Hub data.

function facts(input: string): Facts {
  const result = classify(input);
  if (isClassifyError(result)) throw new Error(result.error);
  return result;
}

function api(id: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/api/${id.replace('/', '--')}.json`, import.meta.url), 'utf8'));
}

function withHub(id: string, hub: unknown = api(id)): Facts {
  const result = classify(id, hub);
  if (isClassifyError(result)) throw new Error(result.error);
  return result;
}

describe('serving tools of the seed (format level)', () => {
  const verdicts = (input: string) => facts(input).serving;
  test('vLLM and TGI: HF, AWQ, GPTQ', () => {
    for (const input of ['meta-llama/Llama-2-7b-hf', 'TheBloke/Llama-2-7B-AWQ', 'TheBloke/Llama-2-7B-GPTQ']) {
      expect(verdicts(input).vllm?.verdict).toBe('yes');
      expect(verdicts(input).tgi?.verdict).toBe('yes');
    }
    expect(verdicts('TheBloke/Llama-2-7B-GGUF').vllm?.verdict).toBe('no');
    expect(verdicts('TheBloke/Llama-2-7B-GGUF').tgi?.verdict).toBe('no');
  });
  test('llama.cpp and Ollama: GGUF', () => {
    expect(verdicts('TheBloke/Llama-2-7B-GGUF').llamacpp).toMatchObject({ verdict: 'yes', route: 'direct' });
    expect(verdicts('TheBloke/Llama-2-7B-GGUF').ollama).toMatchObject({ verdict: 'yes', route: 'direct' });
    expect(verdicts('TheBloke/Llama-2-7B-AWQ').llamacpp?.verdict).toBe('no');
    expect(verdicts('TheBloke/Llama-2-7B-AWQ').ollama?.verdict).toBe('no');
  });
  test('ExLlamaV2: EXL2 and GPTQ, not AWQ or GGUF', () => {
    expect(verdicts('turboderp/Llama-3-8B-exl2').exllamav2?.verdict).toBe('yes');
    expect(verdicts('TheBloke/Llama-2-7B-GPTQ').exllamav2?.verdict).toBe('yes');
    expect(verdicts('TheBloke/Llama-2-7B-AWQ').exllamav2?.verdict).toBe('no');
    expect(verdicts('TheBloke/Llama-2-7B-GGUF').exllamav2?.verdict).toBe('no');
  });
  test('SGLang: HF', () => {
    expect(verdicts('meta-llama/Llama-2-7b-hf').sglang?.verdict).toBe('yes');
  });
});

describe('architecture-level serving verdicts with Hub data', () => {
  test.each([
    [
      'meta-llama/Llama-3.1-8B-Instruct',
      { vllm: 'yes', llamacpp: 'yes', tgi: 'yes', ollama: 'yes', exllamav2: 'yes', sglang: 'yes' },
    ],
    ['Qwen/Qwen2-VL-7B-Instruct', { vllm: 'yes', tgi: 'yes', sglang: 'yes', exllamav2: 'yes' }],
    ['google-bert/bert-base-uncased', { tgi: 'no', exllamav2: 'no' }],
    [
      'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
      { vllm: 'no', llamacpp: 'yes', ollama: 'yes', tgi: 'no', exllamav2: 'no' },
    ],
    [
      'black-forest-labs/FLUX.1-dev',
      { vllm: 'no', llamacpp: 'no', tgi: 'no', ollama: 'no', exllamav2: 'no', sglang: 'no' },
    ],
  ])('%s', (id, verdicts) => {
    const sheet = withHub(id);
    for (const [engine, verdict] of Object.entries(verdicts))
      expect([engine, sheet.serving[engine]?.verdict]).toEqual([engine, verdict]);
  });

  test('vLLM: an architecture it dropped says when', () => {
    const sheet = withHub('x/y', {
      id: 'x/y',
      pipeline_tag: 'text-generation',
      config: { architectures: ['MotifForCausalLM'] },
    });
    expect(sheet.serving.vllm).toMatchObject({ verdict: 'no', reason: expect.stringContaining('0.10.2') });
  });

  test('architectures match case- and underscore-insensitively across engines', () => {
    const sheet = withHub('x/y', {
      id: 'x/y',
      pipeline_tag: 'text-generation',
      config: { architectures: ['Ernie4_5_ForCausalLM'] },
    });
    expect(sheet.serving.vllm?.verdict).toBe('yes');
  });

  test('TGI dispatches on model_type', () => {
    expect(
      withHub('x/y', {
        id: 'x/y',
        pipeline_tag: 'text-generation',
        config: { architectures: ['LlamaForCausalLM'], model_type: 'llama' },
      }).serving.tgi?.verdict,
    ).toBe('yes');
    expect(
      withHub('x/y', {
        id: 'x/y',
        pipeline_tag: 'text-generation',
        config: { architectures: ['Qwen3ForCausalLM'], model_type: 'qwen3' },
      }).serving.tgi?.verdict,
    ).toBe('unknown');
  });
});

describe("Axolotl on adapters: trainable only where Axolotl trains the base's kind", () => {
  test('a FLUX LoRA is "none" (Axolotl does not train diffusion models), with the diffusion alternative', () => {
    const sheet = withHub('black-forest-labs/FLUX.1-Canny-dev-lora');
    expect(sheet.axolotl).toMatchObject({
      support: 'none',
      reasonKey: 'axolotl_reason_adapter_kind',
      reasonArgs: ['#axolotl_reason_diffusion'],
      alternativeKey: 'axolotl_alt_diffusion',
    });
    expect(sheet.axolotl.reason).not.toContain('#');
  });
  test('a language-model LoRA stays "partial" on its base', () => {
    expect(withHub('predibase/customer_support').axolotl).toMatchObject({
      support: 'partial',
      reasonKey: 'axolotl_reason_adapter_named',
    });
  });
});
