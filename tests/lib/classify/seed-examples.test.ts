import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { estimateMemory } from '../../../lib/estimate/memory';
import { findGgufLevel } from '../../../lib/knowledge/gguf-levels';
import type { Facts } from '../../../lib/facts/schema';

// Every example in the seed's tables (shared/seed/ai-model-suffixes.md) classifies as the seed says.

function facts(input: string): Facts {
  const result = classify(input);
  if (isClassifyError(result)) throw new Error(`${input}: ${result.error}`);
  return result;
}

describe('§1 training stage suffixes', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B', 'base'],
    ['Qwen/Qwen2.5-7B-Base', 'base'],
    ['meta-llama/Llama-3.1-8B-Instruct', 'instruct'],
    ['Qwen/Qwen2-7B-Chat', 'chat'],
    ['google/gemma-2-9b-it', 'instruct'],
    ['tiiuae/falcon-7b-hf', 'base'],
  ])('%s → %s', (input, stage) => {
    expect(facts(input).stage).toBe(stage);
  });

  test('-hf is the Transformers format, read as a format part', () => {
    expect(facts('tiiuae/falcon-7b-hf').anatomy.find((part) => part.text === 'hf')?.role).toBe('format');
  });
});

describe('§2 alignment suffixes', () => {
  test.each([
    ['Llama-2-7b-chat-RLHF', 'rlhf'],
    ['NousResearch/Hermes-2-Pro-Llama-3-8B-DPO', 'dpo'],
    ['mlabonne/OrpoLlama-3-8B', 'orpo'],
    ['model-kto', 'kto'],
    ['model-ppo', 'ppo'],
    ['model-simpo', 'simpo'],
  ])('%s → %s', (input, alignment) => {
    expect(facts(input).alignment).toContain(alignment);
  });

  test('Llama-2-7b-chat-RLHF is also a chat model', () => {
    expect(facts('Llama-2-7b-chat-RLHF').stage).toBe('chat');
  });
});

describe('§3 fine-tuning method suffixes', () => {
  test.each([
    ['model-7B-SFT', ['sft']],
    ['model-7B-LoRA', ['lora']],
    ['model-7B-QLoRA', ['qlora']],
    ['model-7B-LoRA-merged', ['lora', 'merged']],
    ['model-7B-FT', ['full']],
    ['model-7B-adapter', ['adapter']],
  ])('%s → %j', (input, methods) => {
    expect(facts(input).finetune).toEqual(methods);
  });

  test('a LoRA repo is adapter weights; a merged one is not', () => {
    expect(facts('model-7B-LoRA').isAdapter).toBe(true);
    expect(facts('model-7B-LoRA-merged').isAdapter).toBe(false);
  });
});

describe('§4 quantization suffixes', () => {
  test.each([
    ['model-fp32', 'fp32', 32, null],
    ['model-fp16', 'fp16', 16, null],
    ['model-bf16', 'bf16', 16, null],
    ['model-int8', 'int8', 8, null],
    ['model-int4', 'int4', 4, null],
    ['TheBloke/Llama-2-7B-GPTQ', 'gptq', null, null],
    ['TheBloke/Llama-2-7B-AWQ', 'awq', 4, null],
    ['model-Q4_K_M.gguf', 'gguf', 4, 'Q4_K_M'],
    ['model-EXL2', 'exl2', null, null],
    ['model-bnb-4bit', 'bnb', 4, null],
  ])('%s → %s, %s bits, level %s', (input, format, bits, level) => {
    expect(facts(input).quant).toEqual({ format, bits, level });
  });

  // The seed's GGUF table: bits, quality, and approximate size of a 7B model (GiB, within 10%).
  test.each([
    ['Q2_K', 2, 'low', 2.8, 2.8],
    ['Q3_K_S', 3, 'fair', 3.2, 3.8],
    ['Q3_K_M', 3, 'fair', 3.2, 3.8],
    ['Q3_K_L', 3, 'fair', 3.2, 3.8],
    ['Q4_0', 4, 'good', 3.8, 3.8],
    ['Q4_K_S', 4, 'better', 3.8, 4.1],
    ['Q4_K_M', 4, 'better', 3.8, 4.1],
    ['Q5_0', 5, 'very-good', 4.6, 4.6],
    ['Q5_K_S', 5, 'very-good-plus', 4.6, 4.8],
    ['Q5_K_M', 5, 'very-good-plus', 4.6, 4.8],
    ['Q6_K', 6, 'excellent', 5.5, 5.5],
    ['Q8_0', 8, 'near-perfect', 7.2, 7.2],
    ['F16', 16, 'original', 14, 14],
  ])('GGUF %s: %i-bit, %s, ~%s–%s GB for 7B', (level, bits, quality, low, high) => {
    const found = findGgufLevel(level)!;
    expect(found.bits).toBe(bits);
    expect(found.quality).toBe(quality);
    const sheet = facts(`model-7B-${level}.gguf`);
    expect(sheet.quant).toMatchObject({ format: 'gguf', level });
    const gib = estimateMemory(sheet)!.weightsBytes / 2 ** 30;
    expect(gib).toBeGreaterThanOrEqual(low * 0.9);
    expect(gib).toBeLessThanOrEqual(high * 1.1);
  });
});

describe('§5 model size suffixes', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B', 8.03e9],
    ['Qwen/Qwen2.5-0.5B', 0.49e9],
    ['Qwen2.5-1.5B', 1.54e9],
    ['meta-llama/Llama-2-13B', 13e9],
    ['01-ai/Yi-34B', 34e9],
    ['meta-llama/Llama-3.1-70B', 70.6e9],
    ['meta-llama/Llama-3.1-405B', 406e9],
    ['HuggingFaceTB/SmolLM-135M', 135e6],
    ['TinyLlama/TinyLlama-1.1B-Chat-v1.0', 1.1e9],
  ])('%s has %d parameters', (input, total) => {
    expect(facts(input).params.total).toBeCloseTo(total, -7);
  });

  test('Mixtral-8x7B is a MoE of 46.7B total, 12.9B active, not 56B', () => {
    expect(facts('mistralai/Mixtral-8x7B-v0.1').params).toEqual({ total: 46.7e9, active: 12.9e9, experts: 8 });
  });
  test('Mixtral-8x22B is 141B total, 39B active', () => {
    expect(facts('mistralai/Mixtral-8x22B-Instruct-v0.1').params).toEqual({ total: 141e9, active: 39e9, experts: 8 });
  });
  test('-A14B says the active parameters of a MoE', () => {
    expect(facts('Qwen2.5-A14B').params.active).toBe(14e9);
    expect(facts('qwen2.5-a14b').params.active).toBe(14e9);
  });
  test('30B-A3B is total and active', () => {
    expect(facts('Qwen/Qwen3-30B-A3B').params).toMatchObject({ total: 30e9, active: 3e9 });
  });
});

describe('§6 vision / multimodal suffixes', () => {
  test.each([
    ['Qwen/Qwen2-VL-7B-Instruct', 'vl', 'vlm'],
    ['model-Vision', 'vision', 'vlm'],
    ['liuhaotian/llava-v1.6-mistral-7b', 'llava', 'vlm'],
    ['model-MM', 'mm', 'multimodal'],
    ['model-Omni', 'omni', 'multimodal'],
  ])('%s → %s (%s)', (input, modality, category) => {
    const sheet = facts(input);
    expect(sheet.modality).toContain(modality);
    expect(sheet.category).toBe(category);
  });
});

describe('§7 special purpose suffixes', () => {
  test.each([
    ['Qwen2.5-Coder-7B', 'code'],
    ['Qwen2.5-Math-7B', 'math'],
    ['model-Med', 'medical'],
    ['model-Medical', 'medical'],
    ['model-Legal', 'legal'],
    ['model-Finance', 'finance'],
    ['model-RP', 'roleplay'],
    ['model-Uncensored', 'uncensored'],
    ['model-abliterated', 'abliterated'],
    ['model-Turbo', 'turbo'],
    ['Phi-3-mini', 'small'],
    ['model-Nano', 'small'],
    ['Gemma-2-Pro', 'enhanced'],
    ['model-Plus', 'enhanced'],
    ['model-Preview', 'preview'],
    ['model-Long', 'long-context'],
  ])('%s → %s', (input, purpose) => {
    expect(facts(input).purpose).toContain(purpose);
  });
});

describe('§8 version suffixes', () => {
  test.each([
    ['liuhaotian/llava-v1.6-mistral-7b', 'v1.6'],
    ['meta-llama/Llama-3.1-8B', '3.1'],
    ['Qwen/Qwen2.5-7B', '2.5'],
    ['model-v1', 'v1'],
    ['model-v1.5', 'v1.5'],
    ['model-20250201', '20250201'],
  ])('%s → version %s', (input, version) => {
    expect(facts(input).version).toBe(version);
  });
});

describe("model name anatomy (the seed's five diagrams)", () => {
  const roles = (input: string) => facts(input).anatomy.map((part) => [part.text, part.role]);
  test('meta-llama/Llama-3.1-8B-Instruct', () => {
    expect(roles('meta-llama/Llama-3.1-8B-Instruct')).toEqual([
      ['meta-llama', 'org'],
      ['Llama-3.1', 'family'],
      ['8B', 'size'],
      ['Instruct', 'stage'],
    ]);
  });
  test('TheBloke/Llama-2-13B-Chat-GPTQ', () => {
    expect(roles('TheBloke/Llama-2-13B-Chat-GPTQ')).toEqual([
      ['TheBloke', 'org'],
      ['Llama-2', 'family'],
      ['13B', 'size'],
      ['Chat', 'stage'],
      ['GPTQ', 'quant'],
    ]);
  });
  test('Qwen/Qwen2.5-72B-Instruct-AWQ', () => {
    expect(roles('Qwen/Qwen2.5-72B-Instruct-AWQ')).toEqual([
      ['Qwen', 'org'],
      ['Qwen2.5', 'family'],
      ['72B', 'size'],
      ['Instruct', 'stage'],
      ['AWQ', 'quant'],
    ]);
  });
  test('NousResearch/Hermes-2-Pro-Llama-3-8B-DPO: fine-tune name, base model, size, alignment', () => {
    expect(roles('NousResearch/Hermes-2-Pro-Llama-3-8B-DPO')).toEqual([
      ['NousResearch', 'org'],
      ['Hermes-2', 'family'],
      ['Pro', 'purpose'],
      ['Llama-3', 'family'],
      ['8B', 'size'],
      ['DPO', 'alignment'],
    ]);
    expect(facts('NousResearch/Hermes-2-Pro-Llama-3-8B-DPO').family).toBe('Llama');
  });
  test('liuhaotian/llava-v1.6-mistral-7b-hf: VLM v1.6, LLM backbone, size, HF format', () => {
    expect(roles('liuhaotian/llava-v1.6-mistral-7b-hf')).toEqual([
      ['liuhaotian', 'org'],
      ['llava-v1.6', 'family'],
      ['mistral', 'family'],
      ['7b', 'size'],
      ['hf', 'format'],
    ]);
    expect(facts('liuhaotian/llava-v1.6-mistral-7b-hf')).toMatchObject({
      family: 'LLaVA',
      version: 'v1.6',
      category: 'vlm',
    });
  });
});

describe('model families of the seed', () => {
  test.each([
    ['meta-llama/Llama-3.2-3B', 'llm', 'Llama'],
    ['Qwen/Qwen2.5-14B', 'llm', 'Qwen'],
    ['mistralai/Mistral-7B-v0.1', 'llm', 'Mistral'],
    ['mistralai/Mixtral-8x22B-v0.1', 'llm', 'Mixtral'],
    ['google/gemma-2-27b', 'llm', 'Gemma'],
    ['microsoft/Phi-3-mini-4k-instruct', 'llm', 'Phi'],
    ['microsoft/phi-4', 'llm', 'Phi'],
    ['01-ai/Yi-34B', 'llm', 'Yi'],
    ['deepseek-ai/DeepSeek-V3', 'llm', 'DeepSeek'],
    ['CohereForAI/c4ai-command-r-plus', 'llm', 'Command R'],
    ['allenai/OLMo-7B', 'llm', 'OLMo'],
    ['tiiuae/falcon-40b', 'llm', 'Falcon'],
    ['internlm/internlm2_5-7b-chat', 'llm', 'InternLM'],
    ['bigcode/starcoder2-15b', 'llm', 'StarCoder'],
    ['llava-hf/llava-v1.6-mistral-7b-hf', 'vlm', 'LLaVA'],
    ['Qwen/Qwen2-VL-72B-Instruct', 'vlm', 'Qwen'],
    ['OpenGVLab/InternVL2_5-8B', 'vlm', 'InternVL'],
    ['meta-llama/Llama-3.2-11B-Vision-Instruct', 'vlm', 'Llama'],
    ['microsoft/Phi-3-vision-128k-instruct', 'vlm', 'Phi'],
    ['deepseek-ai/deepseek-vl2', 'vlm', 'DeepSeek-VL'],
    ['THUDM/cogvlm2-llama3-chat-19B', 'vlm', 'CogVLM'],
    ['HuggingFaceM4/Idefics3-8B-Llama3', 'vlm', 'Idefics'],
    ['openbmb/MiniCPM-V-2_6', 'vlm', 'MiniCPM-V'],
    ['mistralai/Pixtral-12B-2409', 'vlm', 'Pixtral'],
    ['openai/whisper-large-v3', 'speech', 'Whisper'],
    ['facebook/seamless-m4t-v2-large', 'speech', 'SeamlessM4T'],
    ['suno/bark', 'speech', 'Bark'],
    ['coqui/XTTS-v2', 'speech', 'XTTS'],
    ['facebook/wav2vec2-base-960h', 'speech', 'Wav2Vec 2.0'],
    ['Qwen/Qwen2-Audio-7B-Instruct', 'speech', null],
    ['SWivid/F5-TTS', 'speech', 'F5-TTS'],
    ['parler-tts/parler-tts-mini-v1', 'speech', 'Parler-TTS'],
    ['facebook/musicgen-small', 'speech', 'MusicGen / AudioGen'],
    ['stabilityai/stable-diffusion-xl-base-1.0', 'image-generation', 'Stable Diffusion'],
    ['stabilityai/stable-diffusion-3-medium', 'image-generation', 'Stable Diffusion'],
    ['black-forest-labs/FLUX.1-dev', 'image-generation', 'FLUX'],
    ['timbrooks/instruct-pix2pix', 'image-generation', 'DiT image models'],
    ['facebook/sam2-hiera-large', 'vision', 'SAM'],
    ['Ultralytics/YOLOv8', 'vision', 'YOLO'],
    ['facebook/dinov2-base', 'vision', 'DINO'],
    ['google/vit-base-patch16-224', 'vision', 'ViT'],
    ['depth-anything/Depth-Anything-V2-Small-hf', 'vision', 'Depth'],
    ['PekingU/rtdetr_r50vd', 'vision', 'DETR'],
    ['facebook/detr-resnet-50', 'vision', 'DETR'],
    ['facebook/mask2former-swin-large-coco-panoptic', 'vision', 'Segmenters'],
    ['BAAI/bge-m3', 'embedding', 'BGE'],
    ['intfloat/e5-mistral-7b-instruct', 'embedding', 'E5'],
    ['Alibaba-NLP/gte-Qwen2-7B-instruct', 'embedding', 'GTE'],
    ['nomic-ai/nomic-embed-text-v1.5', 'embedding', 'Nomic Embed'],
    ['jinaai/jina-embeddings-v3', 'embedding', 'Jina Embeddings'],
    ['Snowflake/snowflake-arctic-embed-l', 'embedding', 'Snowflake Arctic Embed'],
  ])('%s → %s (%s)', (input, category, family) => {
    const sheet = facts(input);
    expect(sheet.category).toBe(category);
    if (family) expect(sheet.family).toBe(family);
  });

  test('DeepSeek V3 is a 671B MoE', () => {
    expect(facts('deepseek-ai/DeepSeek-V3').params).toMatchObject({ total: 671e9, active: 37e9 });
  });
});
