import type { Facts, ServingEngine } from '../facts/schema';

// Ready-to-copy commands for a fact sheet. Each is plain text (rendered as text, never as HTML) built only from the
// model ID and facts; an engine gets a command only where its verdict is yes, in the serving table's order.

export interface Snippet {
  /** `axolotl`, `vllm`, `ollama`… */
  tool: string;
  /** File name for configs (`config.yml`), else null for shell commands. */
  fileName: string | null;
  text: string;
}

const DEFAULT_GGUF_LEVEL = 'Q4_K_M';

/** First line of every command for a gated repo (the licence is accepted on the model's page). */
const GATED_LOGIN = 'huggingface-cli login  # gated repo: accept its licence on huggingface.co first';

/** The Hub ID to use in commands: repos given by bare name have none. */
function hubId(facts: Facts): string | null {
  return facts.org ? `${facts.org}/${facts.name}` : null;
}

export function servingSnippets(facts: Facts): Snippet[] {
  const id = hubId(facts);
  if (!id) return [];
  const out: Snippet[] = [];
  const yes = (engine: ServingEngine | 'mlx') => facts.serving[engine]?.verdict === 'yes';
  const routeOf = (engine: ServingEngine | 'mlx') => facts.serving[engine]?.route;
  const level = facts.quant.level ?? DEFAULT_GGUF_LEVEL;
  // An adapter is served on top of its base model; when the Hub has not named it, the command reads it from the
  // adapter's own config first.
  const base = facts.baseModel ?? '"$BASE_MODEL"';
  const onBase = (engine: ServingEngine, command: string) => shell(engine, facts.baseModel ? command : `${readBaseModel(id)}\n${command}`);

  if (yes('vllm')) {
    if (routeOf('vllm') === 'adapter') out.push(onBase('vllm', `vllm serve ${base} --enable-lora --lora-modules adapter=${id}`));
    else out.push(shell('vllm', `vllm serve ${id}${facts.quant.format === 'bnb' ? ' --quantization bitsandbytes' : ''}`));
  }
  // llama-server answers /v1/embeddings only when started with --embeddings.
  const embeddings = facts.category === 'embedding' ? ' --embeddings' : '';
  if (yes('llamacpp')) {
    if (routeOf('llamacpp') === 'convert') {
      out.push(shell('llamacpp', [
        `huggingface-cli download ${id} --local-dir ${facts.name}`,
        `python convert_hf_to_gguf.py ${facts.name} --outtype bf16 --outfile ${facts.name}-BF16.gguf`,
        `llama-quantize ${facts.name}-BF16.gguf ${facts.name}-${DEFAULT_GGUF_LEVEL}.gguf ${DEFAULT_GGUF_LEVEL}`,
        `llama-server -m ${facts.name}-${DEFAULT_GGUF_LEVEL}.gguf${embeddings}`,
      ].join('\n')));
    } else out.push(shell('llamacpp', `llama-server -hf ${id}:${level}${embeddings}`));
  }
  if (yes('tgi')) {
    const quantize = TGI_QUANTIZE[facts.quant.format ?? ''] ?? '';
    // The container downloads the weights itself: a gated repo's token goes in through the environment.
    const token = facts.hub.gated ? '-e HF_TOKEN=$(cat ~/.cache/huggingface/token) ' : '';
    const docker = `docker run ${token}--gpus all --shm-size 1g -p 8080:80 -v $PWD/data:/data \\\n  ghcr.io/huggingface/text-generation-inference:latest`;
    if (routeOf('tgi') === 'adapter') out.push(onBase('tgi', `${docker} --model-id ${base} --lora-adapters ${id}`));
    else out.push(shell('tgi', `${docker} --model-id ${id}${quantize}`));
  }
  if (yes('ollama')) {
    if (routeOf('ollama') === 'convert') out.push(shell('ollama', `huggingface-cli download ${id} --local-dir ${facts.name}\necho "FROM ./${facts.name}" > Modelfile\nollama create ${facts.name.toLowerCase()} -f Modelfile --quantize q4_K_M\nollama run ${facts.name.toLowerCase()}`));
    else out.push(shell('ollama', `ollama run hf.co/${id}:${level}`));
  }
  // ExLlamaV2 loads adapters from Python (ExLlamaV2Lora), not from its command-line scripts.
  if (yes('exllamav2') && routeOf('exllamav2') !== 'adapter') out.push(shell('exllamav2', `huggingface-cli download ${id} --local-dir ${facts.name}\npython test_inference.py -m ${facts.name} -p "Hello"`));
  if (yes('sglang')) {
    if (routeOf('sglang') === 'adapter') {
      out.push(onBase('sglang', `python -m sglang.launch_server --model-path ${base} --enable-lora --lora-paths adapter=${id} --port 30000`));
    } else if (facts.quant.format === 'gguf') {
      // SGLang loads one GGUF file, not a repo of them.
      const file = facts.file ?? `*${level}*.gguf`;
      out.push(shell('sglang', `huggingface-cli download ${id} --include "${file}" --local-dir ${facts.name}\npython -m sglang.launch_server --model-path ${facts.name}/${facts.file ?? `<the ${level} file>`} --load-format gguf --port 30000`));
    } else {
      out.push(shell('sglang', `python -m sglang.launch_server --model-path ${id} --port 30000`));
    }
  }
  if (yes('mlx')) out.push(shell('mlx', `mlx_lm.generate --model ${id} --prompt "Hello"`));
  // A gated repo downloads only with a token from an account that accepted its licence.
  return facts.hub.gated ? out.map((snippet) => ({ ...snippet, text: `${GATED_LOGIN}\n${snippet.text}` })) : out;
}

/** A shell line that sets BASE_MODEL from the adapter's adapter_config.json (PEFT's base_model_name_or_path). */
function readBaseModel(id: string): string {
  return `BASE_MODEL=$(curl -sL https://huggingface.co/${id}/resolve/main/adapter_config.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["base_model_name_or_path"])')`;
}

const TGI_QUANTIZE: Record<string, string> = {
  awq: ' --quantize awq', gptq: ' --quantize gptq', exl2: ' --quantize exl2', bnb: ' --quantize bitsandbytes-nf4', fp8: ' --quantize fp8',
};

function shell(tool: string, text: string): Snippet {
  return { tool, fileName: null, text };
}

const ADAPTER_BASE_PLACEHOLDER = "BASE_MODEL  # replace with base_model_name_or_path from the adapter's adapter_config.json";

/** An Axolotl config for the repo (or its trainable base), or null when Axolotl cannot train it. */
export function axolotlConfig(facts: Facts): Snippet | null {
  const { support } = facts.axolotl;
  if (support === 'none' || support === 'unknown') return null;
  const adapter = facts.isAdapter === true || facts.baseModelRelation === 'adapter';
  const base = facts.axolotl.trainableBase ?? (adapter ? facts.baseModel : null);
  // An adapter whose base the Hub has not named: the config says where to read it (YAML cannot run a command).
  const model = base ?? (adapter ? ADAPTER_BASE_PLACEHOLDER : hubId(facts));
  if (!model || !hubId(facts)) return null;
  const format = base || adapter ? null : facts.quant.format;
  const total = facts.params.total ?? facts.params.active ?? 0;
  const multimodal = facts.category === 'vlm' || facts.category === 'multimodal';
  const qlora = format === 'bnb' || (!format && total >= 13e9);
  const gated = facts.hub.gated && !base ? ['# gated repo: accept its licence on huggingface.co, then huggingface-cli login'] : [];
  const lines = [...gated, `base_model: ${model}`];
  const architecture = !base && !adapter ? facts.architectures[0] : undefined;
  if (architecture && multimodal) lines.push(`model_type: ${architecture}`);
  if (multimodal) lines.push('processor_type: AutoProcessor', 'skip_prepare_dataset: true', 'remove_unused_columns: false', 'sample_packing: false');
  if (format === 'gptq') lines.push('gptq: true');
  if (qlora) lines.push('load_in_4bit: true', 'adapter: qlora');
  else lines.push('adapter: lora');
  if (adapter) lines.push(`lora_model_dir: ${hubId(facts)}`);
  lines.push(
    'lora_r: 16', 'lora_alpha: 32', 'lora_dropout: 0.05', 'lora_target_linear: true', '',
    'datasets:', `  - path: your/dataset`, `    type: ${multimodal ? 'chat_template' : 'alpaca'}`, '',
    'sequence_len: 4096', ...(multimodal ? [] : ['sample_packing: true']), 'micro_batch_size: 2', 'gradient_accumulation_steps: 4',
    'num_epochs: 1', 'learning_rate: 0.0002', 'optimizer: adamw_bnb_8bit', 'bf16: auto', 'gradient_checkpointing: true',
    'output_dir: ./outputs/lora-out',
  );
  return { tool: 'axolotl', fileName: 'config.yml', text: `${lines.join('\n')}\n` };
}

export function trainCommand(): string {
  return 'axolotl train config.yml';
}
