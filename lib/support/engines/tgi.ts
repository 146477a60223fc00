import { engine, listsModelType, modelTypeForArchitecture } from '../../knowledge/engine-lists';
import { adapterDecision, common, formatSupport, languageOrUnknown } from './shared';
import { onBase } from './command-parts';
import type { ServingEngineModule } from './types';

// Text Generation Inference: dispatches on config.model_type (server/text_generation_server/models/__init__.py).
const QUANTIZE: Readonly<Record<string, string>> = {
  awq: ' --quantize awq',
  gptq: ' --quantize gptq',
  exl2: ' --quantize exl2',
  bnb: ' --quantize bitsandbytes-nf4',
  fp8: ' --quantize fp8',
};

export const tgi: ServingEngineModule = {
  id: 'tgi',
  label: 'TGI',
  sourceKey: 'engine_source_tgi',
  matrix: () => engine('tgi'),
  serves: languageOrUnknown,
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    // Its matrix lists GGUF for the separate llama.cpp backend image only (format_notes).
    if (input.format === 'gguf') return [{ verdict: 'no', key: 'serving_tgi_gguf', route: 'plugin' }];
    if (input.format && formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    if (input.adapter) return [adapterDecision(input, name, 'LORA_ADAPTERS')];
    if (input.hubTags.includes('text-generation-inference'))
      return [{ verdict: 'yes', key: 'serving_tgi_tag', route: 'direct' }];
    const modelType =
      input.modelType ?? (input.architecture ? modelTypeForArchitecture('tgi', input.architecture) : null);
    if (modelType && listsModelType('tgi', modelType)) {
      return [
        {
          verdict: 'yes',
          key: input.modelType ? 'serving_model_type_listed' : 'serving_family_model_type',
          args: [name, modelType, input.architecture ?? ''],
          route: 'direct',
        },
      ];
    }
    if (input.modelType) {
      if (input.category === 'llm')
        return [{ verdict: 'unknown', key: 'serving_tgi_transformers_fallback', args: [input.modelType] }];
      return [{ verdict: 'no', key: 'serving_model_type_unlisted', args: [name, input.modelType] }];
    }
    return [{ verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] }];
  },
  command(context) {
    const { facts, id, verdict } = context;
    // The container downloads the weights itself: a gated repo's token goes in through the environment.
    const token = facts.hub.gated ? '-e HF_TOKEN=$(cat ~/.cache/huggingface/token) ' : '';
    const docker = `docker run ${token}--gpus all --shm-size 1g -p 8080:80 -v $PWD/data:/data \\\n  ghcr.io/huggingface/text-generation-inference:latest`;
    if (verdict.route === 'adapter')
      return onBase(context, (base) => `${docker} --model-id ${base} --lora-adapters ${id}`);
    return `${docker} --model-id ${id}${QUANTIZE[facts.quant.format ?? ''] ?? ''}`;
  },
};
