import { engine } from '../../knowledge/engine-lists';
import { common, convertible } from './shared';
import { download, ggufLevel } from './command-parts';
import type { ServingEngineModule } from './types';

// Ollama: runs GGUF (also straight from the Hub, hf.co/<repo>:<level>); imports safetensors of the architectures its
// converter knows (convert/), quantizing on import.
export const ollama: ServingEngineModule = {
  id: 'ollama',
  label: 'Ollama',
  sourceKey: 'engine_source_ollama',
  matrix: () => engine('ollama'),
  serves: () => true,
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (input.format === 'gguf') return [{ verdict: 'yes', key: 'serving_ollama_gguf', route: 'direct' }];
    if (input.format === 'ggml') return [{ verdict: 'no', key: 'serving_llamacpp_ggml', route: 'convert' }];
    if (input.adapter) return [{ verdict: 'unknown', key: 'serving_ollama_adapter', route: 'convert' }];
    return [convertible('ollama', input, name, ['fp8'])];
  },
  command({ facts, id, verdict }) {
    if (verdict.route === 'convert') {
      const tag = facts.name.toLowerCase();
      return `${download(id, facts.name)}\necho "FROM ./${facts.name}" > Modelfile\nollama create ${tag} -f Modelfile --quantize q4_K_M\nollama run ${tag}`;
    }
    return `ollama run hf.co/${id}:${ggufLevel(facts)}`;
  },
};
