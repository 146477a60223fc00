// Technical words the Burmese interface keeps in English, as the domain reference does in its Burmese prose
// (docs/reference/ai-model-suffixes.md): a reader of the guide knows them in English. Every other Burmese label,
// heading, chip and legend entry contains Myanmar script (tests/lib/knowledge/glossary.test.ts and
// tests/e2e/plain-words.spec.ts read this list).

export interface GlossaryTerm {
  /** As written in the interface (matched without regard to case). */
  term: string;
  /**
   * `reference`: the reference itself writes it in English in Burmese text or in its tables (a test checks it is
   * there). Otherwise why it stays English: the name of a tool, a file format or a unit.
   */
  source: 'reference' | 'tool name' | 'file format' | 'unit' | 'model name';
}

const reference = (...terms: string[]): GlossaryTerm[] => terms.map((term) => ({ term, source: 'reference' }));
const as = (source: GlossaryTerm['source'], ...terms: string[]): GlossaryTerm[] =>
  terms.map((term) => ({ term, source }));

export const GLOSSARY: readonly GlossaryTerm[] = [
  // Categories and kinds of model
  ...reference(
    'AI',
    'LLM',
    'VLM',
    'Model',
    'Vision',
    'Vision-Language',
    'Multimodal',
    'Omni',
    'Audio',
    'Speech',
    'Embedding',
    'MoE',
    'Transformers',
  ),
  // Training stages, alignment and fine-tuning: the suffix words themselves
  ...reference(
    'Base',
    'Instruct',
    'Chat',
    'Pretrained',
    'SFT',
    'RLHF',
    'DPO',
    'ORPO',
    'KTO',
    'PPO',
    'SimPO',
    'LoRA',
    'QLoRA',
    'Adapter',
    'Merged',
    'Fine-tune',
    'Fine-tuning',
    'Alignment',
    'Training',
    'Stage',
  ),
  // Quantization
  ...reference(
    'Quantization',
    'Quant',
    'GGUF',
    'GGML',
    'GPTQ',
    'AWQ',
    'EXL2',
    'bnb',
    'fp16',
    'bf16',
    'fp32',
    'int8',
    'int4',
    'bit',
    'Bits',
    'Precision',
    'Format',
  ),
  // Purposes the suffix tables name
  ...reference('Code', 'Coder', 'Math', 'Roleplay', 'Uncensored', 'Abliterated', 'Turbo', 'Preview', 'Pro', 'Mini'),
  // Hugging Face and the tools
  ...reference(
    'Hugging',
    'Face',
    'HF',
    'Axolotl',
    'vLLM',
    'llama.cpp',
    'TGI',
    'Ollama',
    'ExLlamaV2',
    'SGLang',
    'GPU',
    'Memory',
    'Suffix',
    'Tool',
    'Task',
    'Architecture',
    'Tip',
  ),
  ...as('model name', 'NLP', 'LLaVA'),
  ...as('tool name', 'Hub', 'MLX', 'LM', 'ExLlama', 'Model Lens', 'Lens'),
  // Serving engines of the registry besides the reference's six: their names, as people know them
  ...as(
    'tool name',
    'ExLlamaV3',
    'Diffusers',
    'whisper.cpp',
    'TEI',
    'Text Embeddings Inference',
    'Sentence Transformers',
  ),
  ...as('file format', 'EXL3', 'safetensors', 'ONNX', 'TensorRT', 'MLC', 'fp8', 'config.json'),
  ...as('unit', 'B', 'M', 'K', 'GB', 'MB', 'bpw', 'VRAM'),
];

const WORDS: ReadonlySet<string> = new Set(GLOSSARY.flatMap(({ term }) => term.toLowerCase().split(/\s+/)));

const MYANMAR = /[\u1000-\u109f\uaa60-\uaa7f]/;
/** Numbers, sizes (8B, 46.7B, 4-bit's 4), quant levels (Q4_K_M, IQ2_XS, F16) and marks. */
const NEUTRAL =
  /^(?:[~≈≥≤<>×xv]?\d[\d.,]*(?:x\d[\d.]*)?[a-z%]{0,3}|i?q\d\w*|[fb]f?\d+|[✓✗~?•·…→↗:#=+\-–—/|()[\]"'.,;*!]+)$/i;

/**
 * Whether a Burmese interface text reads as Burmese: it contains Myanmar script, or every word of it is a glossary
 * term, a number or a mark (`allowed`: names that belong to the model itself, e.g. its family).
 */
export function readsAsBurmese(text: string, allowed: readonly string[] = []): boolean {
  if (MYANMAR.test(text)) return true;
  const extra = new Set(allowed.map((word) => word.toLowerCase()));
  return text
    .split(/[\s/·,:;()[\]"'+…→↗]+/)
    .filter(Boolean)
    .every((word) => {
      const lower = word.toLowerCase().replace(/[.!?]+$/, '');
      return (
        lower === '' ||
        WORDS.has(lower) ||
        extra.has(lower) ||
        NEUTRAL.test(word) ||
        lower.split('-').every((part) => part === '' || WORDS.has(part) || extra.has(part) || NEUTRAL.test(part))
      );
    });
}
