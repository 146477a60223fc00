import { engine } from '../../knowledge/engine-lists';
import {
  adapterDecision,
  byArchitecture,
  common,
  formatSupport,
  LANGUAGE_CATEGORIES,
  languageOrUnknown,
} from './shared';
import { download } from './command-parts';
import type { ServingEngineModule } from './types';

// ExLlamaV2: EXL2 (and GPTQ, unquantized) language models; architectures from exllamav2/architecture.py.
export const exllamav2: ServingEngineModule = {
  id: 'exllamav2',
  label: 'ExLlamaV2',
  sourceKey: 'engine_source_exllamav2',
  matrix: () => engine('exllamav2'),
  serves: (input) => languageOrUnknown(input) || input.format === 'exl2',
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (input.format === 'exl2') return [{ verdict: 'yes', key: 'serving_exl2_native', route: 'direct' }];
    if (input.format === 'exl3') return [{ verdict: 'no', key: 'serving_exl3' }];
    if (input.format !== null && formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    if (!LANGUAGE_CATEGORIES.has(input.category) && input.category !== 'unknown')
      return [{ verdict: 'no', key: 'serving_not_language', args: [name] }];
    if (input.adapter) return [adapterDecision(input, name, 'ExLlamaV2Lora')];
    return [byArchitecture('exllamav2', input, name, 'llama')];
  },
  // It loads adapters from Python (ExLlamaV2Lora), not from its command-line scripts: no command for that route.
  command({ facts, id, verdict }) {
    if (verdict.route === 'adapter') return null;
    return `${download(id, facts.name)}\npython test_inference.py -m ${facts.name} -p "Hello"`;
  },
};
