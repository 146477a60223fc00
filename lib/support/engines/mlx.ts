import { engine, listsModelType, modelTypeForArchitecture } from '../../knowledge/engine-lists';
import { common, formatSupport, LANGUAGE_CATEGORIES } from './shared';
import type { ServingEngineModule } from './types';

// MLX LM (Apple silicon): dispatches on config.model_type (mlx_lm/models/<model_type>.py); converts on load.
export const mlx: ServingEngineModule = {
  id: 'mlx',
  label: 'MLX LM',
  sourceKey: 'engine_source_mlx',
  matrix: () => engine('mlx'),
  serves: (input) => LANGUAGE_CATEGORIES.has(input.category) || input.format === 'mlx',
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (input.format === 'mlx') return [{ verdict: 'yes', key: 'serving_mlx_native', route: 'direct' }];
    if (input.adapter) return [{ verdict: 'unknown', key: 'serving_mlx_adapter', route: 'convert' }];
    if (input.format && formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    const modelType =
      input.modelType ?? (input.architecture ? modelTypeForArchitecture('mlx', input.architecture) : null);
    if (modelType && listsModelType('mlx', modelType))
      return [{ verdict: 'yes', key: 'serving_mlx_model_type', args: [modelType], route: 'convert' }];
    if (input.modelType) return [{ verdict: 'no', key: 'serving_model_type_unlisted', args: [name, input.modelType] }];
    return [{ verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] }];
  },
  command: ({ id }) => `mlx_lm.generate --model ${id} --prompt "Hello"`,
};
