import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';

// Axolotl's verdicts on the examples of the domain reference's Axolotl tables (supported, partial, not supported,
// format trainability), where Axolotl's own newer support matrix wins and says so.

function facts(input: string): Facts {
  const result = classify(input);
  if (isClassifyError(result)) throw new Error(`${input}: ${result.error}`);
  return result;
}

describe('Axolotl tables of the seed', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B', 'full'],
    ['mistralai/Mistral-7B-v0.1', 'full'],
    ['mistralai/Mixtral-8x7B-v0.1', 'full'],
    ['Qwen/Qwen2.5-7B', 'full'],
    ['google/gemma-2-9b', 'full'],
    ['microsoft/Phi-3-mini-4k-instruct', 'full'],
    ['EleutherAI/pythia-1b', 'full'],
    ['tiiuae/falcon-7b', 'full'],
    ['openai-community/gpt2', 'full'],
    ['mosaicml/mpt-7b', 'full'],
    ['stabilityai/stablelm-2-1_6b', 'full'],
    ['internlm/internlm2_5-7b', 'full'],
    ['deepseek-ai/DeepSeek-V2', 'full'],
    ['CohereForAI/c4ai-command-r-v01', 'full'],
    ['allenai/OLMo-7B', 'full'],
    ['bigcode/starcoder2-7b', 'full'],
    ['llava-hf/llava-1.5-7b-hf', 'partial'],
    ['Qwen/Qwen2-VL-7B-Instruct', 'partial'],
    ['meta-llama/Llama-3.2-11B-Vision-Instruct', 'partial'],
  ])('supported / partial: %s → %s', (input, support) => {
    expect(facts(input).axolotl.support).toBe(support);
  });

  test.each([
    ['google-bert/bert-base-uncased', 'none', /HF Trainer|Hugging Face Trainer/],
    ['FacebookAI/roberta-base', 'none', /Trainer/],
    ['openai/whisper-large-v3', 'none', /Trainer/],
    ['facebook/wav2vec2-base-960h', 'none', /Trainer/],
    ['stabilityai/stable-diffusion-xl-base-1.0', 'none', /Kohya|diffusers/],
    ['black-forest-labs/FLUX.1-dev', 'none', /Kohya|diffusers/],
    ['BAAI/bge-m3', 'none', /sentence-transformers/],
    ['intfloat/e5-mistral-7b-instruct', 'none', /sentence-transformers/],
    ['google/vit-base-patch16-224', 'none', /timm|Ultralytics/],
    ['Ultralytics/YOLOv8', 'none', /timm|Ultralytics/],
    ['facebook/sam2-hiera-large', 'none', /timm|Ultralytics/],
    ['TheBloke/Mistral-7B-v0.1-GGUF', 'none', /Convert to HF format|original/],
    ['turboderp/Llama-3-8B-exl2', 'none', /base model/],
  ])('not supported: %s → %s', (input, support, alternative) => {
    const { axolotl } = facts(input);
    expect(axolotl.support).toBe(support);
    expect(axolotl.alternative).toMatch(alternative);
  });

  test("encoder-decoders: the seed says no, Axolotl's newer support matrix says yes, and the reason says so", () => {
    const { axolotl } = facts('google/flan-t5-large');
    expect(axolotl.support).toBe('full');
    expect(axolotl.reasonKey).toBe('axolotl_reason_seq2seq');
    expect(axolotl.reason).toMatch(/support matrix says any causal or seq2seq/);
    expect(axolotl.alternative).toMatch(/Seq2SeqTrainer/);
  });
  test('GPTQ: seed "limited", Axolotl trains LoRA on it; QLoRA on the base is the alternative', () => {
    const { axolotl } = facts('TheBloke/Llama-2-7B-GPTQ');
    expect(axolotl.support).toBe('partial');
    expect(axolotl.reason).toMatch(/gptq: true/);
    expect(axolotl.alternative).toMatch(/QLoRA on the/);
  });
  test('AWQ: seed "no", the newer Axolotl source accepts it for LoRA, and says so', () => {
    const { axolotl } = facts('TheBloke/Llama-2-7B-AWQ');
    expect(axolotl.support).toBe('partial');
    expect(axolotl.reasonKey).toBe('axolotl_reason_awq');
    expect(axolotl.reason).toMatch(/accepts a prequantized AWQ base/);
  });
  test('bitsandbytes 4-bit trains with QLoRA (load_in_4bit)', () => {
    expect(facts('unsloth/llama-3-8b-bnb-4bit').axolotl).toMatchObject({
      support: 'partial',
      reason: expect.stringMatching(/load_in_4bit/),
    });
  });
  test('ONNX and TensorRT exports are not trainable', () => {
    expect(facts('onnx-community/gpt2-ONNX').axolotl.support).toBe('none');
    expect(facts('nvidia/Llama-3.1-8B-Instruct-TRT').axolotl.support).toBe('none');
  });
});
