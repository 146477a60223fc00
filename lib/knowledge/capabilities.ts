import type { Capability, Modality } from '../facts/schema';

// What a model can do beyond text in, text out, as data with sources. Each row is evidence read from a model card or
// a format's convention; a capability is shown only when one of these (or the Hub's own data) says so.

export interface NameCapabilityRule {
  /** The word as people write it, for the evidence. */
  word: string;
  /** Matches the word as a whole segment of the model's name. */
  pattern: RegExp;
  capability: Capability;
  source: string;
}

const segment = (word: string) => new RegExp(`(?:^|[-_.\\s/])${word}(?:$|[-_.\\s])`, 'i');

/** Name words that say the model thinks before it answers. */
export const NAME_CAPABILITIES: readonly NameCapabilityRule[] = [
  {
    word: 'Thinking',
    pattern: segment('thinking'),
    capability: 'reasoning',
    source: 'Qwen/Qwen3-4B-Thinking-2507 and zai-org/GLM-4.1V-9B-Thinking model cards',
  },
  {
    word: 'R1',
    pattern: segment('r1'),
    capability: 'reasoning',
    source: 'deepseek-ai/DeepSeek-R1 model card (R1 and the R1-Distill models)',
  },
  { word: 'QwQ', pattern: segment('qwq'), capability: 'reasoning', source: 'Qwen/QwQ-32B model card' },
  {
    word: 'reasoning',
    pattern: segment('reason(?:ing|er)?'),
    capability: 'reasoning',
    source: 'microsoft/Phi-4-reasoning model card',
  },
  {
    word: 'Magistral',
    pattern: segment('magistral'),
    capability: 'reasoning',
    source: 'mistralai/Magistral-Small-2506 model card',
  },
];

export interface FamilyCapabilityRule {
  /** Family as the name reading gives it (`facts.family`). */
  family: string;
  /** Version pattern (`facts.version`); any version when absent. */
  version?: RegExp;
  /** Names in the family that lack the capability (non-thinking updates, embedders…). */
  except?: RegExp;
  capabilities: readonly Capability[];
  /** The model card that says so, as people know it. */
  card: string;
}

/** Families whose cards promise a thinking mode (hybrid thinking) or tool calling. */
export const FAMILY_CAPABILITIES: readonly FamilyCapabilityRule[] = [
  // Qwen3 switches between thinking and non-thinking modes; the 2507 Instruct updates and Coder are non-thinking.
  {
    family: 'Qwen',
    version: /^3$/,
    except: /instruct-2507|coder|embedding|reranker|guard/i,
    capabilities: ['reasoning', 'tools'],
    card: 'Qwen3 model card (Qwen/Qwen3-8B)',
  },
  {
    family: 'Qwen',
    version: /^3$/,
    except: /embedding|reranker|guard/i,
    capabilities: ['tools'],
    card: 'Qwen3 model card (Qwen/Qwen3-8B), agentic use',
  },
  {
    family: 'DeepSeek',
    version: /^V3\.[12]/i,
    capabilities: ['reasoning', 'tools'],
    card: 'DeepSeek-V3.1 model card (deepseek-ai/DeepSeek-V3.1), hybrid thinking mode',
  },
  { family: 'gpt-oss', capabilities: ['reasoning', 'tools'], card: 'gpt-oss model card (openai/gpt-oss-120b)' },
  {
    family: 'Llama',
    version: /^3\.[13]$/,
    except: /guard|vision/i,
    capabilities: ['tools'],
    card: 'Llama 3.1 model card (meta-llama/Llama-3.1-8B-Instruct), tool use',
  },
];

/** The name's modality words (lib/classify) and the inputs they stand for. */
export const MODALITY_CAPABILITIES: Readonly<Partial<Record<Modality, readonly Capability[]>>> = {
  vl: ['vision'],
  vision: ['vision'],
  llava: ['vision'],
  audio: ['audio'],
  // Omni models (Qwen2.5-Omni, MiniCPM-o) take images and audio besides text (their model cards).
  omni: ['vision', 'audio'],
};

/** Hub pipeline tags of generative models that take media besides text (@huggingface/tasks modalities). */
export const PIPELINE_CAPABILITIES: Readonly<Record<string, readonly Capability[]>> = {
  'image-text-to-text': ['vision'],
  'visual-question-answering': ['vision'],
  'video-text-to-text': ['video'],
  'audio-text-to-text': ['audio'],
};

/** Chat-template text that says the model takes tools (`{% if tools %}`, `tool_calls`) or opens a thinking block. */
export const TEMPLATE_TOOLS = /\btools\b|\btool_calls?\b/;
export const TEMPLATE_THINKING = /<think>|\benable_thinking\b|\breasoning_content\b/;
