import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';

// Issue #2 §2: suffix tokens in any position and case, never inside other words; every quant spelling the Hub uses.

function facts(input: string): Facts {
  const result = classify(input);
  if (isClassifyError(result)) throw new Error(`${input}: ${result.error}`);
  return result;
}

describe('tokens in any position and case', () => {
  test.each([
    ['Llama-2-7b-chat-RLHF', { stage: 'chat', alignment: ['rlhf'] }],
    ['mlabonne/OrpoLlama-3-8B', { alignment: ['orpo'], family: 'Llama' }],
    ['google/gemma-2-9b-it', { stage: 'instruct', family: 'Gemma' }],
    ['microsoft/Phi-3-mini-4k-instruct', { stage: 'instruct', purpose: ['small'] }],
    ['INSTRUCT-llama-3-8b', { stage: 'instruct' }],
    ['llama_3_8b_instruct', { stage: 'instruct', family: 'Llama' }],
    ['Meta Llama 3.1 8B Instruct', { stage: 'instruct', version: '3.1' }],
  ])('%s', (input, expected) => {
    expect(facts(input)).toMatchObject(expected);
  });
});

describe('never inside other words', () => {
  test.each([
    ['dbmdz/bert-base-italian-cased', 'it in italian', (sheet: Facts) => expect(sheet.stage).toBeNull()],
    [
      'TheBloke/samantha-1.1-llama-7B-GGML',
      'sam in samantha',
      (sheet: Facts) => expect(sheet.category).not.toBe('vision'),
    ],
    ['someone/evl-7b', 'vl in evl', (sheet: Facts) => expect(sheet.modality).toEqual([])],
    ['someone/codebook-7b', 'code in codebook', (sheet: Facts) => expect(sheet.purpose).not.toContain('code')],
    [
      'someone/mathematica-ish-7b',
      'math in mathematica',
      (sheet: Facts) => expect(sheet.purpose).not.toContain('math'),
    ],
    ['someone/chatterjee-7b', 'chat in chatterjee', (sheet: Facts) => expect(sheet.stage).toBeNull()],
    ['someone/basement-7b', 'base in basement', (sheet: Facts) => expect(sheet.stage).toBeNull()],
    ['someone/prolific-7b', 'pro in prolific', (sheet: Facts) => expect(sheet.purpose).not.toContain('enhanced')],
    ['someone/ftw-7b', 'ft in ftw', (sheet: Facts) => expect(sheet.finetune).toEqual([])],
    [
      'sentence-transformers/all-MiniLM-L6-v2',
      'L6 is not Llama 6',
      (sheet: Facts) => expect(sheet.family).not.toBe('Llama'),
    ],
    [
      'Helsinki-NLP/opus-mt-en-it',
      '"it" of a translation pair is Italian',
      (sheet: Facts) => expect(sheet.stage).toBeNull(),
    ],
  ])('%s (%s)', (input, _why, check) => {
    check(facts(input));
  });
});

describe('quantization spellings', () => {
  test.each([
    [
      'bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-IQ3_XS.gguf',
      { format: 'gguf', level: 'IQ3_XS', bits: 3 },
    ],
    ['model-TQ1_0.gguf', { format: 'gguf', level: 'TQ1_0', bits: 1 }],
    ['gpt-oss-20b-MXFP4.gguf', { format: 'gguf', bits: 4 }],
    ['unsloth/Qwen3-30B-A3B-GGUF:UD-Q4_K_XL', { format: 'gguf', level: 'Q4_K_XL', bits: 4 }],
    ['Qwen3-30B-A3B-UD-Q4_K_XL.gguf', { format: 'gguf', level: 'Q4_K_XL' }],
    ['unsloth/llama-3-8b-bnb-4bit', { format: 'bnb', bits: 4 }],
    ['someone/llama-3-8b-4bit', { format: 'bnb', bits: 4 }],
    ['Qwen/Qwen2-1.5B-Instruct-GPTQ-Int4', { format: 'gptq', bits: 4 }],
    ['Qwen/Qwen2-1.5B-Instruct-GPTQ-Int8', { format: 'gptq', bits: 8 }],
    ['Qwen/Qwen2.5-7B-Instruct-AWQ', { format: 'awq', bits: 4 }],
    ['turboderp/Llama-3-8B-Instruct-exl2-6.0bpw', { format: 'exl2', bits: 6 }],
    ['LoneStriker/Mixtral-8x7B-Instruct-v0.1-4.65bpw-h6-exl2', { format: 'exl2', bits: 4.65 }],
    ['Qwen/Qwen3-8B-FP8', { format: 'fp8', bits: 8 }],
    ['mlx-community/Llama-3.2-3B-Instruct-4bit', { format: 'mlx', bits: 4 }],
    ['mlx-community/Kokoro-82M-bf16', { format: 'mlx', bits: 16 }],
    ['mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC', { format: 'mlc', bits: 4 }],
    ['mlc-ai/Qwen2.5-0.5B-Instruct-q0f16-MLC', { format: 'mlc', bits: 16 }],
    ['Neko-Institute-of-Science/LLaMA-7B-4bit-128g', { format: 'gptq', bits: 4 }],
    ['TheBloke/Llama-2-7B-GGML', { format: 'ggml' }],
    ['neuralmagic/gemma-2-2b-it-quantized.w4a16', { format: 'int4', bits: 4 }],
    ['model-7b-Q8_0.gguf', { format: 'gguf', level: 'Q8_0', bits: 8 }],
    ['model-7b-q5_k_m.gguf', { format: 'gguf', level: 'Q5_K_M', bits: 5 }],
    ['model-7b.Q4_K.gguf', { format: 'gguf', level: 'Q4_K_M' }],
  ])('%s', (input, quant) => {
    expect(facts(input).quant).toMatchObject(quant);
  });

  test('GGUF shards and projector files are recognised', () => {
    const shard = facts('Qwen2.5-72B-Instruct-Q8_0-00001-of-00003.gguf');
    expect(shard.quant).toMatchObject({ format: 'gguf', level: 'Q8_0' });
    expect(shard.anatomy.find((part) => part.role === 'shard')).toMatchObject({
      text: '00001-of-00003',
      meaning: '1/3',
    });
    const projector = facts('mmproj-Qwen2-VL-7B-Instruct-f16.gguf');
    expect(projector.anatomy[0]).toMatchObject({ role: 'sidecar', text: 'mmproj' });
    expect(projector.serving.llamacpp?.verdict).toBe('no');
    expect(projector.axolotl.support).toBe('none');
  });
});

describe('sizes', () => {
  test.each([
    ['Qwen2.5-0.5B', { total: 0.49e9 }],
    ['SmolLM2-135M', { total: 135e6 }],
    ['TinyLlama-1.1B', { total: 1.1e9 }],
    ['mistralai/Mixtral-8x22B-v0.1', { total: 141e9, active: 39e9, experts: 8 }],
    ['someone/MoE-2x7b', { total: null, experts: 2 }],
    ['Qwen/Qwen3-30B-A3B', { total: 30e9, active: 3e9 }],
    ['qwen/qwen3-30b-a3b', { total: 30e9, active: 3e9 }],
    ['Qwen/Qwen2-57B-A14B-Instruct', { total: 57e9, active: 14e9 }],
    ['meta-llama/Llama-4-Scout-17B-16E-Instruct', { total: 109e9, active: 17e9, experts: 16 }],
    ['Qwen/Qwen-1_8B-Chat', { total: 1.8e9 }],
    ['bigscience/bloomz-7b1-mt', { total: 7.1e9 }],
    ['bigscience/bloom-1b7', { total: 1.7e9 }],
    ['ibm-granite/granite-3.0-3b-a800m-instruct', { total: 3e9, active: 0.8e9 }],
  ])('%s', (input, params) => {
    expect(facts(input).params).toMatchObject(params);
  });

  test('a context length is not a size', () => {
    expect(facts('Qwen/Qwen2.5-7B-Instruct-1M')).toMatchObject({
      params: { total: 7.62e9 },
      purpose: ['long-context'],
    });
    expect(facts('microsoft/Phi-3-mini-128k-instruct').purpose).toContain('long-context');
    expect(facts('microsoft/Phi-3-mini-4k-instruct').purpose).not.toContain('long-context');
  });
});

describe('versions', () => {
  test.each([
    ['mistralai/Mistral-7B-v0.1', 'v0.1'],
    ['meta-llama/Llama-3.1-8B', '3.1'],
    ['Qwen/Qwen2.5-7B', '2.5'],
    ['mistralai/Mistral-Small-Instruct-2409', '2409'],
    ['someone/model-20250201', '20250201'],
    ['deepseek-ai/deepseek-coder-7b-instruct-v1.5', 'v1.5'],
    // InternLM 2.5, written with an underscore for the dot (issue #12 class 2).
    ['internlm/internlm2_5-7b-chat', '2.5'],
  ])('%s → %s', (input, version) => {
    expect(facts(input).version).toBe(version);
  });
});

describe('base is said only where the family publishes pairs or the name says so', () => {
  test.each([
    ['meta-llama/Meta-Llama-3-8B', 'base'],
    ['Qwen/Qwen3-8B', 'instruct'],
    ['Qwen/Qwen3-8B-Base', 'base'],
    ['Qwen/Qwen2.5-Omni-7B', 'instruct'],
    ['google/gemma-3-1b-pt', 'base'],
    ['someone/my-cool-model-7b', null],
    ['NousResearch/Hermes-3-Llama-3.1-8B', 'instruct'],
    ['Sao10K/L3.1-8B-Niitama-v1.1', null],
  ])('%s → %s', (input, stage) => {
    expect(facts(input).stage).toBe(stage);
  });
});

describe('the architecture a family usually ships, from the name (what name-only serving verdicts are about)', () => {
  // serving_family_listed / _unlisted carry the guessed class as their second argument.
  const guessed = (input: string) => {
    const verdict = facts(input).serving.vllm!;
    return verdict.reasonKey === 'serving_family_listed' || verdict.reasonKey === 'serving_family_unlisted'
      ? verdict.reasonArgs?.[1]
      : null;
  };
  test.each([
    ['Qwen/Qwen2-7B', 'Qwen2ForCausalLM'],
    ['Qwen/Qwen2-57B-A14B-Instruct', 'Qwen2MoeForCausalLM'],
    ['Qwen/Qwen1.5-MoE-A2.7B', 'Qwen2MoeForCausalLM'],
    ['Qwen/Qwen3-8B', 'Qwen3ForCausalLM'],
    ['Qwen/Qwen3-30B-A3B', 'Qwen3MoeForCausalLM'],
    ['Qwen/Qwen3-235B-A22B-Instruct-2507', 'Qwen3MoeForCausalLM'],
    ['Qwen/Qwen3-VL-8B-Instruct', 'Qwen3VLForConditionalGeneration'],
    ['Qwen/Qwen3-VL-30B-A3B-Instruct', 'Qwen3VLMoeForConditionalGeneration'],
    ['Qwen/Qwen3-Omni-30B-A3B-Instruct', 'Qwen3OmniMoeForConditionalGeneration'],
    ['Qwen/Qwen3-Next-80B-A3B-Instruct', 'Qwen3NextForCausalLM'],
    ['Qwen/Qwen3.5-9B', 'Qwen3_5ForConditionalGeneration'],
    ['Qwen/Qwen3.5-397B-A17B', 'Qwen3_5MoeForConditionalGeneration'],
    ['mistralai/Mixtral-8x7B-v0.1', 'MixtralForCausalLM'],
  ])('%s → %s', (input, architecture) => {
    expect(guessed(input)).toBe(architecture);
  });
});

describe("a family's own size tiers and exact counts", () => {
  test.each([
    ['openai/whisper-large-v3', 1.55e9],
    ['openai/whisper-large-v3-turbo', 809e6],
    ['openai/whisper-tiny.en', 39e6],
    ['someone/whisper-small-hi', 244e6],
    // Other releases built from the family (distilled, compressed) are not its sizes.
    ['efficient-speech/lite-whisper-large-v3', null],
    ['distil-whisper/distil-large-v3', null],
    ['mistralai/Mixtral-8x7B-v0.1', 46.7e9],
  ])('%s → %s', (input, total) => {
    expect(facts(input).params.total).toBe(total);
  });

  test('distil-whisper publishes speech models', () => {
    expect(facts('distil-whisper/distil-large-v3').category).toBe('speech');
  });
});

describe('families, orgs and words that real names use', () => {
  test.each([
    // id, category, family, task (null: not checked)
    ['xai-org/grok-1', 'llm', 'Grok', null],
    ['microsoft/kosmos-2-patch14-224', 'vlm', 'Kosmos', null],
    ['adept/fuyu-8b', 'vlm', 'Fuyu', null],
    ['microsoft/git-large-coco', 'vlm', 'GIT', null],
    ['facebook/encodec_24khz', 'speech', 'EnCodec / SNAC', null],
    ['Salesforce/codet5-base', 'nlp', 'T5', null],
    ['keremberke/yolov8m-table-extraction', 'vision', 'YOLO', 'object-detection'],
    ['jameslahm/yolov10n', 'vision', 'YOLO', 'object-detection'],
    ['distil-whisper/distil-small.en', 'speech', null, null],
    // "speech" that is what is said, not audio; the encoder named beside it stays the family.
    ['facebook/roberta-hate-speech-dynabench-r4-target', 'nlp', 'RoBERTa', 'text-classification'],
    ['IMSyPP/hate_speech_en', 'nlp', null, 'text-classification'],
    // A task word refines a family's default task; CLIP names its vision tower.
    ['microsoft/speecht5_asr', 'speech', 'SpeechT5', 'automatic-speech-recognition'],
    ['facebook/mms-tts-eng', 'speech', 'VITS / Piper', 'text-to-speech'],
    ['openai/clip-vit-base-patch32', 'vision', 'CLIP', 'zero-shot-image-classification'],
    // A capitalised tail of a word is not a suffix (ReMM is not "Re" + MM).
    ['Undi95/ReMM-SLERP-L2-13B', 'llm', 'Llama', null],
  ])('%s → %s / %s / %s', (input, category, family, task) => {
    const result = facts(input);
    expect(result.category).toBe(category);
    if (family !== null) expect(result.family).toBe(family);
    if (task !== null) expect(result.task).toBe(task);
  });

  test.each([
    // Families without base / instruct pairs name a size tier "base"; -pt and -Base in LLM families are still base.
    ['microsoft/Florence-2-base-ft', null],
    ['microsoft/trocr-base-handwritten', null],
    ['google/paligemma-3b-pt-224', 'base'],
    ['tiiuae/Falcon-H1-3B-Base', 'base'],
    // Post-trained releases whose names carry no stage word.
    ['bigscience/bloomz-560m', 'instruct'],
    ['HuggingFaceTB/SmolLM3-3B', 'instruct'],
    ['HuggingFaceTB/SmolLM3-3B-Base', 'base'],
  ])('stage of %s → %s', (input, stage) => {
    expect(facts(input).stage).toBe(stage);
  });

  test.each([
    ['google/codegemma-7b-it', 8.54e9],
    ['google/recurrentgemma-2b', 2.68e9],
    ['adept/fuyu-8b', 9.41e9],
  ])('size of %s → %s', (input, total) => {
    expect(facts(input).params.total).toBe(total);
  });
});
