import type { FamilyDef } from './family-types';
import { STRENGTH } from './strengths';

// Model families: the seed's family tables (LLM, VLM, speech, vision, embedding, diffusion) and the families the Hub's
// naming makes recognisable. Rules about families, never lists of repos. Parameter counts are the model cards'
// figures (safetensors totals) where the size label misleads by more than a few percent.
const B = 1e9;
const M = 1e6;
const SEED_LLM = 'seed: Open-Source LLM Families';
const SEED_VLM = 'seed: Open-Source VLMs';
const SEED_SPEECH = 'seed: Key Speech/Audio Models';
const SEED_VISION = 'seed: Key Vision Models';
const SEED_EMB = 'seed: Embedding Models';
const CARD = 'model card';

/** Ultralytics / YOLO checkpoints: yolov8, yolov8n … yolov8x, yolo11m (generation, then an optional size letter). */
const YOLO_MODEL_KEYS: readonly string[] = ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '26'].flatMap((generation) =>
  ['', 'n', 's', 'm', 'l', 'x'].flatMap((size) => [`yolov${generation}${size}`, `yolo${generation}${size}`]));

export const LLM_FAMILIES: readonly FamilyDef[] = [
  {
    name: 'Llama', keys: ['llama', 'llama2', 'llama3'], shorthands: [{ prefix: 'l', minVersion: 1, maxVersion: 3.9 }], category: 'llm', task: 'text-generation',
    noSuffixStage: 'base', architecture: 'LlamaForCausalLM', source: `${SEED_LLM} (LLaMA); Meta model cards for each version; L3.x is the community shorthand`,
    sizesHoldForDerivatives: true,
    sizes: {
      '1b': { total: 1.24 * B }, '3b': { total: 3.21 * B }, '8b': { total: 8.03 * B }, '11b': { total: 10.7 * B }, '70b': { total: 70.6 * B },
      '90b': { total: 88.6 * B }, '405b': { total: 406 * B },
      '17b-16e': { total: 109 * B, active: 17 * B, experts: 16 }, '17b-128e': { total: 400 * B, active: 17 * B, experts: 128 },
    },
    variants: [
      { when: { minVersion: 3.2, maxVersion: 3.2, tokens: ['vision'] }, architecture: 'MllamaForConditionalGeneration' },
      { when: { minVersion: 4, maxVersion: 4.99 }, category: 'vlm', task: 'image-text-to-text', architecture: 'Llama4ForConditionalGeneration' },
    ],
  },
  { name: 'Code Llama', keys: ['codellama'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', purpose: ['code'], architecture: 'LlamaForCausalLM', source: 'seed: Axolotl table (CodeLlama)' },
  { name: 'TinyLlama', keys: ['tinyllama'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'LlamaForCausalLM', sizes: { '1.1b': { total: 1.1 * B } }, source: CARD },
  { name: 'OpenLLaMA', keys: ['open-llama', 'openllama'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'LlamaForCausalLM', source: CARD },
  {
    name: 'Qwen', keys: ['qwen', 'qwopus'], shorthands: [{ prefix: 'q', minVersion: 2, maxVersion: 3.99 }], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'Qwen2ForCausalLM',
    source: `${SEED_LLM} (Qwen 2.5); Qwen3 ships post-trained by default (base models say -Base), as did Qwen2.5-Omni (no base release); Qwen3.5 on are natively multimodal`,
    sizesHoldForDerivatives: true,
    sizes: { 'a2.7b': { total: 14.3 * B, active: 2.7 * B }, '0.5b': { total: 0.49 * B }, '1.5b': { total: 1.54 * B }, '7b': { total: 7.62 * B } },
    variants: [
      { when: { maxVersion: 1.99 }, architecture: 'Qwen2ForCausalLM' },
      { when: { minVersion: 3, maxVersion: 3.49 }, noSuffixStage: 'instruct', architecture: 'Qwen3ForCausalLM' },
      { when: { minVersion: 3.5 }, noSuffixStage: 'instruct', category: 'vlm', task: 'image-text-to-text', architecture: 'Qwen3_5ForConditionalGeneration' },
      { when: { minVersion: 2, maxVersion: 2.49, tokens: ['vl'] }, architecture: 'Qwen2VLForConditionalGeneration' },
      { when: { minVersion: 2.5, maxVersion: 2.99, tokens: ['vl'] }, architecture: 'Qwen2_5_VLForConditionalGeneration' },
      { when: { minVersion: 3, maxVersion: 3.49, tokens: ['vl'] }, architecture: 'Qwen3VLForConditionalGeneration' },
      { when: { minVersion: 2, maxVersion: 2.99, tokens: ['audio'] }, architecture: 'Qwen2AudioForConditionalGeneration' },
      { when: { minVersion: 2.5, maxVersion: 2.99, tokens: ['omni'] }, noSuffixStage: 'instruct', architecture: 'Qwen2_5OmniForConditionalGeneration' },
      // Mixture-of-experts releases (30B-A3B, 57B-A14B, MoE-A2.7B) have their own classes.
      { when: { minVersion: 1.5, maxVersion: 2.99, moe: true }, architecture: 'Qwen2MoeForCausalLM' },
      { when: { minVersion: 3, maxVersion: 3.49, moe: true }, architecture: 'Qwen3MoeForCausalLM' },
      { when: { minVersion: 3, maxVersion: 3.49, moe: true, tokens: ['vl'] }, architecture: 'Qwen3VLMoeForConditionalGeneration' },
      { when: { minVersion: 3, maxVersion: 3.49, tokens: ['omni'] }, category: 'multimodal', task: 'any-to-any', architecture: 'Qwen3OmniMoeForConditionalGeneration' },
      { when: { minVersion: 3, maxVersion: 3.49, tokens: ['next'] }, architecture: 'Qwen3NextForCausalLM' },
      { when: { minVersion: 3.5, moe: true }, architecture: 'Qwen3_5MoeForConditionalGeneration' },
    ],
  },
  { name: 'QwQ', keys: ['qwq'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'Qwen2ForCausalLM', source: 'Qwen QwQ reasoning models' },
  {
    name: 'Mistral', keys: ['mistral', 'mn', 'ms'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'MistralForCausalLM',
    source: `${SEED_LLM} (Mistral / Mixtral); MN = Mistral-Nemo, MS = Mistral-Small in community names`,
  },
  {
    name: 'Mistral Small', keys: ['mistral-small'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'MistralForCausalLM', source: 'Mistral AI model cards: Small 3.1 and later read images',
    variants: [{ when: { minVersion: 3.1 }, category: 'vlm', task: 'image-text-to-text', architecture: 'Mistral3ForConditionalGeneration' }],
  },
  { name: 'Mistral Large', keys: ['mistral-large'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'MistralForCausalLM', source: CARD, variants: [{ when: { minVersion: 3 }, category: 'vlm', task: 'image-text-to-text' }] },
  { name: 'Mistral NeMo', keys: ['mistral-nemo'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'MistralForCausalLM', sizes: { '12b': { total: 12.2 * B } }, source: CARD },
  {
    name: 'Mixtral', keys: ['mixtral'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'MixtralForCausalLM', source: `${SEED_LLM} (Mixtral 8x7B, 8x22B); Mistral AI model cards`,
    sizesHoldForDerivatives: true,
    sizes: { '8x7b': { total: 46.7 * B, active: 12.9 * B, experts: 8 }, '8x22b': { total: 141 * B, active: 39 * B, experts: 8 } },
  },
  { name: 'Ministral', keys: ['ministral'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'MistralForCausalLM', source: CARD, variants: [{ when: { minVersion: 3 }, category: 'vlm', task: 'image-text-to-text', architecture: 'Mistral3ForConditionalGeneration', noSuffixStage: null }] },
  { name: 'Codestral', keys: ['codestral'], category: 'llm', task: 'text-generation', stage: 'instruct', purpose: ['code'], architecture: 'MistralForCausalLM', source: CARD },
  { name: 'Devstral', keys: ['devstral'], category: 'llm', task: 'text-generation', stage: 'instruct', purpose: ['code'], architecture: 'MistralForCausalLM', source: CARD },
  { name: 'Mathstral', keys: ['mathstral'], category: 'llm', task: 'text-generation', stage: 'instruct', purpose: ['math'], architecture: 'MistralForCausalLM', source: CARD },
  { name: 'Magistral', keys: ['magistral'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'MistralForCausalLM', source: CARD, variants: [{ when: { minVersion: 2509 }, category: 'vlm', task: 'image-text-to-text' }] },
  {
    name: 'Gemma', keys: ['gemma', 'google-gemma'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GemmaForCausalLM',
    source: `${SEED_LLM} (Gemma 2); Google model cards: Gemma 3 from 4B up and Gemma 4 read images, Gemma 4 E2B/E4B also audio`,
    sizesHoldForDerivatives: true,
    sizes: { '2b': { total: 2.61 * B }, '7b': { total: 8.54 * B }, '9b': { total: 9.24 * B } },
    variants: [
      { when: { minVersion: 2, maxVersion: 2.99 }, architecture: 'Gemma2ForCausalLM' },
      { when: { minVersion: 2, maxVersion: 2.99, sizes: ['2b'] }, architecture: 'Gemma2ForCausalLM' },
      { when: { minVersion: 3, maxVersion: 3.99, minBillions: 3 }, category: 'vlm', task: 'image-text-to-text', architecture: 'Gemma3ForConditionalGeneration' },
      { when: { minVersion: 3, maxVersion: 3.99, maxBillions: 2.99 }, architecture: 'Gemma3ForCausalLM' },
      { when: { minVersion: 4, maxVersion: 4.99 }, category: 'vlm', task: 'image-text-to-text', architecture: 'Gemma4ForConditionalGeneration' },
      { when: { minVersion: 4, maxVersion: 4.99, sizes: ['e2b', 'e4b'] }, category: 'multimodal', task: 'any-to-any', architecture: 'Gemma4ForConditionalGeneration' },
    ],
  },
  { name: 'Gemma 3n', keys: ['gemma-3n', 'gemma3n'], category: 'multimodal', task: 'any-to-any', noSuffixStage: 'base', architecture: 'Gemma3nForConditionalGeneration', sizes: { e2b: { total: 5.44 * B }, e4b: { total: 7.85 * B } }, source: 'Google Gemma 3n model card (text, image, audio in; E2B/E4B are effective sizes: per-layer embeddings stay off the accelerator; not a mixture of experts)' },
  { name: 'CodeGemma', keys: ['codegemma'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', purpose: ['code'], architecture: 'GemmaForCausalLM', sizesHoldForDerivatives: true, sizes: { '2b': { total: 2.51 * B }, '7b': { total: 8.54 * B } }, source: 'CodeGemma model cards (Gemma 2B / 7B bases)' },
  { name: 'RecurrentGemma', keys: ['recurrentgemma'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'RecurrentGemmaForCausalLM', sizes: { '2b': { total: 2.68 * B }, '9b': { total: 8.58 * B } }, source: 'RecurrentGemma (Griffin) model cards' },
  { name: 'MedGemma', keys: ['medgemma'], category: 'vlm', task: 'image-text-to-text', purpose: ['medical'], architecture: 'Gemma3ForConditionalGeneration', source: 'Google MedGemma card (-text- variants are text only)', variants: [{ when: { tokens: ['text'] }, category: 'llm', task: 'text-generation', architecture: 'Gemma3ForCausalLM' }] },
  { name: 'Gemma (function calling)', keys: ['functiongemma', 'vaultgemma', 'shieldgemma'], category: 'llm', task: 'text-generation', architecture: 'Gemma3ForCausalLM', source: CARD },
  {
    name: 'Phi', keys: ['phi', 'phi-msft'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'Phi3ForCausalLM', source: `${SEED_LLM} (Phi-3 / Phi-4); Microsoft model cards`,
    sizesHoldForDerivatives: true,
    sizes: { mini: { total: 3.82 * B }, small: { total: 7.39 * B }, medium: { total: 14 * B }, moe: { total: 41.9 * B, active: 6.6 * B, experts: 16 } },
    variants: [
      { when: { maxVersion: 2.99 }, architecture: 'PhiForCausalLM' },
      { when: { minVersion: 3, maxVersion: 3.99, tokens: ['vision'] }, architecture: 'Phi3VForCausalLM' },
      { when: { minVersion: 3 }, noSuffixStage: 'instruct' },
      { when: { minVersion: 4 }, noSuffixStage: 'instruct' },
    ],
  },
  { name: 'Yi', keys: ['yi', '01-ai'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'LlamaForCausalLM', source: SEED_LLM },
  {
    name: 'DeepSeek', keys: ['deepseek', 'deepseek-llm', 'deepseek-moe'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'DeepseekV3ForCausalLM',
    source: `${SEED_LLM} (DeepSeek V3: 671B MoE); DeepSeek model cards`, sizesHoldForDerivatives: true,
    sizes: { v3: { total: 671 * B, active: 37 * B }, r1: { total: 671 * B, active: 37 * B }, 'v2-lite': { total: 15.7 * B, active: 2.4 * B }, v2: { total: 236 * B, active: 21 * B }, '16b': { total: 16.4 * B, active: 2.8 * B } },
    variants: [
      { when: { maxVersion: 2.49 }, architecture: 'DeepseekV2ForCausalLM' },
      { when: { minVersion: 2.5 }, noSuffixStage: 'instruct' },
    ],
  },
  { name: 'DeepSeek-R1', keys: ['deepseek-r1'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'DeepseekV3ForCausalLM', sizes: { r1: { total: 671 * B, active: 37 * B } }, source: CARD },
  { name: 'DeepSeek-Coder', keys: ['deepseek-coder'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', purpose: ['code'], architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'Command R', keys: ['command-r', 'command-r7b', 'command-r-plus', 'command-a', 'c4ai', 'command'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'CohereForCausalLM', source: `${SEED_LLM} (Command R+)` },
  { name: 'Aya', keys: ['aya'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'CohereForCausalLM', source: CARD, variants: [] },
  { name: 'OLMo', keys: ['olmo'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'OlmoForCausalLM', source: SEED_LLM, variants: [{ when: { minVersion: 2 }, architecture: 'Olmo2ForCausalLM' }] },
  { name: 'OLMoE', keys: ['olmoe'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'OlmoeForCausalLM', sizes: { '1b-7b': { total: 6.9 * B, active: 1.3 * B } }, source: CARD },
  { name: 'Falcon', keys: ['falcon', 'tiiuae'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'FalconForCausalLM', source: SEED_LLM, variants: [{ when: { minVersion: 3 }, architecture: 'LlamaForCausalLM' }] },
  { name: 'Falcon Mamba', keys: ['falcon-mamba'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'FalconMambaForCausalLM', source: CARD },
  { name: 'Falcon-H1', keys: ['falcon-h1'], category: 'llm', task: 'text-generation', architecture: 'FalconH1ForCausalLM', source: CARD },
  { name: 'InternLM', keys: ['internlm'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'InternLM2ForCausalLM', source: `${SEED_LLM} (InternLM 2.5)`, variants: [{ when: { minVersion: 3 }, architecture: 'InternLM3ForCausalLM' }] },
  { name: 'StarCoder', keys: ['starcoder', 'starcoderbase', 'santacoder'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', purpose: ['code'], architecture: 'GPTBigCodeForCausalLM', source: `${SEED_LLM} (StarCoder 2)`, variants: [{ when: { minVersion: 2 }, architecture: 'Starcoder2ForCausalLM' }] },
  { name: 'GPT-2', keys: ['gpt2', 'distilgpt2', 'dialogpt'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GPT2LMHeadModel', sizes: { medium: { total: 355 * M }, large: { total: 774 * M }, xl: { total: 1.56 * B } }, source: 'seed: Axolotl table (GPT2LMHeadModel)' },
  { name: 'GPT-J', keys: ['gpt-j', 'gptj'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GPTJForCausalLM', source: CARD },
  { name: 'GPT-Neo', keys: ['gpt-neo'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GPTNeoForCausalLM', source: CARD },
  { name: 'GPT-NeoX', keys: ['gpt-neox'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GPTNeoXForCausalLM', source: 'seed: Axolotl table (GPTNeoXForCausalLM)' },
  { name: 'Pythia', keys: ['pythia'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GPTNeoXForCausalLM', source: 'seed: Axolotl table (Pythia)' },
  { name: 'RedPajama', keys: ['redpajama'], category: 'llm', task: 'text-generation', architecture: 'GPTNeoXForCausalLM', source: 'seed: Axolotl table (RedPajama)' },
  { name: 'gpt-oss', keys: ['gpt-oss'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'GptOssForCausalLM', quant: { bits: 4, name: 'MXFP4' }, sizes: { '20b': { total: 21 * B, active: 3.6 * B }, '120b': { total: 117 * B, active: 5.1 * B } }, source: 'OpenAI gpt-oss model card (MoE weights quantized to MXFP4 in the release)' },
  { name: 'OPT', keys: ['opt'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'OPTForCausalLM', source: CARD },
  { name: 'BLOOM', keys: ['bloom'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'BloomForCausalLM', source: CARD },
  { name: 'BLOOMZ', keys: ['bloomz'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'BloomForCausalLM', source: 'BigScience BLOOMZ model cards: BLOOM fine-tuned on the xP3 instruction mixture' },
  { name: 'MPT', keys: ['mpt'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'MPTForCausalLM', source: 'seed: Axolotl table (MPT)' },
  { name: 'StableLM', keys: ['stablelm'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'StableLmForCausalLM', source: 'seed: Axolotl table (StableLM 2)' },
  { name: 'Baichuan', keys: ['baichuan'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'BaichuanForCausalLM', source: CARD },
  { name: 'Aquila', keys: ['aquila'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'AquilaForCausalLM', source: CARD },
  { name: 'ChatGLM', keys: ['chatglm', 'chatglm2', 'chatglm3'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', architecture: 'ChatGLMModel', source: CARD },
  { name: 'GLM', keys: ['glm', 'glm-z1'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', architecture: 'Glm4ForCausalLM', source: CARD, variants: [{ when: { maxVersion: 4.0 }, noSuffixStage: 'base' }, { when: { minVersion: 4.5 }, architecture: 'Glm4MoeForCausalLM' }] },
  { name: 'MiniCPM', keys: ['minicpm'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', architecture: 'MiniCPMForCausalLM', source: CARD },
  { name: 'MiniCPM-V', keys: ['minicpm-v', 'minicpm-llama3-v'], category: 'vlm', task: 'image-text-to-text', architecture: 'MiniCPMV', source: SEED_VLM },
  { name: 'MiniCPM-o', keys: ['minicpm-o'], category: 'multimodal', task: 'any-to-any', architecture: 'MiniCPMO', source: CARD },
  { name: 'SmolLM', keys: ['smollm'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'LlamaForCausalLM', source: `${CARD}s: SmolLM3-3B is the post-trained model, its base says -Base`, variants: [{ when: { minVersion: 3 }, noSuffixStage: 'instruct', architecture: 'SmolLM3ForCausalLM' }] },
  { name: 'Granite', keys: ['granite', 'ibm-granite'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GraniteForCausalLM', source: 'IBM Granite cards (3.x+: -base is the pretrained model)', variants: [{ when: { minVersion: 3 }, noSuffixStage: 'instruct' }, { when: { minVersion: 4 }, architecture: 'GraniteMoeHybridForCausalLM' }] },
  { name: 'ERNIE 4.5', keys: ['ernie-4.5', 'ernie4.5'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', formatWords: ['pt', 'paddle'], architecture: 'Ernie4_5_MoeForCausalLM', source: 'Baidu ERNIE 4.5 model cards: -PT repos hold PyTorch weights and -Paddle PaddlePaddle ones; the pretrained models say -Base' },
  { name: 'EXAONE', keys: ['exaone', 'k-exaone'], category: 'llm', task: 'text-generation', architecture: 'ExaoneForCausalLM', source: CARD, variants: [{ when: { minVersion: 4.5, maxVersion: 4.99 }, category: 'vlm', task: 'image-text-to-text' }] },
  { name: 'Grok', keys: ['grok'], category: 'llm', task: 'text-generation', source: 'xAI Grok-1 / Grok-2 open weights' },
  { name: 'Gorilla', keys: ['gorilla', 'gorilla-openfunctions'], category: 'llm', task: 'text-generation', stage: 'instruct', source: 'Gorilla (function calling) model cards' },
  { name: 'Jamba', keys: ['jamba'], category: 'llm', task: 'text-generation', architecture: 'JambaForCausalLM', source: CARD },
  { name: 'Mamba', keys: ['mamba', 'mamba2'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'MambaForCausalLM', source: CARD },
  { name: 'RWKV', keys: ['rwkv', 'rwkv7'], category: 'llm', task: 'text-generation', architecture: 'RwkvForCausalLM', source: CARD },
  { name: 'Zamba', keys: ['zamba', 'zamba2'], category: 'llm', task: 'text-generation', architecture: 'Zamba2ForCausalLM', source: CARD },
  { name: 'Hunyuan', keys: ['hunyuan', 'hy'], category: 'llm', task: 'text-generation', architecture: 'HunYuanDenseV1ForCausalLM', source: CARD },
  { name: 'Kimi', keys: ['kimi', 'kimi-k2', 'moonlight'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'DeepseekV3ForCausalLM', source: CARD, variants: [{ when: { minVersion: 3 }, category: 'vlm', task: 'image-text-to-text' }] },
  { name: 'Kimi-Linear', keys: ['kimi-linear'], category: 'llm', task: 'text-generation', architecture: 'KimiLinearForCausalLM', source: CARD },
  { name: 'Kimi-VL', keys: ['kimi-vl'], category: 'vlm', task: 'image-text-to-text', architecture: 'KimiVLForConditionalGeneration', source: CARD },
  { name: 'MiniMax', keys: ['minimax', 'minimax-text', 'minimax-m2', 'minimax-m1'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'MiniMaxM2ForCausalLM', source: CARD },
  { name: 'LFM', keys: ['lfm', 'lfm2'], category: 'llm', task: 'text-generation', architecture: 'Lfm2ForCausalLM', source: 'Liquid AI LFM2 cards', variants: [] },
  { name: 'Nemotron', keys: ['nemotron', 'minitron'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', architecture: 'NemotronHForCausalLM', source: 'NVIDIA Nemotron cards: Nano / Super / Ultra releases without a stage word are post-trained (pretrained checkpoints say -Base)' },
  { name: 'Skywork', keys: ['skywork'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'Step', keys: ['step', 'step3'], category: 'llm', task: 'text-generation', architecture: 'Step3p5ForCausalLM', source: CARD, variants: [{ when: { minVersion: 3, maxVersion: 3.49 }, category: 'vlm', task: 'image-text-to-text' }] },
  { name: 'Seed-OSS', keys: ['seed-oss'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', architecture: 'SeedOssForCausalLM', source: CARD },
  { name: 'Seed-Coder', keys: ['seed-coder'], category: 'llm', task: 'text-generation', purpose: ['code'], architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'Apertus', keys: ['apertus'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'ApertusForCausalLM', source: CARD },
  { name: 'Ling / Ring', keys: ['ling', 'ring', 'ling-lite', 'ling-plus'], category: 'llm', task: 'text-generation', architecture: 'BailingMoeV2ForCausalLM', source: CARD },
  { name: 'Hymba', keys: ['hymba'], category: 'llm', task: 'text-generation', architecture: 'HymbaForCausalLM', source: CARD },
  { name: 'Orion', keys: ['orion'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'OrionForCausalLM', source: CARD },
  { name: 'TeleChat', keys: ['telechat', 'telechat2', 'telechat2.5'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'TeleChat2ForCausalLM', source: CARD },
  { name: 'MiMo', keys: ['mimo'], category: 'llm', task: 'text-generation', architecture: 'MiMoForCausalLM', source: CARD },
  { name: 'DBRX', keys: ['dbrx'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'DbrxForCausalLM', sizes: { dbrx: { total: 132 * B, active: 36 * B } }, source: CARD },
  { name: 'Arctic', keys: ['snowflake-arctic'], category: 'llm', task: 'text-generation', architecture: 'ArcticForCausalLM', source: CARD },
  { name: 'Solar', keys: ['solar'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'BlenderBot', keys: ['blenderbot'], category: 'llm', task: 'text-generation', stage: 'chat', architecture: 'BlenderbotForConditionalGeneration', source: CARD },
  { name: 'XGLM / BLOOMZ-style multilingual', keys: ['xglm'], category: 'llm', task: 'text-generation', architecture: 'XGLMForCausalLM', source: CARD },
  { name: 'CodeGen', keys: ['codegen', 'codegen2'], category: 'llm', task: 'text-generation', purpose: ['code'], architecture: 'CodeGenForCausalLM', source: CARD },
  { name: 'Cerebras-GPT', keys: ['cerebras-gpt', 'btlm'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'GPT2LMHeadModel', source: CARD },
  { name: 'LLM Compiler', keys: ['llm-compiler'], category: 'llm', task: 'text-generation', purpose: ['code'], architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'BitNet', keys: ['bitnet'], category: 'llm', task: 'text-generation', architecture: 'BitNetForCausalLM', source: CARD },
  { name: 'Index', keys: ['index'], category: 'llm', task: 'text-generation', noSuffixStage: 'base', architecture: 'IndexForCausalLM', source: CARD },
  { name: 'Nanbeige', keys: ['nanbeige', 'nanbeige2', 'nanbeige4.2'], category: 'llm', task: 'text-generation', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'XuanYuan', keys: ['xuanyuan', 'xuanyuan2'], category: 'llm', task: 'text-generation', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'Yuan', keys: ['yuan', 'yuan2'], category: 'llm', task: 'text-generation', architecture: 'YuanForCausalLM', source: CARD },
  { name: 'EuroLLM / Salamandra', keys: ['eurollm', 'salamandra'], category: 'llm', task: 'text-generation', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'MobileLLM', keys: ['mobilellm', 'mobilellm-r1'], category: 'llm', task: 'text-generation', noSuffixStage: 'instruct', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'PLaMo', keys: ['plamo'], category: 'llm', task: 'text-generation', architecture: 'PlamoForCausalLM', source: CARD },
  { name: 'Reka', keys: ['reka', 'reka-flash'], category: 'llm', task: 'text-generation', stage: 'instruct', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'LongCat', keys: ['longcat', 'longcat-flash'], category: 'llm', task: 'text-generation', architecture: 'LongcatFlashForCausalLM', source: CARD },
  { name: 'Instella', keys: ['instella'], category: 'llm', task: 'text-generation', architecture: 'InstellaForCausalLM', source: CARD },
  { name: 'Dream (diffusion LM)', keys: ['dream'], category: 'llm', task: 'text-generation', architecture: 'DreamModel', source: CARD },
];

/** Fine-tune series named on top of a base family: they say "chat model", not which architecture. */
export const DERIVATIVE_FAMILIES: readonly FamilyDef[] = [
  { name: 'Vicuna', keys: ['vicuna'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', architecture: 'LlamaForCausalLM', source: CARD },
  { name: 'Zephyr', keys: ['zephyr'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', architecture: 'MistralForCausalLM', source: 'seed: Axolotl table (Zephyr)' },
  { name: 'Hermes', keys: ['hermes', 'openhermes', 'deephermes', 'nous-hermes'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: `seed: anatomy example 4 (Hermes-2-Pro)` },
  { name: 'Dolphin', keys: ['dolphin', 'dolphin3', 'dolphin3.0'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Tülu', keys: ['tulu'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'OpenChat', keys: ['openchat'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Alpaca', keys: ['alpaca'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'WizardLM', keys: ['wizardlm', 'wizardcoder', 'wizardmath'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Orca', keys: ['orca', 'openorca'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Starling', keys: ['starling'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Guanaco', keys: ['guanaco', 'airoboros', 'mythomax', 'samantha', 'manticore', 'nous-capybara', 'platypus2', 'stablebeluga', 'lemur', 'huatuogpt', 'huatuogpt2', 'metamath', 'tigerbot', 'moss'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Nemotron fine-tunes', keys: ['acereason', 'openreasoning'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Reasoning distills', keys: ['deepscaler', 'deepcoder', 'openthinker', 'fuseo1', 'fairyr1', 'tinyr1', 's1', 's1.1', 'sky-t1', 'skywork-or1'], category: 'llm', task: 'text-generation', kind: 'derivative', stage: 'instruct', source: CARD },
  { name: 'Roleplay fine-tunes', keys: ['lumimaid', 'noromaid', 'magnum', 'euryale', 'stheno', 'cydonia', 'rocinante', 'anubis', 'pygmalion', 'mythalion', 'nevoria', 'celeste', 'mag-mell'], category: 'llm', task: 'text-generation', kind: 'derivative', purpose: ['roleplay'], source: CARD },
];

export const VLM_FAMILIES: readonly FamilyDef[] = [
  { name: 'LLaVA', keys: ['llava', 'llava-next', 'llava-onevision', 'llava-llama3', 'video-llava'], category: 'vlm', task: 'image-text-to-text', stage: 'instruct', modality: ['llava'], architecture: 'LlavaForConditionalGeneration', source: `${SEED_VLM} (LLaVA 1.6 NeXT)`, variants: [{ when: { minVersion: 1.6 }, architecture: 'LlavaNextForConditionalGeneration' }] },
  { name: 'InternVL', keys: ['internvl', 'internvl2', 'internvl3', 'intern-s1', 'intern-s2'], category: 'vlm', task: 'image-text-to-text', architecture: 'InternVLChatModel', source: `${SEED_VLM} (InternVL 2.5)` },
  { name: 'DeepSeek-VL', keys: ['deepseek-vl', 'deepseek-vl2', 'deepseek-ocr'], category: 'vlm', task: 'image-text-to-text', architecture: 'DeepseekVLV2ForCausalLM', source: `${SEED_VLM} (DeepSeek-VL 2)` },
  { name: 'Janus', keys: ['janus'], category: 'multimodal', task: 'any-to-any', architecture: 'MultiModalityCausalLM', source: CARD },
  { name: 'CogVLM', keys: ['cogvlm', 'cogvlm2', 'cogagent', 'glm-4v', 'glm4v'], category: 'vlm', task: 'image-text-to-text', architecture: 'CogVLMForCausalLM', source: `${SEED_VLM} (CogVLM2)` },
  { name: 'Idefics', keys: ['idefics', 'idefics2', 'idefics3'], category: 'vlm', task: 'image-text-to-text', architecture: 'Idefics3ForConditionalGeneration', source: `${SEED_VLM} (Idefics3)` },
  { name: 'Pixtral', keys: ['pixtral'], category: 'vlm', task: 'image-text-to-text', architecture: 'LlavaForConditionalGeneration', source: `${SEED_VLM} (Pixtral 12B)` },
  { name: 'PaliGemma', keys: ['paligemma', 'paligemma2'], category: 'vlm', task: 'image-text-to-text', architecture: 'PaliGemmaForConditionalGeneration', source: CARD },
  { name: 'SmolVLM', keys: ['smolvlm', 'smolvlm2'], category: 'vlm', task: 'image-text-to-text', architecture: 'Idefics3ForConditionalGeneration', source: CARD },
  { name: 'Molmo', keys: ['molmo', 'molmoweb', 'olmocr'], category: 'vlm', task: 'image-text-to-text', architecture: 'MolmoForCausalLM', source: CARD },
  { name: 'Florence', keys: ['florence', 'florence-2'], category: 'vlm', task: 'image-text-to-text', architecture: 'Florence2ForConditionalGeneration', source: CARD },
  { name: 'BLIP', keys: ['blip', 'blip2', 'instructblip'], category: 'vlm', task: 'image-text-to-text', architecture: 'BlipForConditionalGeneration', source: CARD },
  { name: 'Pix2Struct / Donut', keys: ['pix2struct', 'deplot', 'matcha', 'donut', 'udop', 'trocr', 'nougat', 'layoutlm', 'layoutlmv3'], category: 'vlm', task: 'image-text-to-text', architecture: 'Pix2StructForConditionalGeneration', source: CARD },
  { name: 'Ovis', keys: ['ovis', 'ovis2', 'ovis2.5', 'ovis2.6', 'ovisocr2'], category: 'vlm', task: 'image-text-to-text', architecture: 'Ovis', source: CARD },
  { name: 'Moondream', keys: ['moondream', 'moondream2', 'moondream3'], category: 'vlm', task: 'image-text-to-text', architecture: 'HfMoondream', source: CARD },
  { name: 'Chameleon / Emu', keys: ['chameleon', 'emu3'], category: 'vlm', task: 'image-text-to-text', architecture: 'ChameleonForConditionalGeneration', source: CARD },
  { name: 'Eagle / NVLM', keys: ['eagle', 'eagle2', 'eagle2.5', 'nvlm'], category: 'vlm', task: 'image-text-to-text', architecture: 'Eagle2_5_VLForConditionalGeneration', source: CARD },
  { name: 'QVQ', keys: ['qvq'], category: 'vlm', task: 'image-text-to-text', stage: 'instruct', architecture: 'Qwen2VLForConditionalGeneration', source: CARD },
  { name: 'Fara', keys: ['fara', 'fara1', 'fara1.5'], category: 'vlm', task: 'image-text-to-text', architecture: 'Qwen2_5_VLForConditionalGeneration', source: CARD },
  { name: 'Keye / MiMo-VL', keys: ['keye', 'mimo-vl', 'mplug', 'docowl', 'showui', 'openvla', 'hyperclovax'], category: 'vlm', task: 'image-text-to-text', source: CARD },
  { name: 'LightOnOCR / dots.ocr', keys: ['lightonocr', 'dots.ocr', 'dots', 'hunyuanocr', 'paddleocr'], category: 'vlm', task: 'image-text-to-text', source: CARD },
  { name: 'Aria / Isaac', keys: ['aria', 'isaac', 'cosmos3'], category: 'vlm', task: 'image-text-to-text', source: CARD },
  { name: 'Kosmos', keys: ['kosmos', 'kosmos-2', 'kosmos-2.5'], category: 'vlm', task: 'image-text-to-text', architecture: 'Kosmos2ForConditionalGeneration', source: 'Microsoft Kosmos-2 / 2.5 model cards' },
  { name: 'Fuyu', keys: ['fuyu'], category: 'vlm', task: 'image-text-to-text', architecture: 'FuyuForCausalLM', sizes: { '8b': { total: 9.41 * B } }, source: 'Adept Fuyu-8B model card' },
  { name: 'GIT', keys: ['git-base', 'git-large'], category: 'vlm', task: 'image-to-text', architecture: 'GitForCausalLM', source: 'Microsoft GIT (GenerativeImage2Text) model cards' },
];

export const SPEECH_FAMILIES: readonly FamilyDef[] = [
  { name: 'Whisper', keys: ['whisper', 'distil-whisper', 'lite-whisper', 'nb-whisper', 'faster-whisper', 'whisperx'], category: 'speech', task: 'automatic-speech-recognition', strength: STRENGTH.sure, architecture: 'WhisperForConditionalGeneration', source: `${SEED_SPEECH} (Whisper: tiny - large-v3); OpenAI model cards (large-v3-turbo: 809M, 4 decoder layers)`, sizesHoldForDerivatives: true, sizes: { tiny: { total: 39 * M }, base: { total: 74 * M }, small: { total: 244 * M }, medium: { total: 769 * M }, large: { total: 1.55 * B }, turbo: { total: 809 * M } } },
  { name: 'Wav2Vec 2.0', keys: ['wav2vec2', 'wav2vec', 'w2v-bert', 'xlsr', 'xls-r', 'mms', 'mms-lid', 'data2vec-audio', 'hubert', 'wavlm', 'unispeech', 'unispeech-sat', 'sew', 'sew-d'], category: 'speech', task: 'automatic-speech-recognition', strength: STRENGTH.sure, architecture: 'Wav2Vec2ForCTC', source: `${SEED_SPEECH} (Wav2Vec 2.0)` },
  { name: 'SeamlessM4T', keys: ['seamless', 'seamless-m4t', 'hf-seamless-m4t'], category: 'speech', task: 'automatic-speech-recognition', strength: STRENGTH.sure, architecture: 'SeamlessM4Tv2Model', source: `${SEED_SPEECH} (Seamless M4T v2)` },
  { name: 'Bark', keys: ['bark'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, architecture: 'BarkModel', source: `${SEED_SPEECH} (Bark)` },
  { name: 'XTTS', keys: ['xtts', 'xtts-v2'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, source: `${SEED_SPEECH} (XTTS v2)` },
  { name: 'F5-TTS', keys: ['f5-tts', 'f5'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, source: `${SEED_SPEECH} (F5-TTS)` },
  { name: 'EnCodec / SNAC', keys: ['encodec', 'snac'], category: 'speech', task: 'audio-to-audio', strength: STRENGTH.sure, source: 'neural audio codecs (Meta EnCodec, SNAC model cards)' },
  {
    name: 'SpeechT5', keys: ['speecht5'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, architecture: 'SpeechT5ForTextToSpeech', source: 'Microsoft SpeechT5 model cards (speecht5_tts, _asr, _vc)',
    variants: [
      { when: { tokens: ['asr'] }, task: 'automatic-speech-recognition', architecture: 'SpeechT5ForSpeechToText' },
      { when: { tokens: ['vc'] }, task: 'audio-to-audio', architecture: 'SpeechT5ForSpeechToSpeech' },
    ],
  },
  { name: 'Parler-TTS', keys: ['parler-tts', 'parler'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, architecture: 'ParlerTTSForConditionalGeneration', source: `${SEED_SPEECH} (Parler-TTS)` },
  { name: 'VALL-E', keys: ['vall-e', 'valle'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, source: `${SEED_SPEECH} (VALL-E X)` },
  { name: 'Qwen2-Audio', keys: ['qwen2-audio', 'qwen-audio'], category: 'speech', task: 'audio-text-to-text', strength: STRENGTH.sure, architecture: 'Qwen2AudioForConditionalGeneration', source: `${SEED_SPEECH} (Qwen2-Audio)` },
  { name: 'SALMONN', keys: ['salmonn'], category: 'speech', task: 'audio-text-to-text', strength: STRENGTH.sure, source: `seed: Speech Model Types (SALMONN)` },
  { name: 'MusicGen / AudioGen', keys: ['musicgen', 'audiogen', 'stable-audio', 'audioldm', 'audioldm2', 'ace-step', 'musicflamingo'], category: 'speech', task: 'text-to-audio', strength: STRENGTH.sure, source: 'seed: Speech Model Types (MusicGen, Stable Audio, AudioGen)' },
  { name: 'VITS / Piper', keys: ['vits', 'mms-tts', 'piper', 'pipertts', 'melotts'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, architecture: 'VitsModel', source: 'seed: Speech Model Types (VITS); Piper and MeloTTS are VITS voices (their READMEs); MMS-TTS cards (VitsModel)' },
  { name: 'StyleTTS 2', keys: ['styletts2', 'styletts', 'kokoro', 'kitten-tts'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, source: 'hexgrad/Kokoro-82M card (StyleTTS 2 architecture, ISTFTNet vocoder); KittenTTS README (StyleTTS 2-style)' },
  { name: 'Speech LM TTS', keys: ['orpheus', 'csm', 'outetts', 'llasa', 'vibevoice', 'voxcpm', 'higgs-audio', 'higgs-tts', 'kugelaudio', 'metavoice', 'omnivoice', 'fish-speech', 'cosyvoice', 'chatterbox', 'dia', 'irodori'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, source: 'model cards: TTS built on a language model over audio tokens (Orpheus and CSM on Llama, OuteTTS, Llasa, VibeVoice, CosyVoice, Fish-Speech, Chatterbox, Dia)' },
  { name: 'Classic TTS', keys: ['fastspeech2', 'tacotron2', 'maskgct'], category: 'speech', task: 'text-to-speech', strength: STRENGTH.sure, source: 'seed: Speech Model Types (TTS); FastSpeech 2, Tacotron 2, MaskGCT papers and cards' },
  { name: 'Parakeet / Canary (NeMo)', keys: ['parakeet', 'canary', 'nemo-asr', 'omniasr', 'moonshine', 'sensevoice', 'paraformer', 'fireredasr', 'fireredasr2', 'granite-speech', 'sortformer', 'diar', 'silero', 'silero-vad', 'pyannote', 'speechbrain', 'sepformer', 'metricgan', 'mossformer2', 'dasheng', 'niagara', 'solaria', 'hojo-asr', 'ichigo', 'audio-flamingo', 'ast', 'clap', 'larger-clap', 'voxtral'], category: 'speech', task: 'automatic-speech-recognition', strength: STRENGTH.sure, source: 'seed: Speech Model Types (ASR, Conformer); model cards' },
];

export const VISION_FAMILIES: readonly FamilyDef[] = [
  { name: 'ViT', keys: ['vit', 'internvit', 'deit', 'deit3', 'beit', 'beitv2', 'dit', 'swin', 'swinv2', 'swin2sr', 'cait', 'crossvit', 'coat', 'convit', 'davit', 'eva02', 'naflexvit', 'efficientvit', 'fastvit', 'mobilevit', 'mobilevitv2', 'levit', 'pvt', 'twins', 'xcit', 'maxvit', 'tinyvit', 'hiera', 'aimv2', 'vivit', 'videomae', 'timesformer'], category: 'vision', task: 'image-classification', strength: STRENGTH.specialised, architecture: 'ViTForImageClassification', source: `${SEED_VISION} (ViT)` },
  { name: 'ConvNets', keys: ['convnext', 'convnextv2', 'resnet', 'resnet18', 'resnet50', 'resnext', 'regnet', 'efficientnet', 'efficientnetv2', 'mobilenet', 'mobilenetv2', 'mobilenetv3', 'densenet', 'densenet121', 'densenet169', 'densenet201', 'dla', 'dla34', 'dla102', 'dla60', 'dla102x2', 'nfnet', 'dm-nfnet', 'botnet26t', 'caformer', 'convformer', 'poolformer', 'convmixer', 'cpubone', 'hrnet', 'ghostnet', 'inception', 'xception', 'vgg', 'rexnet', 'repvgg', 'edgenext', 'halonet', 'lambda', 'sebotnet', 'hardcorenas', 'mixnet', 'mnasnet', 'tresnet', 'gernet', 'coatnet', 'fbnet', 'lcnet', 'tinynet', 'resmlp', 'gmlp', 'mlp-mixer', 'mixer'], category: 'vision', task: 'image-classification', strength: STRENGTH.specialised, source: `${SEED_VISION}; seed: Vision Model Types (ConvNeXt, EfficientNet)` },
  { name: 'DINO', keys: ['dino', 'dinov2', 'dinov3', 'webssl', 'moco', 'mae', 'ijepa', 'vjepa', 'vjepa2', 'radio', 'sapiens'], category: 'vision', task: 'image-feature-extraction', strength: STRENGTH.specialised, architecture: 'Dinov2Model', source: `${SEED_VISION} (DINOv2)` },
  { name: 'SAM', keys: ['sam', 'sam2', 'sam-hq', 'slimsam', 'efficientsam', 'mobilesam', 'edgetam'], category: 'vision', task: 'mask-generation', strength: STRENGTH.specialised, architecture: 'SamModel', source: `${SEED_VISION} (SAM 2)` },
  { name: 'YOLO', keys: ['yolo', 'yolos', 'ultralytics', 'waldo30', ...YOLO_MODEL_KEYS], category: 'vision', task: 'object-detection', strength: STRENGTH.specialised, source: `${SEED_VISION} (YOLO v11)` },
  { name: 'DETR', keys: ['detr', 'rtdetr', 'rt-detr', 'rfdetr', 'dab-detr', 'deformable-detr', 'conditional-detr', 'grounding-dino', 'owlvit', 'owlv2', 'llmdet', 'table-transformer', 'locate-anything'], category: 'vision', task: 'object-detection', strength: STRENGTH.specialised, source: `${SEED_VISION} (RT-DETR); seed: Vision Model Types (DETR)` },
  { name: 'Segmenters', keys: ['segformer', 'mask2former', 'maskformer', 'oneformer', 'upernet', 'mit', 'clipseg', 'face-parsing', 'rmbg', 'birefnet', 'vitmatte'], category: 'vision', task: 'image-segmentation', strength: STRENGTH.specialised, source: 'seed: Vision Model Types (Mask2Former)' },
  { name: 'Depth', keys: ['depth-anything', 'dpt', 'glpn', 'midas', 'zoedepth', 'marigold', 'depth-pro'], category: 'vision', task: 'depth-estimation', strength: STRENGTH.specialised, source: `${SEED_VISION} (Depth Anything v2); seed: Vision Model Types (MiDaS)` },
  { name: 'Pose / matching', keys: ['vitpose', 'rtmpose', 'superglue', 'superpoint', 'lightglue', 'mediapipe'], category: 'vision', task: 'keypoint-detection', strength: STRENGTH.specialised, source: CARD },
  { name: 'Super resolution', keys: ['real-esrgan', 'realesrgan', 'swinir', 'esrgan'], category: 'vision', task: 'image-to-image', strength: STRENGTH.specialised, source: 'seed: Vision Model Types (Real-ESRGAN, SwinIR)' },
  { name: 'CLIP', nameSizesAreNotParams: true, keys: ['clip', 'openclip', 'metaclip', 'eva-clip', 'align', 'altclip', 'chinese-clip', 'xclip', 'tipsv2'], category: 'vision', task: 'zero-shot-image-classification', strength: STRENGTH.dualEncoder, architecture: 'CLIPModel', source: 'Transformers: CLIP-style dual encoders (zero-shot image classification)' },
  { name: 'SigLIP', nameSizesAreNotParams: true, keys: ['siglip', 'siglip2', 'mexma-siglip'], category: 'vision', task: 'zero-shot-image-classification', strength: STRENGTH.dualEncoder, architecture: 'SiglipModel', source: 'Google SigLIP / SigLIP 2 model cards (sigmoid-loss image-text encoders; Transformers SiglipModel, Siglip2Model)', variants: [{ when: { minVersion: 2 }, architecture: 'Siglip2Model' }] },
];

export const IMAGE_GENERATION_FAMILIES: readonly FamilyDef[] = [
  { name: 'Stable Diffusion', keys: ['stable-diffusion', 'stable-diffusion-xl', 'sdxl-turbo', 'sd-turbo', 'stable-cascade', 'stable-video-diffusion', 'waifu-diffusion', 'realvisxl', 'realistic-vision', 'juggernautxl', 'cyberrealistic', 'toonyou', 'hyper-sd', 'sdxl-lightning', 'playground', 'taesd', 'taesdxl'], category: 'image-generation', task: 'text-to-image', strength: STRENGTH.sure, source: `${SEED_VISION} (Stable Diffusion XL/3)` },
  { name: 'FLUX', keys: ['flux', 'flux.1', 'flux.2'], category: 'image-generation', task: 'text-to-image', strength: STRENGTH.sure, source: `${SEED_VISION} (FLUX)`, sizes: {} },
  { name: 'Kandinsky', keys: ['kandinsky'], category: 'image-generation', task: 'text-to-image', strength: STRENGTH.sure, source: CARD },
  { name: 'DiT image models', keys: ['pixart', 'sana', 'auraflow', 'hidream', 'hidream-i1', 'cogview', 'cogview3', 'cogview4', 'lumina', 'lumina-next', 'chroma', 'chroma1', 'qwen-image', 'qwenimage', 'z-image', 'ernie-image', 'omnigen', 'bria', 'fibo', 'kolors', 'amused', 'wuerstchen', 'deepfloyd', 'if', 'karlo', 'unclip', 'latte', 'ldm', 'ddpm', 'ddim', 'iadb', 'instruct-pix2pix', 'kontext', 'krea', 'ideogram', 'minimax-h3', 'hunyuanimage', 'hunyuandit', 'nucleusmoe-image', 'joyai-image', 'ip-adapter', 't2i-adapter', 'prx', 'rae'], category: 'image-generation', task: 'text-to-image', strength: STRENGTH.sure, source: 'seed: Vision Model Types (Image Generation); diffusers pipelines' },
  { name: 'Video diffusion', keys: ['wan', 'wan2.1', 'wan2.2', 'hunyuanvideo', 'cogvideox', 'ltx-video', 'ltx', 'ltx-2', 'animatediff', 'mochi', 'allegro', 'skyreels', 'videocrafter', 'videocrafter2', 'zeroscope', 'pyramid-flow', 'framepack', 'i2vgen', 'text2video-zero', 'helios', 'anyflow', 'vace', 'kandinsky-5', 'steamboat-willie', 'cosmos'], category: 'image-generation', task: 'text-to-video', strength: STRENGTH.sure, source: 'diffusers video pipelines' },
];

export const EMBEDDING_FAMILIES: readonly FamilyDef[] = [
  { name: 'BGE', keys: ['bge', 'bge-m3', 'bge-vl'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, architecture: 'XLMRobertaModel', source: `${SEED_EMB} (BGE-M3)`, sizes: { small: { total: 33.4 * M }, base: { total: 109 * M }, large: { total: 335 * M }, m3: { total: 568 * M } } },
  { name: 'Multilingual E5', keys: ['multilingual-e5'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, architecture: 'XLMRobertaModel', source: 'intfloat/multilingual-e5 model cards', sizes: { small: { total: 118 * M }, base: { total: 278 * M }, large: { total: 560 * M } } },
  { name: 'E5', keys: ['e5', 'e5-mistral', 'koe5'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, architecture: 'BertModel', source: `${SEED_EMB} (E5-Mistral-7B)`, sizes: { small: { total: 33.4 * M }, base: { total: 109 * M }, large: { total: 335 * M } } },
  { name: 'GTE', keys: ['gte', 'gte-qwen', 'gte-qwen2', 'gme'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, source: `${SEED_EMB} (GTE-Qwen2)`, sizes: { small: { total: 33.4 * M }, base: { total: 109 * M }, large: { total: 335 * M } } },
  { name: 'ColPali retrievers', keys: ['colpali', 'colqwen', 'colqwen2', 'colmodernvbert', 'colnomic', 'colembed', 'colvec', 'colvec1', 'colvec1.1', 'colministral3'], category: 'embedding', task: 'visual-document-retrieval', strength: STRENGTH.sure, modality: ['vision'], source: 'ColPali-style visual document retrievers (vidore)' },
  { name: 'Nomic Embed', keys: ['nomic-embed', 'nomic-embed-text', 'modernbert-embed'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, architecture: 'NomicBertModel', source: `${SEED_EMB} (Nomic-Embed-Text)` },
  { name: 'Jina Embeddings', keys: ['jina-embeddings', 'jina-embedding', 'jina-colbert', 'jina-clip'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, source: `${SEED_EMB} (jina-embeddings-v3)`, sizes: {} },
  { name: 'Snowflake Arctic Embed', keys: ['snowflake-arctic-embed', 'arctic-embed'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, architecture: 'BertModel', source: `${SEED_EMB} (Snowflake-Arctic-Embed)`, sizes: { xs: { total: 22.6 * M }, s: { total: 33.2 * M }, m: { total: 109 * M }, l: { total: 335 * M } } },
  { name: 'Sentence Transformers', keys: ['all-minilm', 'all-mpnet', 'all-distilroberta', 'all-roberta', 'multi-qa', 'msmarco', 'distiluse', 'sentence-t5', 'gtr-t5', 'labse', 'stella', 'instructor', 'gritlm', 'nv-embed', 'sfr-embedding', 'mxbai-embed', 'mxbai-edge-colbert', 'sroberta', 'sentence-camembert', 'uae', 'potion', 'static-retrieval', 'static-similarity', 'm3e', 'udever', 'promptriever', 'repllama', 'vdr', 'cde', 'kalm-embedding', 'conan-embedding', 'qodo-embed', 'granite-embedding', 'embeddinggemma', 'lateon', 'mlateon', 'colbert-zero', 'denseon', 'opensearch-neural-sparse-encoding', 'rubert-tiny', 'rubert-tiny2', 'frida', 'ruri', 'solon-embeddings', 'pplx-embed', 'f2llm', 'c2llm', 'bmretriever', 'diver-retriever', 'inf-retriever', 'codesage', 'zembed', 'lens', 'nanovdr', 'lco-embedding', 'mmlw', 'gist-embedding', 'medembed'], category: 'embedding', task: 'feature-extraction', strength: STRENGTH.sure, source: 'seed: Embedding Models; sentence-transformers and MTEB model lists' },
];

export const NLP_FAMILIES: readonly FamilyDef[] = [
  { name: 'BERT', keys: ['bert', 'bert-base', 'mbert', 'scibert', 'biobert', 'pubmedbert', 'finbert', 'herbert', 'rubert', 'distilrubert', 'camembert', 'flaubert', 'bertimbau', 'parsbert', 'albert', 'distilbert', 'tinybert', 'mobilebert', 'spanbert', 'electra', 'ernie', 'ernie-m', 'convbert', 'conv-bert', 'codebert', 'modernbert', 'minilm', 'nezha', 'wangchanberta', 'esperberto', 'tookabert', 'kobert', 'phobert', 'xlnet', 'longformer', 'bigbird'], category: 'nlp', task: 'fill-mask', strength: STRENGTH.shared, maxBillions: 1.5, architecture: 'BertForMaskedLM', source: 'seed: Axolotl "Not Supported" table (Encoder-only: BERT, RoBERTa)', sizes: { tiny: { total: 4.4 * M }, mini: { total: 11.3 * M }, small: { total: 29 * M }, medium: { total: 41.7 * M }, base: { total: 110 * M }, large: { total: 340 * M } } },
  { name: 'RoBERTa', keys: ['roberta', 'xlm-roberta', 'xlm-r', 'distilroberta', 'xlmroberta', 'deberta', 'mdeberta', 'deberta-v3', 'deberta-v2'], category: 'nlp', task: 'fill-mask', strength: STRENGTH.shared, maxBillions: 1.5, architecture: 'RobertaForMaskedLM', source: 'seed: Axolotl "Not Supported" table (Encoder-only: BERT, RoBERTa)', sizes: { base: { total: 125 * M }, large: { total: 355 * M } } },
  { name: 'T5', keys: ['t5', 'codet5', 'codet5p', 'flan-t5', 'mt5', 'umt5', 'byt5', 'long-t5', 'longt5', 'monot5', 't5gemma', 'google-t5', 'lamini-flan-t5', 'lamini-t5'], category: 'nlp', task: 'text2text-generation', strength: STRENGTH.shared, architecture: 'T5ForConditionalGeneration', source: 'seed: Axolotl "Not Supported" table (Encoder-Decoder: T5, BART, mBART)', sizes: { small: { total: 60.5 * M }, base: { total: 223 * M }, large: { total: 738 * M }, xl: { total: 2.85 * B }, xxl: { total: 11.1 * B } } },
  { name: 'BART', keys: ['bart', 'mbart', 'distilbart', 'pegasus', 'bigbird-pegasus', 'led', 'prophetnet', 'plbart', 'tapex', 'tapas'], category: 'nlp', task: 'summarization', strength: STRENGTH.shared, architecture: 'BartForConditionalGeneration', source: 'seed: Axolotl "Not Supported" table (Encoder-Decoder: T5, BART, mBART)' },
  { name: 'Marian / NLLB', keys: ['opus-mt', 'marian', 'nllb', 'm2m100', 'madlad', 'seamless-m4t-text'], category: 'nlp', task: 'translation', strength: STRENGTH.specialised, architecture: 'MarianMTModel', source: 'seed: Axolotl "Not Supported" table (Encoder-Decoder)' },
  { name: 'GLiNER / GLiClass', keys: ['gliner', 'gliclass', 'flair'], category: 'nlp', task: 'token-classification', strength: STRENGTH.specialised, source: CARD },
  // "speech" here is what is said, not audio: stronger than the speech token.
  { name: 'Hate-speech classifiers', kind: 'derivative', keys: ['hate-speech', 'hatespeech', 'dehatebert', 'hatebert', 'counter-speech'], category: 'nlp', task: 'text-classification', strength: STRENGTH.decisive, source: 'hate-speech detection models (Hate-speech-CNERG, Dynabench, IMSyPP model cards)' },
];

export const OTHER_FAMILIES: readonly FamilyDef[] = [
  { name: 'Decision Transformer', keys: ['decision-transformer'], category: 'other', task: 'reinforcement-learning', strength: STRENGTH.sure, source: CARD },
  { name: 'Time series', keys: ['chronos', 'chronos-2', 'timesfm', 'moirai', 'lag-llama', 'patchtst', 'ttm'], category: 'other', task: 'time-series-forecasting', strength: STRENGTH.sure, source: CARD },
  { name: '3D', keys: ['shap-e', 'trellis', 'triposr', 'hunyuan3d', 'hunyuanworld', 'real3d', 'llama-mesh'], category: 'other', task: 'image-to-3d', strength: STRENGTH.sure, source: CARD },
  { name: 'Protein / genomics', keys: ['esm', 'esm2', 'nucleotide-transformer', 'prot-bert', 'prot-t5'], category: 'other', strength: STRENGTH.sure, source: CARD },
];

export const ALL_FAMILIES: readonly FamilyDef[] = [
  ...LLM_FAMILIES, ...DERIVATIVE_FAMILIES, ...VLM_FAMILIES, ...SPEECH_FAMILIES, ...VISION_FAMILIES,
  ...IMAGE_GENERATION_FAMILIES, ...EMBEDDING_FAMILIES, ...NLP_FAMILIES, ...OTHER_FAMILIES,
];
