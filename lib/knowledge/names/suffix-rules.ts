import type { TokenRule } from './types';
import { STRENGTH } from './strengths';

// Suffix tables of the seed (shared/seed/ai-model-suffixes.md §1–§8), plus the spellings the Hub uses for the same
// things. One row per meaning; a token that means two things lists both effects.
const SEED = 'suffix reference';
const HUB = 'Hub naming convention';
const PEFT_TYPES =
  'PEFT method names (huggingface/peft src/peft/utils/peft_types.py PeftType @5d602fdbff04c33c1c4de55cda9d4ae1d7cb7e40)';

export const STAGE_RULES: readonly TokenRule[] = [
  {
    tokens: ['base', 'pt', 'pretrained', 'pretrain'],
    effects: [{ kind: 'stage', value: 'base' }],
    source: `${SEED} §1 (-base); Gemma's -pt`,
  },
  {
    tokens: ['instruct', 'inst', 'instruction', 'instructions', 'instructed', 'it'],
    effects: [{ kind: 'stage', value: 'instruct' }],
    source: `${SEED} §1 (-Instruct, -it)`,
  },
  {
    tokens: ['chat', 'chatty', 'conversational'],
    effects: [{ kind: 'stage', value: 'chat' }],
    source: `${SEED} §1 (-Chat)`,
  },
  // Post-trained reasoning releases are instruct models (Qwen3-*-Thinking, Olmo-3-*-Think, DeepSeek-R1-Distill-*).
  {
    tokens: ['thinking', 'think', 'reasoning', 'reasoner', 'distill', 'distilled', 'distillation'],
    effects: [{ kind: 'stage', value: 'instruct' }],
    source: `${HUB}: reasoning/distilled releases are post-trained`,
  },
  {
    tokens: ['hf'],
    effects: [{ kind: 'neutral', note: 'hf-format' }],
    source: `${SEED} §1 (-hf: Transformers format)`,
  },
  {
    tokens: [
      'meta',
      'google',
      'microsoft',
      'nvidia',
      'ibm',
      'mistralai',
      'openai',
      'alibaba',
      'tencent',
      'baidu',
      'apple',
      'amazon',
      'facebook',
      'allenai',
      'huggingface',
      'huggingfacetb',
      'stabilityai',
      'bigcode',
      'tiiuae',
      'thudm',
      'zai',
      'moonshotai',
      'ai',
    ],
    effects: [{ kind: 'neutral', note: 'lab-name' }],
    source: `${HUB}: lab names repeated in repackaged names (Meta-Llama, bartowski's org_Model)`,
  },
  {
    tokens: ['step', 'steps', 'ckpt', 'checkpoint', 'iter', 'intermediate'],
    effects: [{ kind: 'neutral', note: 'training-detail' }],
    source: `${HUB}: training checkpoints (TinyLlama's intermediate-step-1431k, Pythia's step143000)`,
  },
  // Input image sizes vision checkpoints end with (vit-base-patch16-224, siglip-so400m-patch14-384,
  // paligemma2-3b-pt-896): the size in pixels, not a version. 512 and 1024 are left out: text models write their
  // sequence length with them.
  {
    tokens: ['224', '256', '288', '320', '336', '384', '448', '480', '518', '560', '640', '896'],
    effects: [{ kind: 'neutral', note: 'image-size' }],
    source: `${HUB}: timm and Transformers vision checkpoint names (google/vit-*-224, google/siglip-*-384, paligemma-*-896)`,
  },
  {
    tokens: ['cased', 'uncased', 'deduped'],
    effects: [{ kind: 'neutral', note: 'training-detail' }],
    source: `${HUB}: tokenizer casing / data dedup words (BERT, Pythia)`,
  },
  // `it` (instruct) and `pt` (pretrained) are stage words first; the rest are ISO 639-1 codes releases carry (bge-small-en).
  {
    tokens: [
      'en',
      'zh',
      'ja',
      'ko',
      'de',
      'fr',
      'es',
      'ru',
      'ar',
      'vi',
      'nl',
      'pl',
      'sv',
      'fi',
      'da',
      'nb',
      'cs',
      'tr',
      'hi',
      'multilingual',
      'english',
      'chinese',
    ],
    effects: [{ kind: 'neutral', note: 'language' }],
    source: `${HUB}: language codes in release names (BGE -en/-zh, E5, GTE -zh)`,
  },
];

export const ALIGNMENT_RULES: readonly TokenRule[] = [
  { tokens: ['rlhf'], effects: [{ kind: 'alignment', value: 'rlhf' }], source: `${SEED} §2` },
  { tokens: ['dpo'], effects: [{ kind: 'alignment', value: 'dpo' }], source: `${SEED} §2` },
  { tokens: ['orpo'], effects: [{ kind: 'alignment', value: 'orpo' }], source: `${SEED} §2` },
  { tokens: ['kto'], effects: [{ kind: 'alignment', value: 'kto' }], source: `${SEED} §2` },
  { tokens: ['ppo'], effects: [{ kind: 'alignment', value: 'ppo' }], source: `${SEED} §2` },
  { tokens: ['simpo'], effects: [{ kind: 'alignment', value: 'simpo' }], source: `${SEED} §2` },
  {
    tokens: ['grpo', 'rl', 'mpo', 'ipo', 'rlaif', 'aligned', 'alignment', 'preference'],
    effects: [{ kind: 'neutral', note: 'rl-post-training' }],
    source: `${HUB}: RL post-training outside the schema's alignment list; "aligned" names no method`,
  },
];

export const FINETUNE_RULES: readonly TokenRule[] = [
  { tokens: ['sft'], effects: [{ kind: 'finetune', value: 'sft' }], source: `${SEED} §3` },
  {
    tokens: ['lora', 'loras', 'dora'],
    effects: [{ kind: 'finetune', value: 'lora' }],
    source: `${SEED} §3 (-LoRA: adapter weights)`,
  },
  { tokens: ['qlora'], effects: [{ kind: 'finetune', value: 'qlora' }], source: `${SEED} §3` },
  {
    tokens: [
      'merged',
      'merge',
      'merges',
      'merging',
      'mergekit',
      'slerp',
      'ties',
      'dare',
      'della',
      'passthrough',
      'frankenmerge',
      'modelstock',
      'breadcrumbs',
    ],
    effects: [{ kind: 'finetune', value: 'merged' }],
    source: `${SEED} §3 (-merged); mergekit method names`,
  },
  {
    tokens: ['ft', 'finetuned', 'finetune', 'finetuning', 'fine', 'tuned', 'tuning'],
    effects: [{ kind: 'finetune', value: 'full' }],
    source: `${SEED} §3 (-FT)`,
  },
  {
    tokens: ['adapter', 'adapters', 'peft'],
    effects: [{ kind: 'finetune', value: 'adapter' }],
    source: `${SEED} §3 (-adapter)`,
  },
  // Adapter methods as repos name them, beside -LoRA and -adapter: the weights are the adapter alone. LoRA's variants
  // (LyCORIS's LoCon, LoHa, LoKr; PEFT's AdaLoRA, X-LoRA, VB-LoRA, RandLoRA) read as LoRA, as the Hub tags them.
  {
    tokens: ['loha', 'lokr', 'adalora', 'vblora', 'xlora', 'randlora', 'lycoris', 'locon'],
    effects: [{ kind: 'finetune', value: 'lora' }],
    source: `${PEFT_TYPES}; LyCORIS and its LoCon (KohakuBlueleaf/LyCORIS README)`,
  },
  { tokens: ['ia3'], effects: [{ kind: 'finetune', value: 'adapter' }], source: `${PEFT_TYPES} (IA3)` },
  // Medusa heads are extra decoding heads trained on a frozen base and loaded on top of it: the repo holds the heads.
  {
    tokens: ['medusa'],
    effects: [{ kind: 'finetune', value: 'adapter' }],
    source:
      'FasterDecoding/Medusa medusa/model/medusa_model.py @e2a5d20c048a9b0a4092e6933c34313687422518 (medusa_lm_head.pt beside the base model name); predibase/lorax docs/models/adapters/index.md @a7394ba386ece427d5a6125b419aa38b46d966dc ("Medusa adapters", loaded as adapter_id)',
  },
];

export const QUANT_RULES: readonly TokenRule[] = [
  { tokens: ['fp32', 'f32', 'float32'], effects: [{ kind: 'quant', format: 'fp32', bits: 32 }], source: `${SEED} §4` },
  {
    tokens: ['fp16', 'f16', 'float16', 'half'],
    effects: [{ kind: 'quant', format: 'fp16', bits: 16 }],
    source: `${SEED} §4`,
  },
  { tokens: ['bf16', 'bfloat16'], effects: [{ kind: 'quant', format: 'bf16', bits: 16 }], source: `${SEED} §4` },
  {
    tokens: ['int8', 'w8a8', 'w8a16'],
    effects: [{ kind: 'quant', format: 'int8', bits: 8 }],
    source: `${SEED} §4; compressed-tensors wNaM names`,
  },
  {
    tokens: ['int4', 'w4a16', 'w4a8'],
    effects: [{ kind: 'quant', format: 'int4', bits: 4 }],
    source: `${SEED} §4; compressed-tensors wNaM names`,
  },
  { tokens: ['gptq'], effects: [{ kind: 'quant', format: 'gptq' }], source: `${SEED} §4` },
  {
    tokens: ['marlin'],
    effects: [{ kind: 'quant', format: 'gptq', bits: 4 }],
    source: `${HUB}: Marlin-packed GPTQ (neuralmagic)`,
  },
  {
    tokens: ['awq'],
    effects: [{ kind: 'quant', format: 'awq', bits: 4 }],
    source: `${SEED} §4; AWQ is a 4-bit weight method`,
  },
  { tokens: ['gguf'], effects: [{ kind: 'quant', format: 'gguf' }], source: `${SEED} §4` },
  {
    tokens: ['ggml', 'ggmlv3'],
    effects: [{ kind: 'quant', format: 'ggml' }],
    source: `${HUB}: llama.cpp's pre-GGUF format`,
  },
  { tokens: ['exl2'], effects: [{ kind: 'quant', format: 'exl2' }], source: `${SEED} §4` },
  { tokens: ['exl3'], effects: [{ kind: 'quant', format: 'exl3' }], source: `${HUB}: ExLlamaV3 format` },
  { tokens: ['bnb', 'bitsandbytes'], effects: [{ kind: 'quant', format: 'bnb' }], source: `${SEED} §4 (-bnb)` },
  {
    tokens: ['nf4', 'fp4'],
    effects: [{ kind: 'quant', format: 'bnb', bits: 4 }],
    source: `${HUB}: bitsandbytes 4-bit NormalFloat`,
  },
  { tokens: ['mlx'], effects: [{ kind: 'quant', format: 'mlx' }], source: `${HUB}: Apple MLX weights` },
  { tokens: ['mlc'], effects: [{ kind: 'quant', format: 'mlc' }], source: `${HUB}: MLC-LLM / WebLLM compiled weights` },
  {
    tokens: ['fp8', 'f8', 'float8', 'fp8dynamic'],
    effects: [{ kind: 'quant', format: 'fp8', bits: 8 }],
    source: `${HUB}: FP8 checkpoints`,
  },
  // In a GGUF name `MXFP4` is llama.cpp's MXFP4 file type (LLAMA_FTYPE_MOSTLY_MXFP4_MOE, GGML_TYPE_MXFP4).
  {
    tokens: ['nvfp4', 'mxfp4'],
    effects: [{ kind: 'bits', bits: 4, float: true }],
    source: `${HUB}: 4-bit floating point (NVIDIA / OCP MX); ggml-org/llama.cpp ggml_type MXFP4`,
  },
  { tokens: ['mxfp8'], effects: [{ kind: 'bits', bits: 8, float: true }], source: `${HUB}: 8-bit MX floating point` },
  { tokens: ['2bit'], effects: [{ kind: 'bits', bits: 2 }], source: `${SEED} §4 (-4bit)` },
  { tokens: ['3bit'], effects: [{ kind: 'bits', bits: 3 }], source: `${SEED} §4 (-4bit)` },
  { tokens: ['4bit', '4bits', 'q4'], effects: [{ kind: 'bits', bits: 4 }], source: `${SEED} §4 (-4bit)` },
  { tokens: ['5bit', 'q5'], effects: [{ kind: 'bits', bits: 5 }], source: `${SEED} §4 (-4bit)` },
  { tokens: ['6bit', 'q6'], effects: [{ kind: 'bits', bits: 6 }], source: `${SEED} §4 (-4bit)` },
  { tokens: ['8bit', '8bits', 'q8'], effects: [{ kind: 'bits', bits: 8 }], source: `${SEED} §4 (-4bit)` },
  {
    tokens: [
      'imatrix',
      'imat',
      'i1',
      'iq',
      'ud',
      'qat',
      'quantized',
      'quant',
      'quants',
      'dynamic',
      'block',
      'apex',
      'tq',
      'mtp',
      'arm',
    ],
    effects: [{ kind: 'neutral', note: 'quantization-detail' }],
    source: `${HUB}: quantizers' tags (imatrix, Unsloth Dynamic, QAT, MTP heads)`,
  },
  {
    tokens: ['cpp'],
    effects: [{ kind: 'quant', format: 'gguf' }],
    source: `${HUB}: *.cpp ports (whisper.cpp, audio.cpp) run GGML/GGUF weights`,
  },
  { tokens: ['onnx'], effects: [{ kind: 'packaging', value: 'onnx' }], source: `${HUB}: ONNX export` },
  {
    tokens: ['openvino'],
    effects: [{ kind: 'packaging', value: 'openvino' }],
    source: `${HUB}: OpenVINO IR ("ov" alone is ambiguous: llava-onevision uses it too)`,
  },
  {
    tokens: ['coreml', 'mlmodel'],
    effects: [{ kind: 'packaging', value: 'coreml' }],
    source: `${HUB}: Core ML export`,
  },
  {
    tokens: ['tflite', 'litert'],
    effects: [{ kind: 'packaging', value: 'tflite' }],
    source: `${HUB}: TensorFlow Lite export`,
  },
  {
    tokens: ['trt', 'tensorrt'],
    effects: [{ kind: 'packaging', value: 'tensorrt' }],
    source: `${SEED}: TensorRT, NVIDIA inference only`,
  },
  {
    tokens: ['ct2', 'ctranslate2'],
    effects: [{ kind: 'packaging', value: 'ctranslate2' }],
    source: `${HUB}: CTranslate2 (faster-whisper)`,
  },
  {
    tokens: ['diffusers'],
    effects: [
      { kind: 'packaging', value: 'diffusers' },
      { kind: 'category', value: 'image-generation', strength: STRENGTH.layout },
    ],
    source: `${HUB}: Diffusers pipeline layout`,
  },
];

export const MODALITY_RULES: readonly TokenRule[] = [
  {
    tokens: ['vl', 'vlm', 'mllm', 'vla'],
    effects: [
      { kind: 'modality', value: 'vl' },
      { kind: 'category', value: 'vlm', task: 'image-text-to-text', strength: STRENGTH.specialised },
    ],
    source: `${SEED} §6 (-VL)`,
  },
  {
    tokens: ['vision', 'visual'],
    effects: [
      { kind: 'modality', value: 'vision' },
      { kind: 'category', value: 'vlm', task: 'image-text-to-text', strength: STRENGTH.shared },
    ],
    source: `${SEED} §6 (-Vision)`,
  },
  {
    tokens: ['mm', 'multimodal'],
    effects: [
      { kind: 'modality', value: 'mm' },
      { kind: 'category', value: 'multimodal', task: 'any-to-any', strength: STRENGTH.shared },
    ],
    source: `${SEED} §6 (-MM)`,
  },
  {
    tokens: ['omni'],
    effects: [
      { kind: 'modality', value: 'omni' },
      { kind: 'category', value: 'multimodal', task: 'any-to-any', strength: STRENGTH.specialised },
    ],
    source: `${SEED} §6 (-Omni)`,
  },
  {
    tokens: ['audio'],
    effects: [
      { kind: 'modality', value: 'audio' },
      { kind: 'category', value: 'speech', strength: STRENGTH.specialised },
    ],
    source: `${HUB}: audio models (Qwen2-Audio, Kimi-Audio)`,
  },
];

export const PURPOSE_RULES: readonly TokenRule[] = [
  {
    tokens: ['coder', 'code', 'codes', 'coding', 'python', 'sql'],
    effects: [{ kind: 'purpose', value: 'code' }],
    source: `${SEED} §7 (-Coder / -Code)`,
  },
  { tokens: ['math', 'mathematics', 'maths'], effects: [{ kind: 'purpose', value: 'math' }], source: `${SEED} §7` },
  {
    tokens: ['med', 'medical', 'medicine', 'clinical', 'biomed', 'bio', 'health'],
    effects: [{ kind: 'purpose', value: 'medical' }],
    source: `${SEED} §7 (-Med / -Medical)`,
  },
  { tokens: ['legal', 'law'], effects: [{ kind: 'purpose', value: 'legal' }], source: `${SEED} §7` },
  { tokens: ['finance', 'financial', 'fin'], effects: [{ kind: 'purpose', value: 'finance' }], source: `${SEED} §7` },
  {
    tokens: ['rp', 'roleplay', 'roleplaying', 'rpmax'],
    effects: [{ kind: 'purpose', value: 'roleplay' }],
    source: `${SEED} §7 (-RP)`,
  },
  {
    tokens: [
      'uncensored',
      'uncensor',
      'uncensoring',
      'unfiltered',
      'unaligned',
      'jailbroken',
      'jailbreak',
      'derestricted',
    ],
    effects: [{ kind: 'purpose', value: 'uncensored' }],
    source: `${SEED} §7`,
  },
  {
    tokens: [
      'abliterated',
      'abliteration',
      'abliterate',
      'ablated',
      'lorablated',
      'heretic',
      'orthogonalized',
      'ortho',
    ],
    effects: [{ kind: 'purpose', value: 'abliterated' }],
    source: `${SEED} §7 (-Abliterated); Heretic is an abliteration tool`,
  },
  {
    tokens: ['turbo', 'fast', 'lightning', 'flash', 'speed'],
    effects: [{ kind: 'purpose', value: 'turbo' }],
    source: `${SEED} §7 (-Turbo)`,
  },
  {
    tokens: ['mini', 'nano', 'tiny', 'micro', 'lite', 'small', 'xsmall', 'pico', 'air'],
    effects: [{ kind: 'purpose', value: 'small' }],
    source: `${SEED} §7 (-Mini / -Nano)`,
  },
  {
    tokens: ['pro', 'plus', 'max', 'ultra'],
    effects: [{ kind: 'purpose', value: 'enhanced' }],
    source: `${SEED} §7 (-Pro / -Plus)`,
  },
  {
    tokens: ['preview', 'beta', 'alpha', 'experimental', 'exp'],
    effects: [{ kind: 'purpose', value: 'preview' }],
    source: `${SEED} §7 (-Preview)`,
  },
  {
    tokens: ['long', 'longctx', 'ultralong', 'yarn'],
    effects: [{ kind: 'purpose', value: 'long-context' }],
    source: `${SEED} §7 (-Long)`,
  },
];

/** Task words: what the model does, said outright in its name. Strength decides between disagreeing words. */
export const TASK_RULES: readonly TokenRule[] = [
  {
    tokens: [
      'embed',
      'embedding',
      'embeddings',
      'embedder',
      'retriever',
      'retrieval',
      'colbert',
      'splade',
      'sbert',
      'simcse',
      'matryoshka',
      'mrl',
      'sentence',
      'm2v',
      'model2vec',
      'llm2vec',
      'text2vec',
      'dse',
      'biencoder',
    ],
    effects: [{ kind: 'category', value: 'embedding', task: 'feature-extraction', strength: STRENGTH.decisive }],
    source: `${HUB}: embedding / retrieval models (sentence-transformers, MTEB)`,
  },
  {
    tokens: ['triplet', 'sts', 'nli', 'stsb', 'paraphrase'],
    effects: [{ kind: 'category', value: 'embedding', task: 'sentence-similarity', strength: STRENGTH.shared }],
    source: `${HUB}: sentence-similarity training data (NLI triplets, STS) in embedding names`,
  },
  {
    tokens: ['rerank', 'reranker', 'reranking', 'ranker', 'crossencoder'],
    effects: [{ kind: 'category', value: 'nlp', task: 'text-ranking', strength: STRENGTH.decisive }],
    source: `${HUB}: rerankers (cross-encoders)`,
  },
  {
    tokens: [
      'ner',
      'pos',
      'sentiment',
      'classifier',
      'classification',
      'mnli',
      'xnli',
      'conll03',
      'conll',
      'squad',
      'summarization',
      'summarizer',
      'xsum',
      'cnn',
      'zeroshot',
      'punctuation',
    ],
    effects: [{ kind: 'category', value: 'nlp', strength: STRENGTH.shared }],
    source: `${HUB}: classic NLP task heads`,
  },
  {
    tokens: [
      'asr',
      'stt',
      'transcribe',
      'transcription',
      'ctc',
      'rnnt',
      'tdt',
      'transducer',
      'conformer',
      'fastconformer',
      'zipformer',
      'diarization',
      'diarize',
      'vad',
      'spkrec',
      'xvect',
      'ecapa',
      '960h',
    ],
    effects: [{ kind: 'category', value: 'speech', task: 'automatic-speech-recognition', strength: STRENGTH.sure }],
    source: `${HUB}: speech recognition`,
  },
  {
    tokens: ['tts', 'voice', 'vocoder', 'hifigan', 'voicedesign', 'customvoice'],
    effects: [{ kind: 'category', value: 'speech', task: 'text-to-speech', strength: STRENGTH.sure }],
    source: `${HUB}: speech synthesis`,
  },
  {
    tokens: ['speech', 'spoken', 'speaker'],
    effects: [{ kind: 'category', value: 'speech', strength: STRENGTH.sure }],
    source: `${HUB}: speech models`,
  },
  {
    tokens: ['music', 'audioset', 'sound'],
    effects: [{ kind: 'category', value: 'speech', task: 'text-to-audio', strength: STRENGTH.specialised }],
    source: `${HUB}: audio generation / tagging (speech covers all audio)`,
  },
  {
    tokens: ['ocr', 'captioning', 'captioner', 'docvqa', 'vqa', 'gui', 'ui'],
    effects: [{ kind: 'category', value: 'vlm', task: 'image-text-to-text', strength: STRENGTH.specialised }],
    source: `${HUB}: OCR, captioning and GUI-agent VLMs`,
  },
  {
    tokens: ['edit', 'sdnq'],
    effects: [{ kind: 'neutral', note: 'media-word' }],
    source: `${HUB}: media words that need a family to mean anything`,
  },
  // Weaker than any family and than VL/vision words (LLaVA-Video, Qwen2.5-VL), stronger than a bare size: a lab's
  // "Foo-Image-20B" is an image generator more often than a language model. Shown as "likely".
  {
    tokens: ['image', 'images'],
    effects: [{ kind: 'category', value: 'image-generation', task: 'text-to-image', strength: STRENGTH.mediumWord }],
    source: `${HUB}: image generators named by their medium (Qwen-Image, HunyuanImage, Lumina-Image)`,
  },
  {
    tokens: ['video', 'videos'],
    effects: [{ kind: 'category', value: 'image-generation', task: 'text-to-video', strength: STRENGTH.mediumWord }],
    source: `${HUB}: video generators named by their medium (Step-Video, LTX-Video, HunyuanVideo)`,
  },
  {
    tokens: ['sparsectrl', 'dreamshaper', 'novae'],
    effects: [{ kind: 'category', value: 'image-generation', strength: STRENGTH.sure }],
    source: `${HUB}: Stable Diffusion ecosystem`,
  },
  {
    tokens: [
      't2v',
      'i2v',
      't2i',
      'ti2v',
      'flf2v',
      'txt2img',
      'img2vid',
      'text2video',
      'text2image',
      'inpaint',
      'inpainting',
      'upscaler',
      'controlnet',
      'vae',
      'unet',
      'lcm',
      'dreambooth',
      'sdxl',
      'sd15',
      'sd3',
      'diffusion',
      'img2img',
    ],
    effects: [{ kind: 'category', value: 'image-generation', strength: STRENGTH.sure }],
    source: `${HUB}: diffusion pipelines and their parts (suffix reference: Stable Diffusion, FLUX)`,
  },
  {
    tokens: [
      'segmentation',
      'detection',
      'detector',
      'depth',
      'pose',
      'keypoint',
      'matting',
      'in1k',
      'in22k',
      'in12k',
      'imagenet',
      'imagenet1k',
      'coco',
      'ade',
      'cityscapes',
      'patch16',
      'patch14',
      'patch32',
      'patch4',
      'patch8',
    ],
    effects: [{ kind: 'category', value: 'vision', strength: STRENGTH.shared }],
    source: `${HUB}: vision task heads and datasets`,
  },
  {
    tokens: ['dflash', 'eagle3', 'drafter', 'draft'],
    effects: [{ kind: 'category', value: 'llm', task: 'text-generation', strength: STRENGTH.shared }],
    source: `${HUB}: speculative-decoding drafters are text-only language models`,
  },
  {
    tokens: ['llm', 'lm', 'gpt', 'causal'],
    effects: [{ kind: 'category', value: 'llm', task: 'text-generation', strength: STRENGTH.languageModelWord }],
    source: `${HUB}: language models`,
  },
  {
    tokens: ['gym', 'cartpole', 'atari', 'halfcheetah', 'mujoco'],
    effects: [{ kind: 'category', value: 'other', task: 'reinforcement-learning', strength: STRENGTH.shared }],
    source: `${HUB}: reinforcement learning`,
  },
];

export const ALL_SUFFIX_RULES: readonly (readonly TokenRule[])[] = [
  STAGE_RULES,
  ALIGNMENT_RULES,
  FINETUNE_RULES,
  QUANT_RULES,
  MODALITY_RULES,
  PURPOSE_RULES,
  TASK_RULES,
];
