import type { EngineId } from '../../knowledge/engine-types';
import { listsArchitecture } from '../../knowledge/engine-lists';
import { common, formatWord, isPlain } from './shared';
import type { Decision, ServingInput } from './types';

// llama.cpp and Ollama run GGUF. A Transformers repo gets there two ways: through a ready GGUF quantization of it
// (the model page's model tree counts them), or by converting it with llama.cpp's converter (Ollama also has its own
// importer). Both engines share these routes; their modules add their own keys and commands.

export const QUANTIZED_LISTING = 'https://huggingface.co/models?other=base_model:quantized:';

export interface GgufEngine {
  id: EngineId;
  name: string;
  /** The engine's own importer for safetensors (Ollama's convert/), when it has one besides llama.cpp's converter. */
  ownImporter: EngineId | null;
  /** Quantized inputs its converter reads (llama.cpp: fp8…). */
  prequantized: readonly string[];
  keys: { gguf: Decision['key']; adapter: Decision['key'] };
}

export function ggufRoutes(engine: GgufEngine, input: ServingInput): Decision[] {
  const { name } = engine;
  const shared = common(input, name);
  if (shared) return [shared];
  if (input.format === 'gguf') return [{ verdict: 'yes', key: engine.keys.gguf, route: 'direct' }];
  if (input.format === 'ggml') return [{ verdict: 'no', key: 'serving_llamacpp_ggml', route: 'convert' }];
  if (input.adapter) return [{ verdict: 'unknown', key: engine.keys.adapter, route: 'convert' }];
  const word = input.format ? formatWord(input.format) : null;
  if (!isPlain(input.format) && !(word && engine.prequantized.includes(word))) {
    return [{ verdict: 'no', key: 'serving_convert_needs_original', args: [name, input.format ?? ''] }];
  }
  const arch = input.architecture;
  if (!arch) return [{ verdict: 'unknown', key: 'serving_convert_arch_unknown', args: [name], route: 'convert' }];
  const llamaCppReads = listsArchitecture('llamacpp', arch);
  const ownReads = engine.ownImporter !== null && listsArchitecture(engine.ownImporter, arch);
  if (!llamaCppReads && !ownReads) {
    if (!input.architectureFromHub) return [{ verdict: 'unknown', key: 'serving_family_unlisted', args: [name, arch] }];
    return [{ verdict: 'no', key: 'serving_convert_unlisted', args: [name, arch] }];
  }
  const routes: Decision[] = [];
  const link = input.id && isPlain(input.format) ? `${QUANTIZED_LISTING}${input.id}` : undefined;
  if (link && llamaCppReads && input.quantizedCount !== null && input.quantizedCount > 0) {
    routes.push({
      verdict: 'yes',
      key: 'serving_gguf_quantization',
      args: [name, input.quantizedCount, arch],
      route: 'quantization',
      link,
    });
  }
  const convertKey = ownReads
    ? input.architectureFromHub
      ? 'serving_convert_listed'
      : 'serving_convert_family'
    : 'serving_convert_with_llamacpp';
  routes.push({ verdict: 'yes', key: convertKey, args: [name, arch], route: 'convert' });
  if (link && llamaCppReads && input.quantizedCount === null && input.architectureFromHub) {
    routes.push({
      verdict: 'unknown',
      key: 'serving_gguf_quantization_maybe',
      args: [name, arch],
      route: 'quantization',
      link,
    });
  }
  return routes;
}
