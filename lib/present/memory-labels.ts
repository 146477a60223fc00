import type { FitVerdict, MemoryFacts } from '../facts/memory';
import { formatContext, formatGB } from '../estimate/notes';
import type { Message } from '../i18n/format';
import type { BadgeTone } from './badges';

// How memory figures read: bytes as the Hub shows file sizes (decimal GB, "4.92 GB" on the Files tab), context as
// people say it ("8K", "128K", "1M"), and the colour of each fit verdict. Pure; the views and the CLI share it.

export { formatContext, formatGB } from '../estimate/notes';

export const FIT_TONES: Readonly<Record<FitVerdict, BadgeTone>> = { gpu: 'yes', offload: 'partial', no: 'no' };

/** A compact fit chip's text (listing cards, Files-tab rows): "fits · 6.1 GB", "offload · 17 GB", "too big · 62 GB". */
export function fitChipLabel(memory: MemoryFacts): Message | null {
  if (!memory.fit) return null;
  return {
    key: `chip_fit_${memory.fit.verdict}`,
    args: [formatGB(memory.inferenceBytes ?? memory.fit.neededBytes) ?? '?'],
  };
}

/** What the fit verdict means for the user's hardware, with the figures (a tooltip or the sheet's note). */
export function fitMeaning(memory: MemoryFacts): Message | null {
  const fit = memory.fit;
  if (!fit) return null;
  const needed = formatGB(fit.neededBytes) ?? '?';
  const offered = formatGB(fit.gpuBytes) ?? '?';
  if (fit.verdict === 'offload')
    return { key: 'meaning_fit_offload', args: [needed, offered, formatGB(fit.offloadBytes) ?? '?'] };
  return { key: `meaning_fit_${fit.verdict}`, args: [needed, offered, formatContext(memory.contextTokens)] };
}

/**
 * The best file that fits on the GPU among a repo's files: the largest (the most bits per weight, so the best quality)
 * whose verdict is `gpu`. Projectors are not a model of their own. Null when none fits on the GPU: an offload is
 * never called the best fit.
 */
export function bestFit(answers: readonly ({ path: string; memory: MemoryFacts } | null)[]): string | null {
  let best: { path: string; bytes: number } | null = null;
  for (const answer of answers) {
    if (!answer || answer.memory.fit?.verdict !== 'gpu' || /(^|\/)mmproj/i.test(answer.path)) continue;
    const bytes = answer.memory.weightsBytes ?? answer.memory.inferenceBytes ?? 0;
    if (!best || bytes > best.bytes) best = { path: answer.path, bytes };
  }
  return best?.path ?? null;
}

/**
 * The vLLM command as it would start on the user's GPUs: with `--max-model-len` at the context asked for, or at the
 * longest that fits its KV cache (vLLM otherwise reserves the model's whole maximum and refuses to start), and the
 * fp8 KV cache where the settings ask for a quantized one (the figures assume it). Unchanged
 * without a profile or when vLLM cannot hold the weights (the sheet says so beside it).
 */
export function vllmCommand(command: string, memory: MemoryFacts | null): string {
  const vllm = memory?.vllm;
  if (!vllm || vllm.verdict === 'no' || !/^vllm serve \S+/.test(command) || /--max-model-len/.test(command))
    return command;
  const tokens = vllm.verdict === 'gpu' ? vllm.contextTokens : vllm.maxContextTokens;
  const cache =
    vllm.kvCacheDtype === 'auto' || /--kv-cache-dtype/.test(command) ? '' : ` --kv-cache-dtype ${vllm.kvCacheDtype}`;
  return `${command} --max-model-len ${tokens}${cache}`;
}
