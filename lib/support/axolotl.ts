import type { Draft } from '../facts/draft';
import type { MessageKey } from '../i18n/english';
import { englishWithRefs } from './engines/words';
import type { MessageArg } from '../i18n/format';
import type { AxolotlSupport, AxolotlVerdict, QuantFormat } from '../facts/schema';
import {
  engine,
  listsArchitecture,
  listsModelType,
  listsMultimodalArchitecture,
  normalizeModelType,
} from '../knowledge/engine-lists';
import { transformersArchCategory } from '../knowledge/categories';

// Can Axolotl train this repo? The seed's Axolotl tables (supported / partial / not supported, format trainability)
// and the axolotl entry of engine-support.json (axolotl-ai-cloud/axolotl, the commit is in the data). Where they disagree the engine
// source is newer and wins; the reason says so.

interface Rule {
  support: AxolotlSupport;
  reason: MessageKey;
  reasonArgs?: MessageArg[];
  alternative: MessageKey | null;
  alternativeArgs?: MessageArg[];
}

/** Formats Axolotl cannot load for training (seed: Format Compatibility; axolotl docs/support-matrix.qmd). */
const UNTRAINABLE_FORMATS: Partial<Record<QuantFormat, MessageKey>> = {
  gguf: 'axolotl_reason_gguf',
  ggml: 'axolotl_reason_gguf',
  exl2: 'axolotl_reason_exl2',
  exl3: 'axolotl_reason_exl2',
  mlc: 'axolotl_reason_mlc',
  mlx: 'axolotl_reason_mlx',
  int4: 'axolotl_reason_compressed',
  int8: 'axolotl_reason_compressed',
};

/** Formats Axolotl trains as a frozen base with an adapter only (LoRA/QLoRA). */
const FROZEN_BASE_FORMATS: Partial<Record<QuantFormat, MessageKey>> = {
  gptq: 'axolotl_reason_gptq',
  awq: 'axolotl_reason_awq',
  bnb: 'axolotl_reason_bnb',
  fp8: 'axolotl_reason_fp8',
};

/** Axolotl's verdict on a draft, built afresh (name-only drafts go through name-verdicts.ts, which caches). */
export function axolotlVerdict(draft: Draft): AxolotlVerdict {
  const rule = decide(draft);
  const base = draft.facts.baseModel;
  return {
    support: rule.support,
    reason: englishWithRefs(rule.reason, rule.reasonArgs),
    alternative: rule.alternative ? englishWithRefs(rule.alternative, rule.alternativeArgs) : null,
    trainableBase: needsBase(draft, rule) ? base : null,
    reasonKey: rule.reason,
    reasonArgs: (rule.reasonArgs ?? []).map(String),
    alternativeKey: rule.alternative,
    alternativeArgs: (rule.alternativeArgs ?? []).map(String),
  };
}

function needsBase(draft: Draft, rule: Rule): boolean {
  const relation = draft.facts.baseModelRelation;
  return (
    rule.support !== 'full' &&
    (relation === 'quantized' || relation === 'adapter' || draft.facts.quant.format !== null || draft.isAdapter)
  );
}

function baseAlternative(draft: Draft): Pick<Rule, 'alternative' | 'alternativeArgs'> {
  const base = draft.facts.baseModel;
  return base
    ? { alternative: 'axolotl_alt_qlora_named_base', alternativeArgs: [base] }
    : { alternative: 'axolotl_alt_qlora_base' };
}

function decide(draft: Draft): Rule {
  const { facts } = draft;
  if (draft.sidecar)
    return {
      support: 'none',
      reason: 'axolotl_reason_sidecar',
      reasonArgs: [draft.sidecar],
      alternative: 'axolotl_alt_sidecar',
    };
  if (draft.packaging && draft.packaging !== 'diffusers') {
    return {
      support: 'none',
      reason: 'axolotl_reason_export',
      reasonArgs: [draft.packaging],
      ...baseAlternative(draft),
    };
  }
  const format = facts.quant.format;
  if (format) {
    const untrainable = UNTRAINABLE_FORMATS[format];
    if (untrainable) {
      if (format === 'gguf' || format === 'ggml')
        return { support: 'none', reason: untrainable, ...ggufAlternative(draft) };
      if (format === 'mlx') return { support: 'none', reason: untrainable, alternative: 'axolotl_alt_mlx' };
      return { support: 'none', reason: untrainable, ...baseAlternative(draft) };
    }
  }
  const category = facts.category;
  if (draft.isAdapter) {
    // An adapter trains only where Axolotl trains its base's kind (a FLUX LoRA is no more trainable than FLUX).
    const kind = decideByCategory(draft);
    if (kind.support === 'none') {
      return {
        support: 'none',
        reason: 'axolotl_reason_adapter_kind',
        reasonArgs: [`#${kind.reason}`],
        alternative: kind.alternative,
        alternativeArgs: kind.alternativeArgs,
      };
    }
    return facts.baseModel
      ? {
          support: 'partial',
          reason: 'axolotl_reason_adapter_named',
          reasonArgs: [facts.baseModel],
          alternative: 'axolotl_alt_adapter_named',
          alternativeArgs: [facts.baseModel],
        }
      : { support: 'partial', reason: 'axolotl_reason_adapter', alternative: 'axolotl_alt_adapter' };
  }
  const byCategory = decideByCategory(draft);
  if (format && byCategory.support !== 'none' && byCategory.support !== 'unknown') {
    const frozen = FROZEN_BASE_FORMATS[format];
    if (frozen) return { support: 'partial', reason: frozen, ...baseAlternative(draft) };
  }
  if (category === 'unknown') return { support: 'unknown', reason: 'axolotl_unknown_category', alternative: null };
  return byCategory;
}

function ggufAlternative(draft: Draft): Pick<Rule, 'alternative' | 'alternativeArgs'> {
  const base = draft.facts.baseModel;
  return base
    ? { alternative: 'axolotl_alt_gguf_named_base', alternativeArgs: [base] }
    : { alternative: 'axolotl_alt_gguf' };
}

function decideByCategory(draft: Draft): Rule {
  const { facts } = draft;
  const architecture = facts.architectures[0] ?? null;
  const guessed = architecture === null;
  const arch = architecture ?? draft.architectureGuess;
  switch (facts.category) {
    case 'llm':
      return llmRule(draft, arch, guessed);
    case 'vlm':
    case 'multimodal':
    case 'speech':
      if (arch && listsMultimodalArchitecture('axolotl', arch)) {
        return {
          support: 'partial',
          reason: guessed ? 'axolotl_reason_multimodal_family' : 'axolotl_reason_multimodal',
          reasonArgs: [arch],
          alternative: null,
        };
      }
      if (facts.category === 'speech') {
        if (arch && transformersArchCategory(arch) === 'llm') return llmRule(draft, arch, guessed);
        return { support: 'none', reason: 'axolotl_reason_speech', alternative: 'axolotl_alt_speech' };
      }
      if (arch && !guessed)
        return {
          support: 'none',
          reason: 'axolotl_reason_multimodal_unlisted',
          reasonArgs: [arch],
          alternative: 'axolotl_alt_multimodal',
        };
      return { support: 'unknown', reason: 'axolotl_reason_multimodal_unknown', alternative: 'axolotl_alt_multimodal' };
    case 'nlp':
      if (isSeq2Seq(draft, arch))
        return { support: 'full', reason: 'axolotl_reason_seq2seq', alternative: 'axolotl_alt_seq2seq' };
      return { support: 'none', reason: 'axolotl_reason_encoder', alternative: 'axolotl_alt_encoder' };
    case 'embedding':
      return { support: 'none', reason: 'axolotl_reason_embedding', alternative: 'axolotl_alt_embedding' };
    case 'image-generation':
      return { support: 'none', reason: 'axolotl_reason_diffusion', alternative: 'axolotl_alt_diffusion' };
    case 'vision':
      return { support: 'none', reason: 'axolotl_reason_vision', alternative: 'axolotl_alt_vision' };
    case 'other':
      return { support: 'none', reason: 'axolotl_reason_other', alternative: null };
    case 'unknown':
      return { support: 'unknown', reason: 'axolotl_unknown_category', alternative: null };
  }
}

function isSeq2Seq(draft: Draft, arch: string | null): boolean {
  if (arch) return transformersArchCategory(arch) === 'seq2seq';
  return (
    draft.facts.task === 'text2text-generation' ||
    draft.facts.task === 'translation' ||
    draft.facts.task === 'summarization'
  );
}

function llmRule(draft: Draft, arch: string | null, guessed: boolean): Rule {
  const modelType = draft.modelType;
  if (arch && listsArchitecture('axolotl', arch)) {
    return {
      support: 'full',
      reason: guessed ? 'axolotl_reason_named_family' : 'axolotl_reason_named',
      reasonArgs: [arch],
      alternative: null,
    };
  }
  if (
    modelType &&
    engine('axolotl').extra.sample_packing_model_types?.some(
      (type) => normalizeModelType(type) === normalizeModelType(modelType),
    )
  ) {
    return { support: 'full', reason: 'axolotl_reason_packing', reasonArgs: [modelType], alternative: null };
  }
  if (modelType && listsModelType('axolotl', modelType)) {
    return { support: 'full', reason: 'axolotl_reason_packing', reasonArgs: [modelType], alternative: null };
  }
  if (arch && transformersArchCategory(arch) === 'llm') {
    return {
      support: 'full',
      reason: guessed ? 'axolotl_reason_causal_family' : 'axolotl_reason_causal',
      reasonArgs: [arch],
      alternative: null,
    };
  }
  if (arch && !guessed)
    return { support: 'partial', reason: 'axolotl_reason_remote_code', reasonArgs: [arch], alternative: null };
  return { support: 'full', reason: 'axolotl_reason_causal_unconfirmed', alternative: null };
}
