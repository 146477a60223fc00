import { engine } from '../../knowledge/engine-lists';
import { ggufRoutes } from './gguf-routes';
import { DEFAULT_GGUF_LEVEL, convertToGguf, download, ggufLevel, ggufListing } from './command-parts';
import { languageOrUnknown, listsThisArchitecture } from './shared';
import type { ServingEngineModule } from './types';

// Ollama: runs GGUF (also straight from the Hub, hf.co/<repo>:<level>); imports safetensors of the architectures its
// own converter knows (convert/), quantizing on import; anything llama.cpp's converter reads runs as that GGUF.
export const ollama: ServingEngineModule = {
  id: 'ollama',
  label: 'Ollama',
  sourceKey: 'engine_source_ollama',
  matrix: () => engine('ollama'),
  serves: (input) =>
    languageOrUnknown(input) ||
    input.format === 'gguf' ||
    listsThisArchitecture('ollama', input) ||
    listsThisArchitecture('llamacpp', input),
  judge(input) {
    return ggufRoutes(
      {
        id: 'ollama',
        name: this.label,
        ownImporter: 'ollama',
        prequantized: ['fp8'],
        keys: { gguf: 'serving_ollama_gguf', adapter: 'serving_ollama_adapter' },
      },
      input,
    );
  },
  command({ facts, id, verdict }) {
    const tag = facts.name.toLowerCase();
    if (verdict.route === 'quantization')
      return `${ggufListing(verdict.link)}\nollama run hf.co/<that repo>:${DEFAULT_GGUF_LEVEL}`;
    if (verdict.route === 'convert') {
      // Ollama's own importer reads the safetensors; for the rest, llama.cpp's converter makes the GGUF it imports.
      const from =
        verdict.reasonKey === 'serving_convert_with_llamacpp'
          ? [...convertToGguf(id, facts.name), `echo "FROM ./${facts.name}-BF16.gguf" > Modelfile`]
          : [download(id, facts.name), `echo "FROM ./${facts.name}" > Modelfile`];
      return [...from, `ollama create ${tag} -f Modelfile --quantize q4_K_M`, `ollama run ${tag}`].join('\n');
    }
    return `ollama run hf.co/${id}:${ggufLevel(facts)}`;
  },
};
