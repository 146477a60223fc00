import type { ChosenFile, FitVerdict, MemoryFacts } from '../facts/memory';
import type { Message } from '../i18n/format';
import type { BadgeTone } from './badges';

// How memory figures read: bytes as the Hub shows file sizes (decimal GB, "4.92 GB" on the Files tab), context as
// people say it ("8K", "128K", "1M"), and the colour of each fit verdict. Pure; the views and the CLI share it.

/** "625 MB", "9.8 GB", "42 GB", "234 GB", "1.2 TB"; null for what is not a size. */
export function formatGB(bytes: number | null | undefined): string | null {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null;
  if (bytes >= 1e12) return `${trim((bytes / 1e12).toFixed(1))} TB`;
  if (bytes >= 0.9995e9) {
    const gb = bytes / 1e9;
    return `${gb >= 99.95 ? gb.toFixed(0) : trim(gb.toFixed(1))} GB`;
  }
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(0)} MB`;
  return `${Math.max(0, Math.round(bytes / 1e3))} kB`;
}

const trim = (text: string) => text.replace(/\.0$/, '');

/** Context in tokens as people say it: 8192 → "8K", 131072 → "128K", 100000 → "100K", 1048576 → "1M". */
export function formatContext(tokens: number): string {
  if (!Number.isFinite(tokens) || tokens <= 0) return '';
  const binary = tokens % 1024 === 0;
  const k = binary ? 1024 : 1000;
  if (tokens >= k * k && tokens % ((k * k) / 4) === 0)
    return `${trim((tokens / (k * k)).toFixed(2).replace(/0$/, ''))}M`;
  if (tokens >= 1000) return `${trim((tokens / k).toFixed(1))}K`;
  return String(tokens);
}

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

/** The fit tooltip of a GGUF repo: which file, how big, at what context, and the route it runs by. */
export function fileFitMeaning(memory: MemoryFacts, file: ChosenFile): Message | null {
  const fit = memory.fit;
  if (!fit) return null;
  return {
    key: `memory2_meaning_fit_file_${fit.verdict}`,
    args: [
      file.level ?? file.path,
      formatGB(file.bytes) ?? '?',
      file.of,
      formatContext(memory.contextTokens),
      formatGB(fit.neededBytes) ?? '?',
      formatGB(fit.gpuBytes) ?? '?',
      formatGB(fit.offloadBytes) ?? '?',
    ],
  };
}

/** The sheet's line beside the chosen file: "fits: Q5_K_M, 5.7 GB · llama.cpp, every layer on the GPU". */
export function fileNote(memory: MemoryFacts): Message | null {
  const file = memory.file;
  if (!file) return null;
  const name = file.level ?? file.path;
  const size = formatGB(file.bytes) ?? '?';
  if (!memory.fit) return { key: 'memory2_file_note_default', args: [name, size, file.of] };
  if (memory.fit.verdict === 'offload')
    return { key: 'memory2_file_note_offload', args: [name, size, formatGB(memory.fit.offloadBytes) ?? '?'] };
  return { key: `memory2_file_note_${memory.fit.verdict}`, args: [name, size] };
}

/** What vLLM makes of the user's GPUs (the sheet's note under its row). */
export function vllmNote(memory: MemoryFacts): Message | null {
  const vllm = memory.vllm;
  if (!vllm) return null;
  const percent = Math.round(vllm.utilization * 100);
  const budget = formatGB(vllm.budgetBytes) ?? '?';
  const nonKv = formatGB(vllm.nonKvBytes) ?? '?';
  if (vllm.verdict === 'no') return { key: 'memory2_vllm_no', args: [nonKv, budget, percent] };
  if (vllm.verdict === 'shorter')
    return {
      key: 'memory2_vllm_shorter',
      args: [formatContext(vllm.contextTokens), budget, percent, nonKv, vllm.maxContextTokens],
    };
  return {
    key: 'memory2_vllm_gpu',
    args: [
      percent,
      budget,
      nonKv,
      formatGB(vllm.kvBudgetBytes) ?? '?',
      vllm.maxContextTokens,
      formatContext(vllm.contextTokens),
    ],
  };
}

/**
 * The vLLM command as it would start on the user's GPUs: with `--max-model-len` at the context asked for, or at the
 * longest that fits its KV cache (vLLM otherwise reserves the model's whole maximum and refuses to start). Unchanged
 * without a profile or when vLLM cannot hold the weights (the sheet says so beside it).
 */
export function vllmCommand(command: string, memory: MemoryFacts | null): string {
  const vllm = memory?.vllm;
  if (!vllm || vllm.verdict === 'no' || !/^vllm serve \S+/.test(command) || /--max-model-len/.test(command))
    return command;
  const tokens = vllm.verdict === 'gpu' ? vllm.contextTokens : vllm.maxContextTokens;
  return `${command} --max-model-len ${tokens}`;
}
