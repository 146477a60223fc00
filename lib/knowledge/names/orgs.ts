import type { Category, QuantFormat } from '../../facts/schema';
import type { CategoryStrength, Packaging } from './types';
import { STRENGTH } from './strengths';

/** What an organisation's name says about its repos. */
export interface OrgDef {
  /** Lower-case org names. */
  orgs: readonly string[];
  category?: Category;
  task?: string;
  /** How strongly the org decides the category: 6 for single-purpose orgs (every timm repo is a vision model). */
  strength?: CategoryStrength;
  /** Format every repo of the org is published in. */
  quant?: QuantFormat;
  packaging?: Packaging;
  /** Repackagers publish other people's models (quantized or mirrored): their names keep the original's words. */
  repackager?: boolean;
  source: string;
}

export const ORGS: readonly OrgDef[] = [
  { orgs: ['timm'], category: 'vision', task: 'image-classification', strength: STRENGTH.decisive, source: 'timm (pytorch-image-models) publishes vision backbones only' },
  { orgs: ['sentence-transformers'], category: 'embedding', task: 'sentence-similarity', strength: STRENGTH.decisive, source: 'sentence-transformers org: bi-encoder embedding models' },
  { orgs: ['cross-encoder'], category: 'nlp', task: 'text-ranking', strength: STRENGTH.decisive, source: 'sentence-transformers docs: cross-encoder/* are rerankers' },
  { orgs: ['speechbrain', 'pyannote', 'csukuangfj', 'openvoiceos', 'espnet', 'k2-fsa', 'systran', 'coqui', 'suno', 'audio-cpp', 'usefulsensors', 'kyutai', 'resemble-ai', 'hexgrad', 'ace-step', 'distil-whisper', 'myshell-ai', 'fishaudio', 'sesame', 'canopylabs', 'nari-labs', 'parler-tts', 'amphion', 'funaudiollm', 'rhasspy', 'neuphonic', 'sparkaudio', 'speechcolab', 'reazon-research', 'jonatasgrosman', 'fixie-ai', 'mispeech', 'nyrahealth'], category: 'speech', strength: STRENGTH.sure, source: 'speech toolkits and TTS/ASR publishers (their Hub pages: OpenVoice/MeloTTS, Fish-Speech, CSM, Orpheus, Dia, Parler-TTS, Amphion, CosyVoice/SenseVoice, Piper, Spark-TTS, Ultravox, wav2vec2 fine-tunes)' },
  { orgs: ['xai-org'], category: 'llm', task: 'text-generation', strength: STRENGTH.sure, source: 'xAI publishes its Grok language models' },
  { orgs: ['helsinki-nlp'], category: 'nlp', task: 'translation', strength: STRENGTH.sure, source: 'Helsinki-NLP: OPUS-MT translation models' },
  { orgs: ['black-forest-labs', 'kandinsky-community', 'kandinskylab', 'lllyasviel', 'wan-ai', 'hunyuanvideo-community', 'lightricks', 'stable-diffusion-v1-5', 'compvis', 'runwayml', 'sd-dreambooth-library', 'sd-concepts-library', 'diffusers', 'city96', 'quantstack', 'latent-consistency', 'guoyww', 'xinsir', 'instantx', 'ostris', 'lykon', 'sg161222', 'playgroundai', 'fal', 'efficient-large-model', 'alpha-vllm', 'briaai', 'kwai-kolors', 'deepfloyd', 'thudm-cogview', 'tencent-hunyuan', 'madebyollin', 'finetrainers', 'videocrafter', 'genmo', 'rhymes-ai', 'hidream-ai', 'lodestones', 'frankjoshua', 'thelastben', 'emilianjr', 'hakurei', 'prompthero', 'nitrosocke', 'wavymulder', 'dreamlike-art', 'xlabs-ai', 'alimama-creative', 'shakker-labs', 'jasperai', 'kijai', 'comfy-org', 'lightx2v', 'multimodalart', 'linoyts', 'tongyi-mai', 'freepik', 'h94', 'cagliostrolab', 'stablediffusionapi', 'segmind', 'fluently', 'nerijs', 'artificialguybr'], category: 'image-generation', strength: STRENGTH.diffusionOrg, source: 'diffusion model publishers (diffusers docs; their Hub pages: FLUX LoRAs and ControlNets, ComfyUI packs, Wan/LightX2V, Z-Image, IP-Adapter, Animagine)' },
  { orgs: ['intfloat', 'thenlper', 'nomic-ai', 'mixedbread-ai', 'jinaai', 'minishlab', 'neuml', 'vidore', 'naver', 'opensearch-project', 'baai', 'alibaba-nlp', 'sentosa', 'avsolatorio', 'whereisai', 'ai-forever', 'cointegrated', 'sergeyzh', 'dragonkue', 'upskyy', 'nlpai-lab', 'jhgan', 'kblab', 'omartificial-intelligence-space', 'hit-tmg', 'kalm-embedding', 'lightonai', 'infgrad', 'novasearch', 'dunzhang', 'iara-project', 'sdadas', 'ordalietech', 'pfnet-embedding', 'mteb', 'embeddings-benchmark', 'tencentbac', 'geevec-ai', 'infly', 'codefuse-ai', 'zeroentropy', 'qodo', 'voyageai', 'mihaiii', 'moka-ai', 'dmetasoul', 'lajavaness', 'colbert-ir'], category: 'embedding', strength: STRENGTH.orgLean, source: 'embedding model publishers (MTEB, sentence-transformers docs)' },
  { orgs: ['mlx-community'], quant: 'mlx', repackager: true, source: 'mlx-community publishes MLX conversions' },
  { orgs: ['mlc-ai'], quant: 'mlc', repackager: true, category: 'llm', strength: STRENGTH.repackagerOrg, source: 'mlc-ai publishes MLC-LLM / WebLLM compiled weights' },
  { orgs: ['onnx-community', 'xenova'], packaging: 'onnx', repackager: true, source: 'transformers.js ONNX conversions' },
  { orgs: ['thebloke', 'bartowski', 'lmstudio-community', 'quantfactory', 'mradermacher', 'maziyarpanahi', 'second-state', 'lonestriker', 'turboderp', 'ggml-org', 'hugging-quants', 'neuralmagic', 'redhatai', 'unsloth', 'devquasar', 'legraphista', 'lewdiculous', 'noctrex', 'inferenceillusionist', 'mmnga', 'solidrust', 'casperhansen', 'study-hjt', 'qwen-quants', 'nousresearch', 'huggyllama', 'axolotl-quants', 'shashikanth-a', 'fakezeta', 'stduhpf', 'leejet', 'owao', 'cstr', 'mudler', 'localai-io'], repackager: true, source: 'quantizers and mirrors: they publish other labs\' models under the original names' },
];
