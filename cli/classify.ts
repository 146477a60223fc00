#!/usr/bin/env node
// classify: Model Lens facts for model IDs, names, file names or huggingface.co URLs.
//   npm run classify -- meta-llama/Llama-3.1-8B-Instruct https://huggingface.co/TheBloke/Llama-2-7B-GPTQ
//   npm run classify -- --json < ids.txt          a legend, then one record per non-empty input line, in input order
//   curl 'https://huggingface.co/api/models?limit=1000' | npm run classify -- --json   the Hub's model lists
// A line starting with `{` is a Hub model-info object (the JSON of /api/models/{id}); its `id` is the model.
import { writeFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { isClassifyError } from '../lib/classify-model';
import type { ClassifyError, Facts } from '../lib/facts/schema';
import { renderFactSheet } from './fact-sheet-text';
import { classifyWithHub, inOrder } from './hub/classify-hub';
import { BATCH_USAGE, readFlags } from './flags';
import { HUB_USAGE, hubClientFrom } from './hub/options';
import { LANG_USAGE, cliTranslator } from './lang';
import { MEMORY_USAGE } from './memory-flags';
import { InputReader, type ReadItem } from './batch/input';
import { legendLine } from './batch/legend';
import { answerFor, BatchProcessor } from './batch/process';
import { runBatch } from './batch/run';
import { serveBatches } from './batch/worker';

const USAGE = `usage: classify [--json [--full] [--jobs N]] [ID | URL | file name ...]
  With no arguments, reads standard input: one input per line, or the Hub's model lists (JSON arrays of
  model-info objects, as /api/models?… answers them). A line starting with "{" is read as Hub model-info JSON
  (/api/models/{id}); a full config.json under its "config" gives the layer shapes for the KV cache.
${BATCH_USAGE}
${MEMORY_USAGE}
${HUB_USAGE}
${LANG_USAGE}`;

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
}

async function* stdinText(): AsyncGenerator<string> {
  if (process.stdin.isTTY) console.error('reading model IDs from standard input, one per line (Ctrl-D to end)');
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) yield chunk as string;
}

/** Standard input's items one by one (the readable sheet and --hub, which go at their own pace). */
async function* stdinItems(reader: InputReader): AsyncGenerator<ReadItem> {
  for await (const chunk of stdinText()) {
    yield* reader.push(chunk);
    if (reader.broken) return;
  }
  yield* reader.end();
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
  // Commands are in the readable sheet and in --full lines; batch lines leave them out.
  const options = { memory: flags.memory, full: !json || flags.full };
  if (json && !flags.hub.hub) {
    const result = await runBatch(
      { options, jobs: flags.jobs, workerUrl: new URL(import.meta.url) },
      inputs.length > 0 ? inputs : stdinText(),
      write,
    );
    return result.malformed || (inputs.length > 0 && result.failures > 0) ? 1 : 0;
  }
  const i18n = cliTranslator(flags.lang);
  const reader = new InputReader();
  const items: AsyncIterable<ReadItem> | Iterable<ReadItem> =
    inputs.length > 0 ? inputs.filter((line) => line.trim() !== '') : stdinItems(reader);
  const processor = new BatchProcessor(options);
  let failures = 0;
  let text = json && !flags.full ? legendLine() : '';
  const emit = async (result: Facts | ClassifyError) => {
    if (isClassifyError(result)) failures++;
    if (json) text += processor.encodeOne(result);
    else
      text += isClassifyError(result)
        ? `${result.input}\n  error: ${result.error}\n\n`
        : `${renderFactSheet(result, i18n)}\n`;
    if (text.length >= 1 << 16) {
      await write(text);
      text = '';
    }
  };
  if (flags.hub.hub) {
    const client = hubClientFrom(flags.hub);
    const { config, concurrency } = flags.hub;
    for await (const result of inOrder(items, concurrency * 4, (item) =>
      typeof item === 'string'
        ? classifyWithHub(item, client, config, flags.memory, options.full)
        : Promise.resolve(answerFor(item, options)),
    ))
      await emit(result);
  } else {
    for await (const item of items) await emit(answerFor(item, options));
  }
  await write(text);
  // Errors are reported per input; exit 1 when arguments were given and one of them was unusable.
  return reader.failed || (inputs.length > 0 && failures > 0) ? 1 : 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// npm run bench measures CPU time, which load from other processes disturbs less than the clock: on exit the command
// writes the microseconds of CPU it used (every thread) to the file BENCH_CPU_FILE names.
if (isMainThread && process.env.BENCH_CPU_FILE) {
  const file = process.env.BENCH_CPU_FILE;
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String(user + system));
  });
}

if (!isMainThread && (workerData as { batchWorker?: boolean } | null)?.batchWorker)
  serveBatches((workerData as { options: Parameters<typeof serveBatches>[0] }).options);
else
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
