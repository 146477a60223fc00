import { engine } from '../../knowledge/engine-lists';
import { common, convertible } from './shared';
import { DEFAULT_GGUF_LEVEL, download, ggufLevel } from './command-parts';
import type { ServingEngineModule } from './types';

// llama.cpp: runs GGUF; a Transformers repo after convert_hf_to_gguf.py, whose registered architectures are its list.
export const llamacpp: ServingEngineModule = {
  id: 'llamacpp',
  label: 'llama.cpp',
  sourceKey: 'engine_source_llamacpp',
  matrix: () => engine('llamacpp'),
  serves: () => true,
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (input.format === 'gguf') return [{ verdict: 'yes', key: 'serving_llamacpp_gguf', route: 'direct' }];
    if (input.format === 'ggml') return [{ verdict: 'no', key: 'serving_llamacpp_ggml', route: 'convert' }];
    if (input.adapter) return [{ verdict: 'unknown', key: 'serving_llamacpp_adapter', route: 'convert' }];
    return [convertible('llamacpp', input, name, this.matrix().extra.convert_prequantized_inputs ?? [])];
  },
  command({ facts, id, verdict }) {
    // llama-server answers /v1/embeddings only when started with --embeddings.
    const embeddings = facts.category === 'embedding' ? ' --embeddings' : '';
    if (verdict.route === 'convert') {
      return [
        download(id, facts.name),
        `python convert_hf_to_gguf.py ${facts.name} --outtype bf16 --outfile ${facts.name}-BF16.gguf`,
        `llama-quantize ${facts.name}-BF16.gguf ${facts.name}-${DEFAULT_GGUF_LEVEL}.gguf ${DEFAULT_GGUF_LEVEL}`,
        `llama-server -m ${facts.name}-${DEFAULT_GGUF_LEVEL}.gguf${embeddings}`,
      ].join('\n');
    }
    return `llama-server -hf ${id}:${ggufLevel(facts)}${embeddings}`;
  },
};
