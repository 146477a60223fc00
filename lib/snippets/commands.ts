import type { Facts, ServingRoute } from '../facts/schema';
import type { Message } from '../i18n/format';

// Ready-to-copy commands for a fact sheet. Each is plain text (rendered as text, never as HTML) built only from the
// model ID and facts; an engine gets a command only where its verdict is yes, in the serving table's order.

export interface Snippet {
  /** `axolotl`, `vllm`, `ollama`… */
  tool: string;
  /** What to call it (the engine's label). */
  title?: string;
  /** For an engine's further routes (the first, best one has none): which route this command takes. */
  route?: ServingRoute;
  /** File name for configs (`config.yml`), else null for shell commands. */
  fileName: string | null;
  text: string;
}

/** The Hub ID to use in commands: repos given by bare name have none. */
function hubId(facts: Facts): string | null {
  return facts.org ? `${facts.org}/${facts.name}` : null;
}

/** The commands the engines built for their "yes" verdicts (lib/support/engines/), in the registry's order. */
export function servingSnippets(facts: Facts): Snippet[] {
  if (!hubId(facts)) return [];
  const out: Snippet[] = [];
  for (const [engine, verdict] of Object.entries(facts.serving)) {
    const title = verdict.label ?? engine;
    if (verdict.verdict === 'yes' && verdict.command)
      out.push({ tool: engine, title, fileName: null, text: verdict.command });
    // Every other "yes" route gets its command too (converting, when a ready quantization is the best route).
    for (const route of (verdict.routes ?? []).slice(1)) {
      if (route.verdict === 'yes' && route.command && route.route)
        out.push({ tool: `${engine}-${route.route}`, title, route: route.route, fileName: null, text: route.command });
    }
  }
  return out;
}

/** A gated repo downloads only with a token from an account that accepted its licence: said once per sheet. */
export function gatedLoginNote(facts: Facts): Message | null {
  return facts.hub.gated ? { key: 'commands_gated_login' } : null;
}

const ADAPTER_BASE_PLACEHOLDER =
  "BASE_MODEL  # replace with base_model_name_or_path from the adapter's adapter_config.json";

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
  const gated =
    facts.hub.gated && !base ? ['# gated repo: accept its licence on huggingface.co, then hf auth login'] : [];
  const lines = [...gated, `base_model: ${model}`];
  const architecture = !base && !adapter ? facts.architectures[0] : undefined;
  if (architecture && multimodal) lines.push(`model_type: ${architecture}`);
  if (multimodal)
    lines.push(
      'processor_type: AutoProcessor',
      'skip_prepare_dataset: true',
      'remove_unused_columns: false',
      'sample_packing: false',
    );
  if (format === 'gptq') lines.push('gptq: true');
  if (qlora) lines.push('load_in_4bit: true', 'adapter: qlora');
  else lines.push('adapter: lora');
  if (adapter) lines.push(`lora_model_dir: ${hubId(facts)}`);
  lines.push(
    'lora_r: 16',
    'lora_alpha: 32',
    'lora_dropout: 0.05',
    'lora_target_linear: true',
    '',
    'datasets:',
    `  - path: your/dataset`,
    `    type: ${multimodal ? 'chat_template' : 'alpaca'}`,
    '',
    'sequence_len: 4096',
    ...(multimodal ? [] : ['sample_packing: true']),
    'micro_batch_size: 2',
    'gradient_accumulation_steps: 4',
    'num_epochs: 1',
    'learning_rate: 0.0002',
    'optimizer: adamw_bnb_8bit',
    'bf16: auto',
    'gradient_checkpointing: true',
    'output_dir: ./outputs/lora-out',
  );
  return { tool: 'axolotl', fileName: 'config.yml', text: `${lines.join('\n')}\n` };
}

export function trainCommand(): string {
  return 'axolotl train config.yml';
}
