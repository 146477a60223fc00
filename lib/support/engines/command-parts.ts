import type { Facts } from '../../facts/schema';
import type { CommandContext } from './types';

// Pieces of shell commands several engines' builders use. Plain text, built from the model ID and facts only.

export const DEFAULT_GGUF_LEVEL = 'Q4_K_M';

/** The Hub's own CLI (`pip install -U huggingface_hub`): `hf download`, `hf auth login`. */
export function download(id: string, dir: string, include?: string): string {
  return `hf download ${id}${include ? ` --include "${include}"` : ''} --local-dir ${dir}`;
}

/** Where a "quantization" route's ready GGUF repos are listed (the verdict's link, GGUF only). */
export function ggufListing(link: string | undefined): string {
  return `# pick a GGUF repo from ${link ?? 'the model tree'}&library=gguf`;
}

/** The GGUF a converted repo becomes: llama.cpp's converter writes it, llama-quantize shrinks it. */
export function convertToGguf(id: string, name: string): string[] {
  return [
    download(id, name),
    `python convert_hf_to_gguf.py ${name} --outtype bf16 --outfile ${name}-BF16.gguf  # llama.cpp's converter`,
  ];
}

/** The GGUF level to ask for: the one the input named, else the usual default. */
export function ggufLevel(facts: Facts): string {
  return facts.quant.level ?? DEFAULT_GGUF_LEVEL;
}

/** A shell line that sets BASE_MODEL from the adapter's adapter_config.json (PEFT's base_model_name_or_path). */
function readBaseModel(id: string): string {
  return `BASE_MODEL=$(curl -sL https://huggingface.co/${id}/resolve/main/adapter_config.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["base_model_name_or_path"])')`;
}

/** An adapter is served on top of its base: the Hub's base_model, else read from the adapter's own config first. */
export function onBase({ facts, id }: CommandContext, build: (base: string) => string): string {
  return facts.baseModel ? build(facts.baseModel) : `${readBaseModel(id)}\n${build('"$BASE_MODEL"')}`;
}
