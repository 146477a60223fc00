import { engine } from '../../knowledge/engine-lists';
import { ggufRoutes } from './gguf-routes';
import { DEFAULT_GGUF_LEVEL, convertToGguf, ggufLevel, ggufListing } from './command-parts';
import { languageOrUnknown, listsThisArchitecture } from './shared';
import type { ServingEngineModule } from './types';

// llama.cpp: runs GGUF; a Transformers repo through a ready GGUF quantization of it, or after convert_hf_to_gguf.py,
// whose registered architectures are its list (text, vision, embedding and reranking models among them).
export const llamacpp: ServingEngineModule = {
  id: 'llamacpp',
  label: 'llama.cpp',
  sourceKey: 'engine_source_llamacpp',
  matrix: () => engine('llamacpp'),
  serves: (input) => languageOrUnknown(input) || input.format === 'gguf' || listsThisArchitecture('llamacpp', input),
  judge(input) {
    return ggufRoutes(
      {
        id: 'llamacpp',
        name: this.label,
        ownImporter: 'llamacpp',
        prequantized: this.matrix().extra.convert_prequantized_inputs ?? [],
        keys: { gguf: 'serving_llamacpp_gguf', adapter: 'serving_llamacpp_adapter' },
      },
      input,
    );
  },
  command({ facts, id, verdict }) {
    // llama-server answers /v1/embeddings only when started with --embeddings.
    const embeddings = facts.category === 'embedding' ? ' --embeddings' : '';
    if (verdict.route === 'quantization')
      return `${ggufListing(verdict.link)}\nllama-server -hf <that repo>:${DEFAULT_GGUF_LEVEL}${embeddings}`;
    if (verdict.route === 'convert') {
      return [
        ...convertToGguf(id, facts.name),
        `llama-quantize ${facts.name}-BF16.gguf ${facts.name}-${DEFAULT_GGUF_LEVEL}.gguf ${DEFAULT_GGUF_LEVEL}`,
        `llama-server -m ${facts.name}-${DEFAULT_GGUF_LEVEL}.gguf${embeddings}`,
      ].join('\n');
    }
    return `llama-server -hf ${id}:${ggufLevel(facts)}${embeddings}`;
  },
};
