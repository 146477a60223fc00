import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { readHubInfo } from '../../../lib/hub/hub-info';
import type { Facts } from '../../../lib/facts/schema';

// Hub metadata beats name guesses, minding the traps of DESIGN.md; fixtures are Hub API responses (tests/fixtures/api).

function api(id: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/api/${id.replace('/', '--')}.json`, import.meta.url), 'utf8'));
}

function withHub(id: string, hub: unknown = api(id)): Facts {
  const result = classify(id, hub);
  if (isClassifyError(result)) throw new Error(result.error);
  return result;
}

describe('the Hub decides category, with evidence of what the name said', () => {
  test.each([
    ['Qwen/Qwen2-VL-7B-Instruct', 'vlm', 'image-text-to-text'],
    ['distilbert/distilbert-base-uncased', 'nlp', 'fill-mask'],
    ['OuteAI/OuteTTS-0.2-500M-GGUF', 'speech', 'text-to-speech'],
    ['sentence-transformers/all-MiniLM-L6-v2', 'embedding', 'sentence-similarity'],
    ['black-forest-labs/FLUX.1-dev', 'image-generation', 'text-to-image'],
    ['openai/whisper-large-v3', 'speech', 'automatic-speech-recognition'],
    ['facebook/detr-resnet-50', 'vision', 'object-detection'],
    ['BAAI/bge-reranker-v2-m3', 'nlp', 'text-classification'],
    ['Qwen/Qwen2.5-Omni-7B', 'multimodal', 'any-to-any'],
  ])('%s → %s (%s)', (id, category, task) => {
    const sheet = withHub(id);
    expect(sheet.category).toBe(category);
    expect(sheet.task).toBe(task);
    expect(sheet.categoryConfidence).toBe(1);
    expect(sheet.evidence.find((evidence) => evidence.field === 'category')?.source).toBe('hub');
    expect(sheet.hub.used).toBe(true);
  });

  test('a stronger source overruling the name is recorded', () => {
    const hub = { id: 'someone/vision-thing-7b', pipeline_tag: 'text-generation' };
    const sheet = withHub('someone/vision-thing-7b', hub);
    expect(sheet.category).toBe('llm');
    expect(sheet.evidence.find((evidence) => evidence.field === 'category')).toMatchObject({
      source: 'hub',
      overruled: 'vlm',
    });
  });

  test('config.architectures decides when there is no pipeline tag', () => {
    const sheet = withHub('someone/x', {
      id: 'someone/x',
      config: { architectures: ['Qwen2VLForConditionalGeneration'], model_type: 'qwen2_vl' },
    });
    expect(sheet.category).toBe('vlm');
    expect(sheet.architectures).toEqual(['Qwen2VLForConditionalGeneration']);
  });
});

describe('traps', () => {
  test('AWQ / GPTQ / bnb / MLX safetensors totals count packed integers: never shown as the size', () => {
    expect(withHub('Qwen/Qwen2.5-7B-Instruct-AWQ').params.total).not.toBe(1_963_340_288);
    expect(withHub('Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4').params.total).not.toBeLessThan(7e9);
    expect(withHub('unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit').params.total).toBeCloseTo(8.03e9, -7);
    expect(withHub('mlx-community/Meta-Llama-3.1-8B-Instruct-4bit').params.total).toBeCloseTo(8.03e9, -7);
    expect(withHub('casperhansen/mixtral-instruct-awq').params.total).toBeNull(); // the name has no size; 6.48B packed is not shown
  });

  test('unpacked totals (BF16, FP8) are the parameter count, from the Hub', () => {
    const sheet = withHub('meta-llama/Llama-3.1-8B-Instruct');
    expect(sheet.params.total).toBe(8_030_261_248);
    expect(sheet.evidence.find((evidence) => evidence.field === 'params')?.source).toBe('hub');
    expect(withHub('neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8').params.total).toBeCloseTo(8.03e9, -7);
  });

  test('the Hub count in the evidence reads as the size badge does: 999,885,952 is "1B", not "1000M"', () => {
    const sheet = withHub('someone/tiny-model', {
      id: 'someone/tiny-model',
      safetensors: { parameters: { BF16: 999_885_952 }, total: 999_885_952 },
    });
    expect(sheet.params.total).toBe(999_885_952);
    expect(sheet.evidence.find((evidence) => evidence.field === 'params' && evidence.source === 'hub')?.args).toEqual([
      '1B',
    ]);
  });

  test('gguf.total is a parameter count, not bytes', () => {
    const sheet = withHub('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF');
    expect(sheet.params.total).toBe(8_030_261_312);
    expect(sheet.quant.format).toBe('gguf');
  });

  test('MoE totals come from the Hub, active counts stay from the name', () => {
    expect(withHub('Qwen/Qwen3-30B-A3B').params).toMatchObject({ total: 30_532_122_624, active: 3e9 });
  });

  test("config: {} (a Hub trap) leaves the name's facts standing", () => {
    const hub = JSON.parse(
      readFileSync(
        new URL('../../fixtures/api/variants/config-empty--Qwen--Qwen2.5-7B-Instruct.json', import.meta.url),
        'utf8',
      ),
    );
    expect(readHubInfo(hub)?.configEmpty).toBe(true);
    const sheet = withHub('Qwen/Qwen2.5-7B-Instruct', hub);
    expect(sheet.category).toBe('llm');
    expect(sheet.stage).toBe('instruct');
    expect(sheet.serving.vllm?.verdict).toBe('yes');
  });

  test('quantization_config decides the format and bits', () => {
    expect(withHub('Qwen/Qwen2.5-7B-Instruct-AWQ').quant).toMatchObject({ format: 'awq', bits: 4 });
    expect(withHub('unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit').quant).toMatchObject({ format: 'bnb', bits: 4 });
    expect(withHub('neuralmagic/gemma-2-2b-it-quantized.w4a16').quant).toMatchObject({ format: 'int4', bits: 4 });
    expect(withHub('neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8').quant).toMatchObject({ format: 'fp8' });
    expect(withHub('mlx-community/Meta-Llama-3.1-8B-Instruct-4bit').quant).toMatchObject({ format: 'mlx', bits: 4 });
  });

  test('EXL2 repos carry no tag: the name still says EXL2', () => {
    expect(withHub('turboderp/Llama-3.1-8B-Instruct-exl2').quant.format).toBe('exl2');
  });
});

describe('lineage and adapters', () => {
  test('a quantized repo names its trainable original', () => {
    const sheet = withHub('Qwen/Qwen2.5-7B-Instruct-AWQ');
    expect(sheet).toMatchObject({ baseModel: 'Qwen/Qwen2.5-7B-Instruct', baseModelRelation: 'quantized' });
    expect(sheet.axolotl).toMatchObject({ support: 'partial', trainableBase: 'Qwen/Qwen2.5-7B-Instruct' });
    expect(sheet.axolotl.alternative).toContain('Qwen/Qwen2.5-7B-Instruct');
  });

  test('GGUF repos point at the model to train instead', () => {
    const sheet = withHub('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF');
    expect(sheet.axolotl.support).toBe('none');
    expect(sheet.axolotl.alternative).toContain('meta-llama/Meta-Llama-3.1-8B-Instruct');
  });

  test('a PEFT LoRA is adapter weights on a named base', () => {
    const sheet = withHub('predibase/customer_support');
    expect(sheet).toMatchObject({
      isAdapter: true,
      baseModel: 'mistralai/Mistral-7B-v0.1',
      baseModelRelation: 'adapter',
    });
    expect(sheet.finetune).toContain('lora');
    expect(sheet.axolotl.support).toBe('partial');
    expect(sheet.serving.vllm).toMatchObject({ verdict: 'yes', route: 'adapter' });
  });
});
