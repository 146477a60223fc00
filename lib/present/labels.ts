import type { Message } from '../i18n/format';
import { formatCount } from '../i18n/numbers';
import { findGgufLevel } from '../knowledge/gguf-levels';
import { type AnatomyPart, CATEGORIES, type Facts } from '../facts/schema';

// What to call facts in the interface, as message keys (translated by whoever shows them). Pure: the command line
// renders them in English, the extension in the reader's language.

export function valueLabel(
  field:
    | 'category'
    | 'stage'
    | 'alignment'
    | 'finetune'
    | 'quant'
    | 'modality'
    | 'purpose'
    | 'support'
    | 'verdict'
    | 'role',
  value: string,
): Message {
  return { key: `value_${field}_${value.replace(/-/g, '_')}` };
}

/** Explanation of a suffix value, in the seed's words (`-Instruct`: instruction-tuned…). */
export function explanation(
  field: 'stage' | 'alignment' | 'finetune' | 'quant' | 'modality' | 'purpose' | 'category',
  value: string,
): Message {
  return { key: `explain_${field}_${value.replace(/-/g, '_')}` };
}

/** The size badge: "8B", "46.7B (12.9B active)", "8×7B MoE", "~7B". */
export function sizeLabel(facts: Facts): Message | null {
  const { total, active, experts } = facts.params;
  const approximate = facts.evidence.some((evidence) => evidence.field === 'params' && evidence.confidence === 'low');
  if (total !== null && active !== null)
    return { key: 'size_moe_total_active', args: [formatCount(total), formatCount(active)] };
  if (total !== null) return { key: approximate ? 'size_approximate' : 'size_dense', args: [formatCount(total)] };
  if (active !== null && experts !== null) return { key: 'size_active_experts', args: [formatCount(active), experts] };
  if (active !== null) return { key: 'size_active_only', args: [formatCount(active)] };
  const moe = facts.anatomy.find((part) => part.role === 'size' && /x/i.test(part.text));
  if (moe) return { key: 'size_moe_label', args: [moe.text] };
  return null;
}

/** The quant badge: "GGUF Q4_K_M", "AWQ 4-bit", "bnb 4-bit". */
export function quantLabel(facts: Facts): Message | null {
  const { format, bits, level } = facts.quant;
  if (!format) return bits !== null ? { key: 'quant_bits_only', args: [bits] } : null;
  const name = FORMAT_NAMES[format] ?? format;
  if (level) return { key: 'quant_format_level', args: [name, level] };
  if (bits !== null && bits < 16) return { key: 'quant_format_bits', args: [name, bits] };
  return { key: 'quant_format_only', args: [name] };
}

const FORMAT_NAMES: Record<string, string> = {
  gguf: 'GGUF',
  ggml: 'GGML',
  gptq: 'GPTQ',
  awq: 'AWQ',
  exl2: 'EXL2',
  exl3: 'EXL3',
  bnb: 'bitsandbytes',
  mlx: 'MLX',
  mlc: 'MLC',
  fp8: 'FP8',
  int8: 'INT8',
  int4: 'INT4',
  fp16: 'FP16',
  bf16: 'BF16',
  fp32: 'FP32',
};

/** What one part of the name's anatomy means. */
export function partMeaning(part: AnatomyPart): Message {
  const { role, meaning, text } = part;
  switch (role) {
    case 'org':
      return {
        key:
          meaning === 'lab-name'
            ? 'anatomy_lab_name'
            : meaning === 'repackager'
              ? 'anatomy_org_repackager'
              : 'anatomy_org',
      };
    case 'family':
      return { key: 'anatomy_family', args: [meaning] };
    case 'version':
      return { key: 'anatomy_version', args: [text] };
    case 'date':
      return { key: 'anatomy_date', args: [text] };
    case 'size':
      return sizeMeaning(meaning, text);
    case 'context':
      return { key: 'anatomy_context', args: [formatContext(Number(meaning))] };
    case 'stage':
    case 'alignment':
    case 'finetune':
    case 'modality':
      return valueLabel(role, meaning);
    case 'purpose':
      return PURPOSE_OR_CATEGORY.has(meaning) ? valueLabel('category', meaning) : valueLabel('purpose', meaning);
    case 'quant':
      return quantMeaning(meaning, text);
    case 'format':
      return { key: meaning === 'hf-format' ? 'anatomy_hf_format' : 'anatomy_packaging', args: [text] };
    case 'sidecar':
      return { key: 'anatomy_sidecar', args: [text] };
    case 'shard':
      return { key: 'anatomy_shard', args: meaning.split('/') };
    case 'file':
    case 'other':
      return otherMeaning(meaning, text);
  }
}

/** Parts that are no fact of the model but say what they are: training counts and words, a language code. */
const OTHER_MEANINGS: Readonly<Record<string, string>> = {
  'training-tokens': 'anatomy_training_tokens',
  'training-steps': 'anatomy_training_steps',
  'training-detail': 'anatomy_training_detail',
  language: 'anatomy_language',
  'image-size': 'anatomy_image_size',
};

function otherMeaning(meaning: string, text: string): Message {
  const key = OTHER_MEANINGS[meaning];
  return key ? { key, args: [text] } : { key: 'anatomy_other' };
}

/** Purpose words that are categories too (a `-VL` part reads as the category it names). */
const PURPOSE_OR_CATEGORY: ReadonlySet<string> = new Set(CATEGORIES.filter((category) => category !== 'unknown'));

function sizeMeaning(meaning: string, text: string): Message {
  if (meaning.startsWith('active:'))
    return { key: 'anatomy_size_active', args: [formatCount(Number(meaning.slice(7)))] };
  if (meaning.startsWith('effective:'))
    return { key: 'anatomy_size_effective', args: [formatCount(Number(meaning.slice(10)))] };
  if (meaning.startsWith('experts:')) return { key: 'anatomy_size_experts', args: [meaning.slice(8)] };
  const moe = /^(\d+)x(.+)$/i.exec(meaning);
  if (moe) return { key: 'anatomy_size_moe', args: [moe[1]!, moe[2]!.toUpperCase()] };
  const count = Number(meaning);
  return Number.isFinite(count)
    ? { key: 'anatomy_size', args: [formatCount(count)] }
    : { key: 'anatomy_other', args: [text] };
}

function quantMeaning(meaning: string, text: string): Message {
  const level = findGgufLevel(meaning);
  if (level && /_|^F(16|32)$|^BF16$/i.test(meaning))
    return { key: 'anatomy_gguf_level', args: [level.name, level.bits] };
  if (meaning.endsWith('bit')) return { key: 'anatomy_bits', args: [meaning.slice(0, -3)] };
  if (meaning.endsWith('bpw')) return { key: 'anatomy_bpw', args: [meaning.slice(0, -3)] };
  if (meaning === 'quantization-detail' || meaning === 'group-size')
    return { key: 'anatomy_quant_detail', args: [text] };
  if (FORMAT_NAMES[meaning]) return { key: 'anatomy_quant_format', args: [FORMAT_NAMES[meaning]!] };
  return { key: 'anatomy_quant_detail', args: [text] };
}

function formatContext(tokens: number): string {
  return tokens >= 1024 * 1024
    ? `${Math.round(tokens / (1024 * 1024))}M`
    : tokens >= 1e6
      ? `${Math.round(tokens / 1e6)}M`
      : `${Math.round(tokens / 1024)}K`;
}
