#!/usr/bin/env node
// classify: Model Lens facts for model IDs, names, file names or huggingface.co URLs.
//   npm run classify -- meta-llama/Llama-3.1-8B-Instruct https://huggingface.co/TheBloke/Llama-2-7B-GPTQ
//   npm run classify -- --json < ids.txt          one JSON object per non-empty input line, in input order
// A line starting with `{` is a Hub model-info object (the JSON of /api/models/{id}); its `id` is the model.
import { createInterface } from 'node:readline';
import { isClassifyError } from '../lib/classify-model';
import { classifyLine } from './classify-line';
import type { ClassifyError, Facts } from '../lib/facts/schema';
import { renderFactSheet } from './fact-sheet-text';
import { classifyWithHub, inOrder } from './hub/classify-hub';
import { readFlags } from './flags';
import { HUB_USAGE, hubClientFrom } from './hub/options';
import { LANG_USAGE, cliTranslator } from './lang';
import { MEMORY_USAGE } from './memory-flags';

const USAGE = `usage: classify [--json] [ID | URL | file name ...]
  With no arguments, reads one input per line from standard input.
  --json   print one JSON object per non-empty input line (facts, or {"input", "error"})
  A line starting with "{" is read as Hub model-info JSON (/api/models/{id}); a full config.json under its
  "config" gives the layer shapes for the KV cache.
${MEMORY_USAGE}
${HUB_USAGE}
${LANG_USAGE}`;

function format(result: Facts | ClassifyError, json: boolean, i18n = cliTranslator('en')): string {
  if (json) return `${JSON.stringify(result)}\n`;
  return isClassifyError(result)
    ? `${result.input}\n  error: ${result.error}\n\n`
    : `${renderFactSheet(result, i18n)}\n`;
}

/** Writes in large chunks and honours backpressure, so 100,000 lines stream in seconds. */
class Output {
  private buffer = '';
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!process.stdout.write(chunk))
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const flags = readFlags(argv);
  if ('error' in flags) {
    console.error(`classify: ${flags.error}\n${USAGE}`);
    return 2;
  }
  const { json, inputs } = flags;
  const i18n = cliTranslator(flags.lang);
  const out = new Output();
  let failures = 0;
  const emit = async (result: Facts | ClassifyError) => {
    if (isClassifyError(result)) failures++;
    await out.write(format(result, json, i18n));
  };
  let lines: AsyncIterable<string> | Iterable<string> = inputs;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) console.error('reading model IDs from standard input, one per line (Ctrl-D to end)');
    lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  }
  if (flags.hub.hub) {
    const client = hubClientFrom(flags.hub);
    const { config, concurrency } = flags.hub;
    for await (const result of inOrder(lines, concurrency * 4, (line) =>
      classifyWithHub(line, client, config, flags.memory),
    ))
      await emit(result);
  } else {
    for await (const line of lines) if (line.trim() !== '') await emit(classifyLine(line, flags.memory));
  }
  await out.flush();
  // Errors are reported per line; exit 1 only when arguments were given and one of them was unusable.
  return inputs.length > 0 && failures > 0 ? 1 : 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
