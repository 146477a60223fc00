import { engine } from '../../knowledge/engine-lists';
import {
  adapterDecision,
  byArchitecture,
  common,
  formatSupport,
  languageOrUnknown,
  listsThisArchitecture,
} from './shared';
import { onBase } from './command-parts';
import type { ServingEngineModule } from './types';

// vLLM: config.architectures against its model registry (vllm/model_executor/models/registry.py) and its
// supported-models docs; quantized repos through the quantization_config methods it lists.
export const vllm: ServingEngineModule = {
  id: 'vllm',
  label: 'vLLM',
  sourceKey: 'engine_source_vllm',
  matrix: () => engine('vllm'),
  serves: (input) => languageOrUnknown(input) || listsThisArchitecture('vllm', input),
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (input.format === 'gguf') return [{ verdict: 'no', key: 'serving_vllm_gguf_plugin', route: 'plugin' }];
    if (input.format && formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    if (input.adapter) return [adapterDecision(input, name, '--enable-lora')];
    return [byArchitecture('vllm', input, name, 'transformers-backend', { suffixSwap: true, docsList: true })];
  },
  command(context) {
    const { facts, id, verdict } = context;
    if (verdict.route === 'adapter')
      return onBase(context, (base) => `vllm serve ${base} --enable-lora --lora-modules adapter=${id}`);
    return `vllm serve ${id}${facts.quant.format === 'bnb' ? ' --quantization bitsandbytes' : ''}`;
  },
};
