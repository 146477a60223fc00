import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';
import { english } from '../../../lib/i18n/english';
import { findGgufLevel } from '../../../lib/knowledge/gguf-levels';
import { partMeaning } from '../../../lib/present/labels';
import { readGgufFileName } from '../../../lib/quant/gguf-file';

// Issue #12's error classes, one table per class: rows that must read one way, and rows that must not.

function facts(input: string): Facts {
  const result = classify(input);
  if (isClassifyError(result)) throw new Error(`${input}: ${result.error}`);
  return result;
}

describe("1. GGUF levels: every llama.cpp file type, with the quantizers' marks", () => {
  test.each([
    ['ggml-org/gpt-oss-120b-GGUF/gpt-oss-120b-mxfp4-00001-of-00003.gguf', 'MXFP4', 4],
    ['org/m-GGUF/m-MXFP4_MOE.gguf', 'MXFP4_MOE', 4],
    ['org/m-GGUF/m-TQ1_0.gguf', 'TQ1_0', 1],
    ['org/m-NVFP4-GGUF/m-NVFP4-MTP.gguf', 'NVFP4', 4],
    ['org/m-GGUF/m-Q1_0.gguf', 'Q1_0', 1],
    ['org/m-GGUF/m-TQ2_0.gguf', 'TQ2_0', 2],
    ['org/m-GGUF/m-Q4_0_4_4.gguf', 'Q4_0_4_4', 4],
    ['org/m-GGUF/m-Q4_0_8_8.gguf', 'Q4_0_8_8', 4],
    ['org/m-GGUF/m-IQ1_S.gguf', 'IQ1_S', 1],
    ['org/m-GGUF/m-IQ4_NL.gguf', 'IQ4_NL', 4],
    ['org/m-GGUF/m-BF16.gguf', 'BF16', 16],
    ['org/m-GGUF/m-f16.gguf', 'F16', 16],
    ['org/m-GGUF/m-F32.gguf', 'F32', 32],
    ['org/m-GGUF/m-UD-Q2_K_XL.gguf', 'Q2_K_XL', 2],
    ['org/m-GGUF/m-UD-IQ1_M.gguf', 'IQ1_M', 1],
    ['org/m-GGUF/m-Q6_K_L.gguf', 'Q6_K_L', 6],
    ['org/m-GGUF/m-Q8_0_L.gguf', 'Q8_0_L', 8],
    ['org/m-i1-GGUF/m.i1-IQ2_M.gguf', 'IQ2_M', 2],
    ['org/m-i1-GGUF/m.i1-Q4_K_S.gguf', 'Q4_K_S', 4],
    ['org/m-GGUF/ggml-model-Q4_K_M.gguf', 'Q4_K_M', 4],
    ['org/m-GGUF/ggml-model-f16.gguf', 'F16', 16],
  ])('%s → %s', (input, level, bits) => {
    const { quant } = facts(input);
    expect(quant).toEqual({ format: 'gguf', bits, level });
  });

  test.each([
    // Not GGUF: a float-block width is neither a GGUF level nor bitsandbytes.
    ['nvidia/Qwen3-8B-NVFP4', { format: null, bits: 4, level: null }],
    ['org/Model-MXFP4', { format: null, bits: 4, level: null }],
    // Legacy GGML files stay GGML.
    ['TheBloke/Llama-2-7B-GGML/llama-2-7b.ggmlv3.q4_0.bin', { format: 'ggml', bits: 4, level: 'Q4_0' }],
  ])('%s is not read as a GGUF level', (input, quant) => {
    expect(facts(input).quant).toEqual(quant);
  });

  test('marks are level-wide and not invented', () => {
    expect(findGgufLevel('IQ4_XS_XL')?.bits).toBe(4);
    expect(findGgufLevel('Q4_K_L')?.bpw).toBeGreaterThan(findGgufLevel('Q4_K_M')!.bpw);
    expect(findGgufLevel('Q4_K_XXL')).toBeNull();
    expect(findGgufLevel('F16_L')).toBeNull();
    expect(readGgufFileName('m-UD-Q3_K_XL-00001-of-00002.gguf')?.level?.name).toBe('Q3_K_XL');
  });
});

describe('2. versions written with _ or - for the dot', () => {
  test.each([
    ['org/Llama-3_1-8B', '3.1'],
    ['org/llama3_1-8b-instruct', '3.1'],
    ['meta-llama/Llama-3.1-8B', '3.1'],
    ['Qwen/Qwen3-4B-Instruct-2507', '3'],
    ['org/model-v0-5', 'v0.5'],
    ['microsoft/phi-1_5', '1.5'],
    ['google/t5-v1_1-base', 'v1.1'],
    ['org/Mistral-7B-v0-1', 'v0.1'],
    ['org/qwen2_5-7b-instruct', '2.5'],
    ['Qwen/Qwen1_5-7B-Chat', '1.5'],
  ])('%s → version %s', (input, version) => expect(facts(input).version).toBe(version));

  test.each([
    // A dash after a bare number separates the size, not a decimal.
    ['org/Llama-3-8B', '3'],
    // Release dates and iterations stay what they are.
    ['Qwen/Qwen3-4B-Instruct-2507', '3'],
    ['allenai/OLMo-2-1124-7B', '2'],
    // A size after the underscore is no decimal.
    ['org/gemma2_9b', '2'],
  ])('%s keeps version %s', (input, version) => expect(facts(input).version).toBe(version));
  test.each([
    ['org/model-v0-5', 'v0-5', 'v0.5'],
    ['org/Mistral-7B-v0_3', 'v0_3', 'v0.3'],
  ])('%s: the anatomy shows the whole version %s (%s)', (input, text, meaning) =>
    expect(facts(input).anatomy).toContainEqual({ text, role: 'version', meaning }),
  );
});

describe("3. numbers that are not the model's size", () => {
  test.each([
    ['TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T', 1.1e9],
    ['naver/splade-code-06B', 0.6e9],
  ])('%s → %d parameters', (input, total) => expect(facts(input).params.total).toBe(total));

  test.each([
    // A digit that belongs to the family name is not a version; a size with `_` for the dot is a size.
    ['openai-community/gpt2-medium', null],
  ])('%s has version %s', (input, version) => expect(facts(input).version).toBe(version));
  test('stablelm-2-1_6b: 1_6b is 1.6B', () => expect(facts('stabilityai/stablelm-2-1_6b').params.total).toBe(1.6e9));
  test.each([
    // A training step count after `step` is not StepFun's Step family.
    ['TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T', 'TinyLlama'],
    ['org/Foo-7B-step-2000', null],
    ['org/Foo-checkpoint-step-500', null],
    // Step's own names keep the family: a version or a word follows, not a count.
    ['stepfun-ai/Step-3.5-Flash', 'Step'],
    ['stepfun-ai/Step-2-mini', 'Step'],
    ['stepfun-ai/Step-Audio-TTS-3B', 'Step'],
  ])('%s → family %s', (input, family) => expect(facts(input).family).toBe(family));
  test.each([
    // Context lengths beside a size are the context, not a second size.
    ['org/Llama-3-8B-Instruct-128k', 8.03e9, 131072],
    ['Qwen/Qwen2.5-7B-Instruct-1M', 7.62e9, 1048576],
  ])('%s → %d parameters, context %d', (input, total, context) =>
    expect([facts(input).params.total, facts(input).maxContext]).toEqual([total, context]),
  );
  test.each([
    // When two size-like numbers appear, the anatomy says which is which.
    [
      'TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T',
      {
        '1.1B': '1.1B parameters',
        '3T': "Trained on 3T tokens (not the model's size)",
        '1431k': 'Training checkpoint at step 1431k',
      },
    ],
    ['org/Llama-3-8B-Instruct-128k', { '128k': '128K context' }],
    [
      'EleutherAI/pythia-1.4b-deduped',
      { deduped: 'How it was trained (deduped): checkpoint, text casing or deduplicated data' },
    ],
    ['BAAI/bge-small-en-v1.5', { en: 'Language: en' }],
    ['google/vit-base-patch16-224', { 224: 'Input images of 224×224 pixels' }],
    ['google/paligemma2-3b-pt-896', { 896: 'Input images of 896×896 pixels' }],
    // 512 is also how text models write their sequence length: not read as an image size. A word nothing explains
    // stays the release's own name.
    ['org/bert-base-512', { 512: 'Version 512' }],
    ['org/Zorblax-7B', { Zorblax: 'Name of this release' }],
  ])('%s: the anatomy says what each number and word is', (input, readings: Record<string, string>) => {
    const { anatomy } = facts(input);
    for (const [text, reading] of Object.entries(readings)) {
      const meaning = partMeaning(anatomy.find((part) => part.text === text)!);
      expect(english(meaning.key as Parameters<typeof english>[0], meaning.args)).toBe(reading);
    }
  });
  test('a trillion-parameter name alone is a size', () => {
    expect(facts('org/Foo-1T').params.total).toBe(1e12);
  });
});

describe('4. alignment and merge words in every form', () => {
  test.each([
    ['org/Mistral-7B-merging-slerp', 'merged'],
    ['org/Llama-3-8B-finetuning', 'full'],
  ])('%s → finetune %s', (input, finetune) => expect(facts(input).finetune).toContain(finetune));

  test.each([
    ['org/Llama-3-8B-aligned', null],
    ['org/Llama-3-8B-distillation', 'instruct'],
  ])('%s is not a base model', (input, stage) => {
    expect(facts(input).stage).not.toBe('base');
    expect(facts(input).stage).toBe(stage);
  });

  test('a plain base name stays base', () => expect(facts('meta-llama/Llama-3.1-8B').stage).toBe('base'));
  test.each([
    ['org/Mistral-7B-dpo2', 'alignment', 'dpo'],
    ['org/Llama-3-8B-ORPO-v1', 'alignment', 'orpo'],
    ['org/Qwen2.5-7B-sft3', 'finetune', 'sft'],
    ['org/Llama-3-8B-abliteration', 'purpose', 'abliterated'],
    ['org/Llama-3-8B-uncensor', 'purpose', 'uncensored'],
    ['org/Mistral-7B-roleplaying', 'purpose', 'roleplay'],
  ])('%s → %s %s', (input, field, value) =>
    expect(facts(input)[field as 'alignment' | 'finetune' | 'purpose']).toContain(value),
  );
  test.each([
    // Words that merely contain a method's letters are not the method.
    ['org/Dporto-7B', 'alignment'],
    ['org/Softmax-7B', 'finetune'],
  ])('%s has no %s', (input, field) => expect(facts(input)[field as 'alignment' | 'finetune']).toEqual([]));
});

describe('5. camelCase splits into known pieces only', () => {
  test('capitals a brand spells are not a family abbreviation', () =>
    expect(facts('org/MSAgent-7B').family).toBeNull());
  test('a real compound still splits', () => expect(facts('org/OrpoLlama-3-8B').family).toBe('Llama'));
  test('neighbouring pieces that form a word of ours join (Modern-Col-BERT has ColBERT)', () =>
    expect(facts('lightonai/Reason-ModernColBERT').category).toBe('embedding'));
  test('a stage word with a number glued on, inside a compound (AquilaChat2)', () =>
    expect(facts('BAAI/AquilaChat2-34B-16K').stage).toBe('chat'));
  test('a piece that is no word of ours stays unexplained', () => expect(facts('org/ZorbWidget-7B').family).toBeNull());
});

describe('6. family facts users notice', () => {
  test('Gemma 3n E4B: effective size, not mixture-of-experts active parameters', () => {
    const { params, evidence } = facts('google/gemma-3n-E4B-it');
    expect(params).toEqual({ total: 7.85e9, active: null, experts: null });
    expect(evidence.some((entry) => entry.key === 'evidence_effective_params')).toBe(true);
  });
  test('gpt-oss ships 4-bit MXFP4 weights; a GGUF of it keeps its own level', () => {
    expect(facts('openai/gpt-oss-20b').quant.bits).toBe(4);
    expect(facts('unsloth/gpt-oss-20b-GGUF/gpt-oss-20b-Q8_0.gguf').quant).toEqual({
      format: 'gguf',
      bits: 8,
      level: 'Q8_0',
    });
    expect(facts('meta-llama/Llama-3.1-8B').quant.bits).toBeNull();
  });
  test.each([
    'nvidia/NVIDIA-Nemotron-Nano-9B-v2',
    'microsoft/phi-4',
    'zai-org/GLM-4.5',
    'zai-org/GLM-4.5-Air',
    'moonshotai/Kimi-K2-Instruct',
    // Yi-VL's language model starts from Yi-Chat.
    '01-ai/Yi-VL-34B',
  ])('%s is post-trained', (input) => expect(facts(input).stage).toBe('instruct'));
  test.each(['baidu/ERNIE-4.5-300B-A47B-PT'])('%s: -PT is PyTorch weights, not pretrained', (input) =>
    expect(facts(input).stage).toBe('instruct'),
  );
  test.each([
    'nvidia/NVIDIA-Nemotron-Nano-9B-v2-Base',
    'zai-org/GLM-4.5-Base',
    'baidu/ERNIE-4.5-0.3B-Base-PT',
    'google/gemma-2-9b-pt',
    '01-ai/Yi-34B',
  ])('%s stays base', (input) => expect(facts(input).stage).toBe('base'));
  test.each([
    ['hexgrad/Kokoro-82M', 'StyleTTS 2'],
    ['rhasspy/piper-voices', 'VITS / Piper'],
    ['canopylabs/orpheus-3b-0.1-ft', 'Speech LM TTS'],
    ['google/siglip-so400m-patch14-384', 'SigLIP'],
    ['openai/clip-vit-large-patch14', 'CLIP'],
  ])('%s → family %s', (input, family) => expect(facts(input).family).toBe(family));
  test.each(['XLabs-AI/flux-RealismLora', 'latent-consistency/lcm-lora-sdxl'])(
    '%s is an image-generation adapter',
    (input) => {
      const sheet = facts(input);
      expect(sheet.category).toBe('image-generation');
      expect(sheet.isAdapter).toBe(true);
    },
  );
  test.each(['black-forest-labs/FLUX.1-dev', 'Lykon/dreamshaper-xl-1-0', 'org/FLUX.1-dev-lora-merged'])(
    '%s is an image-generation model, not an adapter',
    (input) => expect(facts(input)).toMatchObject({ category: 'image-generation', isAdapter: false }),
  );
});

describe('7. unfamiliar names: a size alone does not make an LLM when a task word says otherwise', () => {
  test.each([
    ['org/Foo-Image-20B', 'image-generation'],
    ['org/Foo-Video-14B', 'image-generation'],
  ])('%s → likely %s', (input, category) => {
    const sheet = facts(input);
    expect(sheet.category).toBe(category);
    expect(sheet.categoryConfidence).toBeLessThan(0.8);
  });
  test.each([
    ['Qwen/Qwen2.5-VL-7B-Instruct', 'vlm'],
    ['lmms-lab/LLaVA-Video-7B-Qwen2', 'vlm'],
    ['org/Foo-20B', 'llm'],
  ])('%s stays %s', (input, category) => expect(facts(input).category).toBe(category));
  test.each([
    ['XLabs-AI/flux-lora-collection', 'image-generation'],
    ['Shakker-Labs/AWPortrait-FL', 'image-generation'],
    ['myshell-ai/OpenVoiceV2', 'speech'],
    ['canopylabs/3b-es_it-ft-research_release', 'speech'],
    ['Mihaiii/Bulbasaur', 'embedding'],
    ['sdadas/mmlw-roberta-base', 'embedding'],
  ])('%s: its organisation publishes mainly one kind → %s', (input, category) =>
    expect(facts(input).category).toBe(category),
  );
  test.each([
    // A model word beats a mixed lab's hint: BAAI publishes embedders and language models.
    ['BAAI/Aquila-7B', 'llm'],
    ['sdadas/polish-gpt2-medium', 'llm'],
  ])('%s stays %s', (input, category) => expect(facts(input).category).toBe(category));
});

describe('8. sizes of well-known releases whose names carry none', () => {
  test.each([
    ['microsoft/phi-4', 14.7e9, null],
    ['moonshotai/Kimi-K2-Instruct', 1.04e12, 32e9],
    ['zai-org/GLM-4.5-Air', 106e9, 12e9],
    ['mistralai/Devstral-Small-2505', 23.6e9, null],
    ['black-forest-labs/FLUX.1-dev', 12e9, null],
    ['stabilityai/stable-diffusion-xl-base-1.0', 2.57e9, null],
    ['MiniMaxAI/MiniMax-M2', 230e9, 10e9],
    ['sentence-transformers/all-MiniLM-L6-v2', 22.7e6, null],
    ['Snowflake/snowflake-arctic-embed-m-v2.0', 305e6, null],
    ['BAAI/bge-small-en-v1.5', 33.4e6, null],
  ])('%s → %d (active %s)', (input, total, active) => {
    const { params } = facts(input);
    expect(params.total).toBe(total);
    expect(params.active).toBe(active);
  });
  test.each([
    // Language models
    ['CohereForAI/c4ai-command-r-plus', 104e9],
    ['mistralai/Mistral-Large-Instruct-2411', 123e9],
    // Image and video generation: the denoiser
    ['stabilityai/stable-diffusion-3.5-large', 8.1e9],
    ['stabilityai/stable-diffusion-3.5-large-turbo', 8.1e9],
    ['stabilityai/stable-diffusion-3.5-medium', 2.5e9],
    ['stabilityai/stable-diffusion-3-medium', 2e9],
    ['black-forest-labs/FLUX.1-Kontext-dev', 12e9],
    ['Qwen/Qwen-Image', 20e9],
    ['tencent/HunyuanVideo', 13e9],
    // Vision-language, vision and audio (an input image size in the name leaves the size as it is)
    ['microsoft/Florence-2-large', 0.77e9],
    ['google/siglip-so400m-patch14-384', 878e6],
    ['facebook/musicgen-small', 300e6],
    ['facebook/seamless-m4t-v2-large', 2.3e9],
  ])('%s is a dense release of %d parameters', (input, total) =>
    expect(facts(input).params).toMatchObject({ total, active: null }),
  );
  test.each([
    // Fine-tunes and relatives with other words keep no size from the table.
    'someone/phi-4-roleplay-merge',
    'BAAI/BGE-VL-large',
    'cointegrated/LaBSE-en-ru',
    'Snowflake/snowflake-arctic-embed-m-long',
    'someone/stable-diffusion-3.5-large-anime-lora',
    'tencent/HunyuanVideo-1.5',
    // Other releases of the same families: Command R 08-2024 is 32B, MiniMax-M1 456B, Qwen-Image-Edit its own.
    'CohereLabs/c4ai-command-r-08-2024',
    'MiniMaxAI/MiniMax-M1-80k',
    'someone/Qwen-Image-Lora',
    'someone/Florence-2-large-PromptGen',
    'facebook/seamless-m4t-large',
  ])('%s takes no release size', (input) => {
    const { params } = facts(input);
    expect(
      params.total === null ||
        !facts(input).evidence.some((entry) => entry.field === 'params' && entry.key === 'evidence_family_size'),
    ).toBe(true);
  });
});
