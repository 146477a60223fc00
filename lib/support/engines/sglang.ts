import { engine } from '../../knowledge/engine-lists';
import {
  adapterDecision,
  byArchitecture,
  common,
  formatSupport,
  LANGUAGE_CATEGORIES,
  languageOrUnknown,
  listsThisArchitecture,
} from './shared';
import { download, ggufLevel, onBase } from './command-parts';
import type { ServingEngineModule } from './types';

// SGLang: config.architectures against its model registry (python/sglang/srt/models/); loads one GGUF file.
export const sglang: ServingEngineModule = {
  id: 'sglang',
  label: 'SGLang',
  sourceKey: 'engine_source_sglang',
  matrix: () => engine('sglang'),
  serves: (input) => languageOrUnknown(input) || listsThisArchitecture('sglang', input),
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (input.format === 'gguf') {
      if (!LANGUAGE_CATEGORIES.has(input.category))
        return [{ verdict: 'no', key: 'serving_not_language', args: [name] }];
      return [{ verdict: 'yes', key: 'serving_sglang_gguf', route: 'direct' }];
    }
    // Its matrix lists MLX as a format of the Apple backend only (format_notes), not of the server people run.
    if (input.format === 'mlx') return [{ verdict: 'no', key: 'serving_sglang_mlx' }];
    if (input.format && formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    if (input.adapter) return [adapterDecision(input, name, '--lora-paths')];
    return [byArchitecture('sglang', input, name, 'transformers-backend')];
  },
  command(context) {
    const { facts, id, verdict } = context;
    if (verdict.route === 'adapter') {
      return onBase(
        context,
        (base) =>
          `python -m sglang.launch_server --model-path ${base} --enable-lora --lora-paths adapter=${id} --port 30000`,
      );
    }
    if (facts.quant.format === 'gguf') {
      // SGLang loads one GGUF file, not a repo of them.
      const level = ggufLevel(facts);
      const file = facts.file ?? `*${level}*.gguf`;
      return `${download(id, facts.name, file)}\npython -m sglang.launch_server --model-path ${facts.name}/${facts.file ?? `<the ${level} file>`} --load-format gguf --port 30000`;
    }
    return `python -m sglang.launch_server --model-path ${id} --port 30000`;
  },
};
