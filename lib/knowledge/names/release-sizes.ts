import type { ParamSpec } from './family-types';

// Sizes of well-known releases whose names carry none (phi-4, Kimi-K2, GLM-4.5-Air, FLUX.1, all-MiniLM-L6-v2…), keyed
// by the family as written with its version, and a tier word where the release has several. Figures are the model
// cards' (safetensors totals; for diffusion models the denoiser the card names, without the text encoders).
// Only the release's own plain name reads these: a fine-tune with other words keeps no size (see name-facts.ts).

export interface ReleaseSize {
  /** The family as written with its version, lower-case, without `-`, `_` and spaces: `phi4`, `glm4.5`, `kimik2`. */
  release: string;
  /** Name tokens that pick one release of several (`air`, `small`, `l6`); none for the release itself. */
  tiers?: readonly string[];
  /** Other words the release's own names carry that say nothing about its size (SigLIP's `patch16`). */
  words?: readonly string[];
  spec: ParamSpec;
  source: string;
}

const SIGLIP_WORDS = ['patch14', 'patch16'];
const WAVLM_WORDS = ['plus', 'sd', 'sv'];
const BLIP_WORDS = ['image', 'coco', 'flickr', 'capfilt', 'base', 'large'];
const DINOV3_WORDS = ['pretrain', 'lvd1689m', 'sat493m'];
const VJEPA2_WORDS = ['fpc64', 'fpc32', 'fpc16', '256', '384'];
const LIGHTON_WORDS = ['supervised', 'unsupervised', 'pretrain', 'code'];
const B = 1e9;
const M = 1e6;
const FLORENCE2 = 'microsoft/Florence-2 model cards (Florence-2-base 0.23B, Florence-2-large 0.77B)';
const MUSICGEN = 'facebook/musicgen model cards (small 300M, medium 1.5B, large 3.3B, melody 1.5B)';

export const RELEASE_SIZES: readonly ReleaseSize[] = [
  // Language models
  { release: 'phi4', spec: { total: 14.7 * B }, source: 'microsoft/phi-4 model card (14B, 14.7B in safetensors)' },
  {
    release: 'phi4',
    tiers: ['mini'],
    spec: { total: 3.84 * B },
    source: 'microsoft/Phi-4-mini-instruct model card (3.8B)',
  },
  {
    release: 'kimik2',
    spec: { total: 1.04e12, active: 32 * B, experts: 384 },
    source: 'moonshotai/Kimi-K2-Instruct model card (1T total, 32B activated, 384 experts)',
  },
  {
    release: 'deepseekv2',
    tiers: ['lite'],
    spec: { total: 15.7 * B, active: 2.4 * B, experts: 64 },
    source: 'deepseek-ai/DeepSeek-V2-Lite model card (15.7B total, 2.4B activated; 64 routed experts)',
  },
  {
    release: 'glm4.5',
    spec: { total: 355 * B, active: 32 * B },
    source: 'zai-org/GLM-4.5 model card (355B total, 32B active)',
  },
  {
    release: 'glm4.5',
    tiers: ['air'],
    spec: { total: 106 * B, active: 12 * B },
    source: 'zai-org/GLM-4.5-Air model card (106B total, 12B active)',
  },
  {
    release: 'glm4.6',
    spec: { total: 355 * B, active: 32 * B },
    source: 'zai-org/GLM-4.6 model card (same architecture as GLM-4.5)',
  },
  { release: 'c4ai', tiers: ['plus'], spec: { total: 104 * B }, source: 'c4ai-command-r-plus model card (104B)' },
  { release: 'mistrallarge', spec: { total: 123 * B }, source: 'Mistral-Large-Instruct-2407/2411 cards: dense 123B' },
  {
    release: 'minimaxm2',
    spec: { total: 230 * B, active: 10 * B },
    source: 'MiniMaxAI/MiniMax-M2 model card (230B total, 10B active)',
  },
  {
    release: 'devstral',
    tiers: ['small'],
    spec: { total: 23.6 * B },
    source: 'mistralai/Devstral-Small-2505 model card (24B, from Mistral Small 3.1)',
  },
  // Image generation (the denoiser)
  {
    release: 'flux.1',
    tiers: ['dev'],
    spec: { total: 12 * B },
    source: 'black-forest-labs/FLUX.1-dev model card (12B rectified flow transformer)',
  },
  {
    release: 'flux.1',
    tiers: ['schnell'],
    spec: { total: 12 * B },
    source: 'black-forest-labs/FLUX.1-schnell model card (12B rectified flow transformer)',
  },
  {
    release: 'flux.1',
    tiers: ['kontext', 'dev'],
    spec: { total: 12 * B },
    source: 'black-forest-labs/FLUX.1-Kontext-dev model card (12 billion parameter rectified flow transformer)',
  },
  { release: 'qwenimage', spec: { total: 20 * B }, source: 'Qwen/Qwen-Image model card (20B MMDiT)' },
  {
    release: 'flux.2',
    tiers: ['dev'],
    spec: { total: 32 * B },
    source: 'black-forest-labs/FLUX.2-dev model card (32B flow transformer)',
  },
  {
    release: 'sdxlturbo',
    spec: { total: 2.57 * B },
    source: 'SDXL report (2.6B-parameter UNet); stabilityai/sdxl-turbo is distilled from SDXL 1.0',
  },
  {
    release: 'stablediffusion3.5',
    tiers: ['large'],
    words: ['turbo'],
    spec: { total: 8.1 * B },
    source:
      'stabilityai/stable-diffusion-3.5-large model card (MMDiT, 8.1B parameters); Large Turbo is its distillation',
  },
  { release: 'stablediffusion3.5', tiers: ['medium'], spec: { total: 2.5 * B }, source: 'SD3.5 Medium card: 2.5B' },
  { release: 'stablediffusion3', tiers: ['medium'], spec: { total: 2 * B }, source: 'SD3 Medium card: 2B MMDiT' },
  { release: 'hunyuanvideo', spec: { total: 13 * B }, source: 'tencent/HunyuanVideo model card (13B parameters)' },
  {
    release: 'stablediffusionxl',
    spec: { total: 2.57 * B },
    source: 'SDXL report (2.6B-parameter UNet; the 3.5B of the card counts the text encoders)',
  },
  // Vision-language, music and speech releases (model cards)
  { release: 'florence2', tiers: ['base'], spec: { total: 0.23 * B }, source: FLORENCE2 },
  { release: 'florence2', tiers: ['large'], spec: { total: 0.77 * B }, source: FLORENCE2 },
  { release: 'musicgen', tiers: ['small'], spec: { total: 300 * M }, source: MUSICGEN },
  { release: 'musicgen', tiers: ['medium'], spec: { total: 1.5 * B }, source: MUSICGEN },
  { release: 'musicgen', tiers: ['large'], spec: { total: 3.3 * B }, source: MUSICGEN },
  { release: 'musicgen', tiers: ['melody'], spec: { total: 1.5 * B }, source: MUSICGEN },
  {
    release: 'seamlessm4tv2',
    tiers: ['large'],
    spec: { total: 2.3 * B },
    source: 'facebook/seamless-m4t-v2-large model card (SeamlessM4T-Large v2, 2.3B)',
  },
  // Sentence embedders (sentence-transformers docs; model cards)
  {
    release: 'allminilm',
    tiers: ['l6'],
    spec: { total: 22.7 * M },
    source: 'sentence-transformers/all-MiniLM-L6-v2 model card (22.7M)',
  },
  {
    release: 'allminilm',
    tiers: ['l12'],
    spec: { total: 33.4 * M },
    source: 'sentence-transformers/all-MiniLM-L12-v2 model card (33.4M)',
  },
  {
    release: 'multiqa',
    tiers: ['l6'],
    spec: { total: 22.7 * M },
    source: 'sentence-transformers/multi-qa-MiniLM-L6-cos-v1 model card (22.7M)',
  },
  {
    release: 'allmpnet',
    tiers: ['base'],
    spec: { total: 109 * M },
    source: 'sentence-transformers/all-mpnet-base-v2 model card (109M)',
  },
  {
    release: 'sentencet5',
    tiers: ['base'],
    spec: { total: 110 * M },
    source: 'sentence-transformers/sentence-t5-base (T5 encoder, 110M)',
  },
  {
    release: 'sentencet5',
    tiers: ['large'],
    spec: { total: 335 * M },
    source: 'sentence-transformers/sentence-t5-large (T5 encoder, 335M)',
  },
  {
    release: 'sentencet5',
    tiers: ['xl'],
    spec: { total: 1.24 * B },
    source: 'sentence-transformers/sentence-t5-xl (T5 encoder, 1.24B)',
  },
  {
    release: 'sentencet5',
    tiers: ['xxl'],
    spec: { total: 4.87 * B },
    source: 'sentence-transformers/sentence-t5-xxl (T5 encoder, 4.87B)',
  },
  {
    release: 'gtrt5',
    tiers: ['base'],
    spec: { total: 110 * M },
    source: 'sentence-transformers/gtr-t5-base (T5 encoder, 110M)',
  },
  {
    release: 'gtrt5',
    tiers: ['large'],
    spec: { total: 335 * M },
    source: 'sentence-transformers/gtr-t5-large (T5 encoder, 335M)',
  },
  {
    release: 'gtrt5',
    tiers: ['xl'],
    spec: { total: 1.24 * B },
    source: 'sentence-transformers/gtr-t5-xl (T5 encoder, 1.24B)',
  },
  {
    release: 'gtrt5',
    tiers: ['xxl'],
    spec: { total: 4.87 * B },
    source: 'sentence-transformers/gtr-t5-xxl (T5 encoder, 4.87B)',
  },
  { release: 'labse', spec: { total: 471 * M }, source: 'sentence-transformers/LaBSE model card (471M)' },
  { release: 'nomicembedtextv1', spec: { total: 137 * M }, source: 'nomic-ai/nomic-embed-text-v1 model card (137M)' },
  {
    release: 'nomicembedtextv1.5',
    spec: { total: 137 * M },
    source: 'nomic-ai/nomic-embed-text-v1.5 model card (137M)',
  },
  {
    release: 'nomicembedtextv2',
    tiers: ['moe'],
    spec: { total: 475 * M },
    source: 'nomic-ai/nomic-embed-text-v2-moe model card (475M total)',
  },
  {
    release: 'modernbertembed',
    tiers: ['base'],
    spec: { total: 149 * M },
    source: 'nomic-ai/modernbert-embed-base model card (ModernBERT-base, 149M)',
  },
  { release: 'jinaembeddingsv3', spec: { total: 572 * M }, source: 'jinaai/jina-embeddings-v3 model card (572M)' },
  {
    release: 'jinaembeddingsv2',
    tiers: ['small'],
    spec: { total: 33 * M },
    source: 'jinaai/jina-embeddings-v2-small-en model card (33M)',
  },
  {
    release: 'jinaembeddingsv2',
    tiers: ['base'],
    spec: { total: 137 * M },
    source: 'jinaai/jina-embeddings-v2-base-en model card (137M)',
  },
  { release: 'jinacolbertv2', spec: { total: 559 * M }, source: 'jinaai/jina-colbert-v2 model card (559M)' },
  {
    release: 'gte',
    tiers: ['base', 'v1.5'],
    spec: { total: 137 * M },
    source: 'Alibaba-NLP/gte-base-en-v1.5 model card (137M, new GTE architecture)',
  },
  {
    release: 'gte',
    tiers: ['large', 'v1.5'],
    spec: { total: 434 * M },
    source: 'Alibaba-NLP/gte-large-en-v1.5 model card (434M)',
  },
  {
    release: 'lateon',
    words: LIGHTON_WORDS,
    spec: { total: 149 * M },
    source:
      'lightonai LateOn cards: ModernBERT-base (149M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'lateon',
    tiers: ['edge'],
    words: LIGHTON_WORDS,
    spec: { total: 16.8 * M },
    source:
      'lightonai LateOn-Code-edge; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'mlateon',
    words: LIGHTON_WORDS,
    spec: { total: 307 * M },
    source:
      'lightonai mLateOn: mmBERT-base (307M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'colbertzero',
    words: LIGHTON_WORDS,
    spec: { total: 149 * M },
    source:
      'lightonai ColBERT-Zero: ModernBERT-base (149M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'denseon',
    words: LIGHTON_WORDS,
    spec: { total: 149 * M },
    source:
      'lightonai DenseOn: ModernBERT-base (149M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'kalmembedding',
    tiers: ['mini'],
    words: ['multilingual', 'instruct'],
    spec: { total: 494 * M },
    source:
      'KaLM-embedding-multilingual-mini cards: Qwen2-0.5B (494M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'cde',
    tiers: ['small', 'v1'],
    spec: { total: 281 * M },
    source:
      'jxm/cde-small-v1 model card (281M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'cde',
    tiers: ['small', 'v2'],
    spec: { total: 306 * M },
    source:
      'jxm/cde-small-v2 model card (306M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'jinaembeddingsv5',
    tiers: ['text', 'small'],
    spec: { total: 596 * M },
    source:
      'jinaai/jina-embeddings-v5-text-small model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'jinaembeddingsv5',
    tiers: ['text', 'nano'],
    spec: { total: 212 * M },
    source:
      'jinaai/jina-embeddings-v5-text-nano model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'codesage',
    tiers: ['small', 'v2'],
    spec: { total: 128 * M },
    source:
      'codesage/codesage-small-v2 model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'codesage',
    tiers: ['large', 'v2'],
    spec: { total: 1.31 * B },
    source:
      'codesage/codesage-large-v2 model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'mxbaiembed',
    tiers: ['xsmall'],
    spec: { total: 24.1 * M },
    source:
      'mixedbread-ai/mxbai-embed-xsmall-v1 model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'mxbaiembed',
    tiers: ['large'],
    spec: { total: 335 * M },
    source: 'mixedbread-ai/mxbai-embed-large-v1 model card (BERT-large, 335M)',
  },
  {
    release: 'm3e',
    tiers: ['base'],
    spec: { total: 102 * M },
    source:
      'moka-ai/m3e-base model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'ruberttiny',
    spec: { total: 11.9 * M },
    source:
      'cointegrated/rubert-tiny model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'ruberttiny2',
    spec: { total: 29.4 * M },
    source:
      'cointegrated/rubert-tiny2 model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'graniteembedding',
    tiers: ['english', 'r2'],
    spec: { total: 149 * M },
    source: 'ibm-granite/granite-embedding-english-r2 model card (ModernBERT, 149M)',
  },
  {
    release: 'graniteembedding',
    tiers: ['small', 'english', 'r2'],
    spec: { total: 47 * M },
    source: 'ibm-granite/granite-embedding-small-english-r2 model card (47M)',
  },
  {
    release: 'ruri',
    tiers: ['small'],
    spec: { total: 68.1 * M },
    source:
      'cl-nagoya/ruri-small model card; MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'frida',
    spec: { total: 823 * M },
    source:
      'ai-forever/FRIDA model card (FRED-T5 encoder, 823M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'infretrieverv1',
    spec: { total: 7.07 * B },
    source:
      'infly/inf-retriever-v1 model card (Qwen2-7B based); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'minilm',
    tiers: ['l6'],
    words: ['paraphrase'],
    spec: { total: 22.7 * M },
    source: 'sentence-transformers/paraphrase-MiniLM-L6-v2 model card (22.7M)',
  },
  {
    release: 'minilm',
    tiers: ['multilingual', 'l12'],
    words: ['paraphrase'],
    spec: { total: 118 * M },
    source: 'sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2 model card (118M: multilingual vocabulary)',
  },
  {
    release: 'jinaembedding',
    tiers: ['s'],
    spec: { total: 35.3 * M },
    source: 'jinaai/jina-embedding-s-en-v1 model card (35M)',
  },
  // Speech encoders
  {
    release: 'wavlm',
    tiers: ['base'],
    words: WAVLM_WORDS,
    spec: { total: 94.7 * M },
    source:
      'microsoft/wavlm-base(-plus) model cards (95M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'wavlm',
    tiers: ['large'],
    words: WAVLM_WORDS,
    spec: { total: 317 * M },
    source:
      'microsoft/wavlm-large model card (317M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'data2vecaudio',
    tiers: ['base'],
    words: ['960h'],
    spec: { total: 93.2 * M },
    source: 'facebook/data2vec-audio-base model card (93M)',
  },
  // Vision and vision-language encoders
  {
    release: 'videomae',
    tiers: ['base'],
    spec: { total: 86.2 * M },
    source: 'MCG-NJU/videomae-base model card (ViT-B, 86M)',
  },
  {
    release: 'videomae',
    tiers: ['large'],
    spec: { total: 304 * M },
    source: 'MCG-NJU/videomae-large model card (ViT-L, 304M)',
  },
  {
    release: 'blip',
    tiers: ['captioning', 'base'],
    words: BLIP_WORDS,
    spec: { total: 225 * M },
    source: 'Salesforce/blip-image-captioning-base model card (ViT-B, 225M)',
  },
  {
    release: 'blip',
    tiers: ['captioning', 'large'],
    words: BLIP_WORDS,
    spec: { total: 446 * M },
    source: 'Salesforce/blip-image-captioning-large model card (ViT-L, 446M)',
  },
  {
    release: 'blip',
    tiers: ['itm', 'base'],
    words: BLIP_WORDS,
    spec: { total: 224 * M },
    source: 'Salesforce/blip-itm-base-* model cards (ViT-B, 224M)',
  },
  {
    release: 'blip',
    tiers: ['itm', 'large'],
    words: BLIP_WORDS,
    spec: { total: 446 * M },
    source: 'Salesforce/blip-itm-large-* model cards (ViT-L, 446M)',
  },
  {
    release: 'blip',
    tiers: ['vqa'],
    words: BLIP_WORDS,
    spec: { total: 385 * M },
    source: 'Salesforce/blip-vqa-* model cards (385M)',
  },
  {
    release: 'gte',
    tiers: ['multilingual', 'base'],
    spec: { total: 305 * M },
    source: 'Alibaba-NLP/gte-multilingual-base model card (305M)',
  },
  {
    release: 'gte',
    tiers: ['modernbert', 'base'],
    spec: { total: 149 * M },
    source: 'Alibaba-NLP/gte-modernbert-base model card (ModernBERT-base, 149M)',
  },
  {
    release: 'bgem3',
    words: ['unsupervised'],
    spec: { total: 568 * M },
    source: 'BAAI/bge-m3 model card (XLM-RoBERTa large, 568M)',
  },
  {
    release: 'jinaembedding',
    tiers: ['b'],
    spec: { total: 110 * M },
    source: 'jinaai/jina-embedding-b-en-v1 model card (T5 encoder, 110M)',
  },
  { release: 'jinaclipv1', spec: { total: 223 * M }, source: 'jinaai/jina-clip-v1 model card (223M)' },
  { release: 'jinaclipv2', spec: { total: 865 * M }, source: 'jinaai/jina-clip-v2 model card (0.9B)' },
  { release: 'colpaliv1.1', spec: { total: 2.92 * B }, source: 'vidore/colpali model cards (PaliGemma-3B, 2.92B)' },
  { release: 'colpaliv1.2', spec: { total: 2.92 * B }, source: 'vidore/colpali model cards (PaliGemma-3B, 2.92B)' },
  { release: 'colpaliv1.3', spec: { total: 2.92 * B }, source: 'vidore/colpali model cards (PaliGemma-3B, 2.92B)' },
  {
    release: 'clip',
    tiers: ['vit', 'base', 'patch32'],
    spec: { total: 151 * M },
    source: 'openai/clip-vit-base-patch32 model card (151M)',
  },
  {
    release: 'clip',
    tiers: ['vit', 'base', 'patch16'],
    spec: { total: 150 * M },
    source: 'openai/clip-vit-base-patch16 model card (150M)',
  },
  {
    release: 'clip',
    tiers: ['vit', 'large', 'patch14'],
    words: ['336'],
    spec: { total: 428 * M },
    source: 'openai/clip-vit-large-patch14(-336) model cards (428M)',
  },
  {
    release: 'encodec',
    tiers: ['24khz'],
    spec: { total: 23.3 * M },
    source:
      'facebook/encodec_24khz model card (23M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'snowflakearcticembed',
    tiers: ['xs'],
    spec: { total: 22.6 * M },
    source: 'Snowflake/snowflake-arctic-embed-xs model card (22M)',
  },
  {
    release: 'snowflakearcticembed',
    tiers: ['s'],
    spec: { total: 33.2 * M },
    source: 'Snowflake/snowflake-arctic-embed-s model card (33M)',
  },
  {
    release: 'snowflakearcticembed',
    tiers: ['m'],
    spec: { total: 109 * M },
    source: 'Snowflake/snowflake-arctic-embed-m model card (110M)',
  },
  {
    release: 'snowflakearcticembed',
    tiers: ['l'],
    spec: { total: 335 * M },
    source: 'Snowflake/snowflake-arctic-embed-l model card (335M)',
  },
  {
    release: 'snowflakearcticembed',
    tiers: ['m', 'v2.0'],
    spec: { total: 305 * M },
    source: 'Snowflake/snowflake-arctic-embed-m-v2.0 model card (305M, GTE multilingual base)',
  },
  {
    release: 'snowflakearcticembed',
    tiers: ['l', 'v2.0'],
    spec: { total: 568 * M },
    source: 'Snowflake/snowflake-arctic-embed-l-v2.0 model card (568M, BGE-M3 retromae)',
  },
  // Vision encoders
  {
    release: 'dinov2',
    tiers: ['small'],
    spec: { total: 22.1 * M },
    source: 'facebook/dinov2-small model card (ViT-S/14, 21M)',
  },
  {
    release: 'dinov2',
    tiers: ['base'],
    spec: { total: 86.6 * M },
    source: 'facebook/dinov2-base model card (ViT-B/14, 86M)',
  },
  {
    release: 'dinov2',
    tiers: ['large'],
    spec: { total: 304 * M },
    source: 'facebook/dinov2-large model card (ViT-L/14, 300M)',
  },
  {
    release: 'dinov2',
    tiers: ['giant'],
    spec: { total: 1.14 * B },
    source: 'facebook/dinov2-giant model card (ViT-g/14, 1.1B)',
  },
  {
    release: 'dinov3',
    tiers: ['vits16plus'],
    words: DINOV3_WORDS,
    spec: { total: 28.7 * M },
    source:
      'facebook/dinov3 model cards (ViT-S+/16, 29M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'dinov3',
    tiers: ['vitb16'],
    words: DINOV3_WORDS,
    spec: { total: 85.7 * M },
    source:
      'facebook/dinov3 model cards (ViT-B/16, 86M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'dinov3',
    tiers: ['vitl16'],
    words: DINOV3_WORDS,
    spec: { total: 303 * M },
    source:
      'facebook/dinov3 model cards (ViT-L/16, 300M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'dinov3',
    tiers: ['vith16plus'],
    words: DINOV3_WORDS,
    spec: { total: 841 * M },
    source:
      'facebook/dinov3 model cards (ViT-H+/16, 840M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'dinov3',
    tiers: ['vit7b16'],
    words: DINOV3_WORDS,
    spec: { total: 6.72 * B },
    source:
      'facebook/dinov3 model cards (ViT-7B/16, 6,716M); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'vjepa2',
    tiers: ['vitl'],
    words: VJEPA2_WORDS,
    spec: { total: 326 * M },
    source:
      'facebook/vjepa2 model cards (ViT-L, 300M encoder and predictor); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'vjepa2',
    tiers: ['vith'],
    words: VJEPA2_WORDS,
    spec: { total: 654 * M },
    source:
      'facebook/vjepa2 model cards (ViT-H, 600M encoder and predictor); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'vjepa2',
    tiers: ['vitg'],
    words: VJEPA2_WORDS,
    spec: { total: 1.03 * B },
    source:
      'facebook/vjepa2 model cards (ViT-g, 1B encoder and predictor); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'radio',
    tiers: ['b'],
    spec: { total: 98.2 * M },
    source:
      'nvidia/RADIO-B model card (C-RADIOv2.5 ViT-B); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'radio',
    tiers: ['l'],
    spec: { total: 320 * M },
    source:
      'nvidia/RADIO-L model card (ViT-L); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'radio',
    tiers: ['h'],
    spec: { total: 652 * M },
    source:
      'nvidia/RADIO-H model card (ViT-H); MTEB model registry n_parameters (embeddings-benchmark/mteb a905523d, from the model card)',
  },
  {
    release: 'siglip',
    words: SIGLIP_WORDS,
    tiers: ['base'],
    spec: { total: 203 * M },
    source: 'google/siglip-base-patch16-224 model card (203M)',
  },
  {
    release: 'siglip',
    words: SIGLIP_WORDS,
    tiers: ['large'],
    spec: { total: 652 * M },
    source: 'google/siglip-large-patch16-256 model card (652M)',
  },
  {
    release: 'siglip',
    words: SIGLIP_WORDS,
    tiers: ['so400m'],
    spec: { total: 878 * M },
    source: 'google/siglip-so400m-patch14-384 model card (878M: 400M-class vision tower and its text tower)',
  },
  {
    release: 'siglip2',
    words: SIGLIP_WORDS,
    tiers: ['base'],
    spec: { total: 375 * M },
    source: 'google/siglip2-base-patch16-224 model card (375M, Gemma tokenizer)',
  },
  {
    release: 'siglip2',
    words: SIGLIP_WORDS,
    tiers: ['large'],
    spec: { total: 882 * M },
    source: 'google/siglip2-large-patch16-256 model card (882M)',
  },
  {
    release: 'siglip2',
    words: SIGLIP_WORDS,
    tiers: ['so400m'],
    spec: { total: 1.14 * B },
    source: 'google/siglip2-so400m-patch14-224 model card (1.14B)',
  },
  {
    release: 'siglip2',
    words: SIGLIP_WORDS,
    tiers: ['giant', 'opt'],
    spec: { total: 1.87 * B },
    source: 'google/siglip2-giant-opt-patch16-256 model card (1.87B)',
  },
];
