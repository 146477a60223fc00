import type { ChosenFile, MemoryFacts } from '../facts/memory';
import type { Message } from '../i18n/format';

// How memory figures read (bytes as the Hub shows file sizes, context as people say it), and the sheet's and the fit
// badge's sentences about the chosen GGUF file and vLLM's allocation. Built here, in the background, and carried in
// facts.memory.notes: the content script only shows them (its bundle has a size budget).

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
  // With the fp8 cache the note names it: the figures assume the flag the command carries.
  const fp8 = vllm.kvCacheDtype === 'fp8' ? '_fp8' : '';
  if (vllm.verdict === 'shorter')
    return {
      key: `memory2_vllm_shorter${fp8}`,
      args: [formatContext(vllm.contextTokens), budget, percent, nonKv, vllm.maxContextTokens],
    };
  return {
    key: `memory2_vllm_gpu${fp8}`,
    args: [percent, budget, nonKv, formatGB(vllm.kvBudgetBytes) ?? '?', formatContext(vllm.contextTokens)],
  };
}

/** The notes a view shows beside the figures; the views translate them. */
export function memoryNotes(memory: MemoryFacts): NonNullable<MemoryFacts['notes']> {
  return {
    fitFile: memory.file ? fileFitMeaning(memory, memory.file) : null,
    file: fileNote(memory),
    vllm: vllmNote(memory),
  };
}
