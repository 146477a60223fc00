#!/usr/bin/env node
// classify: Model Lens facts for model IDs, names, file names or huggingface.co URLs.
//   npm run classify -- meta-llama/Llama-3.1-8B-Instruct https://huggingface.co/TheBloke/Llama-2-7B-GPTQ
//   npm run classify -- --json < ids.txt          one JSON object per non-empty input line, in input order
// A line starting with `{` is a Hub model-info object (the JSON of /api/models/{id}); its `id` is the model.
import { createInterface } from 'node:readline';
import { classify, isClassifyError } from '../lib/classify-model';
import type { ClassifyError, Facts } from '../lib/facts/schema';
import { renderFactSheet } from './fact-sheet-text';
import { LANG_USAGE, cliTranslator, takeLang } from './lang';

const USAGE = `usage: classify [--json] [ID | URL | file name ...]
  With no arguments, reads one input per line from standard input.
  --json   print one JSON object per non-empty input line (facts, or {"input", "error"})
  A line starting with "{" is read as Hub model-info JSON (/api/models/{id}).
${LANG_USAGE}`;

export function classifyLine(line: string): Facts | ClassifyError {
  const text = line.trim();
  if (!text.startsWith('{')) return classify(text);
  let hub: unknown;
  try {
    hub = JSON.parse(text);
  } catch (error) {
    return { input: text, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const id = typeof hub === 'object' && hub !== null ? (hub as { id?: unknown; modelId?: unknown }).id ?? (hub as { modelId?: unknown }).modelId : undefined;
  if (typeof id !== 'string' || id.trim() === '') return { input: text, error: 'Hub model info has no "id"' };
  return classify(id, hub);
}

function format(result: Facts | ClassifyError, json: boolean, i18n = cliTranslator('en')): string {
  if (json) return `${JSON.stringify(result)}\n`;
  return isClassifyError(result) ? `${result.input}\n  error: ${result.error}\n\n` : `${renderFactSheet(result, i18n)}\n`;
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
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const language = takeLang(argv);
  if ('error' in language) {
    console.error(`classify: ${language.error}\n${USAGE}`);
    return 2;
  }
  const i18n = cliTranslator(language.lang);
  const json = language.rest.includes('--json');
  const inputs = language.rest.filter((arg) => arg !== '--json');
  const out = new Output();
  let failures = 0;
  const handle = async (line: string) => {
    if (line.trim() === '') return;
    const result = classifyLine(line);
    if (isClassifyError(result)) failures++;
    await out.write(format(result, json, i18n));
  };
  if (inputs.length > 0) {
    for (const input of inputs) await handle(input);
  } else {
    if (process.stdin.isTTY) console.error('reading model IDs from standard input, one per line (Ctrl-D to end)');
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) await handle(line);
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
