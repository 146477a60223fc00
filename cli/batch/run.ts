import { Worker } from 'node:worker_threads';
import { legendLine } from './legend';
import { InputReader, type ReadItem } from './input';
import { BatchProcessor, type BatchOptions, type Processed, type Segment } from './process';

// `classify --json` over many inputs: read in chunks, classify in batches (here or in --jobs workers), write in
// large chunks in input order. Workers run this same file set (cli/classify.ts starts them with `batchWorker`).

/** Items per batch: large enough that a worker's round trip is noise, small enough to start writing early. */
const BATCH = 2048;
/**
 * Items per batch without workers: few, so that a batch's lines are written (and die young) before the next
 * scavenge; 2,048 lines (3 MB) alive at once were copied by every young-generation collection.
 */
const LOCAL_BATCH = 32;
const WRITE_AT = 1 << 16;

export interface BatchRun {
  options: BatchOptions;
  jobs: number;
  /** The module workers start from (cli/classify.ts, or its bundle). */
  workerUrl: URL;
}

export interface BatchResult {
  failures: number;
  /** Some input was not well formed (bad JSON in a model list, lines mixed with lists, a list cut short). */
  malformed: boolean;
}

/** Reads `input` (chunks of text) or the given items, writes to `write`; resolves when all is written. */
export async function runBatch(
  run: BatchRun,
  input: AsyncIterable<string> | readonly string[],
  write: (text: string) => Promise<void> | void,
): Promise<BatchResult> {
  const out = new Output(write);
  const written = new Set<string>();
  let failures = 0;
  const emit = async (processed: Processed) => {
    failures += processed.failures;
    for (const segment of processed.segments) await out.write(segmentText(segment, written));
  };
  if (!run.options.full) await out.write(legendLine());
  const reader = new InputReader();
  const pool = run.jobs > 1 ? new Pool(run.jobs, run.options, run.workerUrl) : null;
  const local = pool ? null : new BatchProcessor(run.options);
  // In-order results of batches handed to workers.
  const pending: Promise<Processed>[] = [];
  let batch: ReadItem[] = [];
  const flushBatch = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    if (local) return emit(local.run(items));
    pending.push(pool!.run(items));
    if (pending.length >= run.jobs * 2) await emit(await pending.shift()!);
  };
  const take = async (items: ReadItem[]) => {
    for (const item of items) {
      batch.push(item);
      if (batch.length >= (local ? LOCAL_BATCH : BATCH)) await flushBatch();
    }
  };
  if (Array.isArray(input)) await take(input.filter((line) => line.trim() !== ''));
  else {
    for await (const chunk of input as AsyncIterable<string>) {
      await take(reader.push(chunk));
      if (reader.broken) break;
    }
    await take(reader.end());
  }
  await flushBatch();
  while (pending.length > 0) await emit(await pending.shift()!);
  await pool?.close();
  await out.flush();
  return { failures, malformed: reader.failed };
}

function segmentText(segment: Segment, written: Set<string>): string {
  if (typeof segment === 'string') return segment;
  const [id, record] = segment;
  if (written.has(id)) return '';
  written.add(id);
  return record;
}

/** Collects text and writes it in large chunks, waiting when the reader is slower. */
class Output {
  private buffer = '';
  constructor(private readonly sink: (text: string) => Promise<void> | void) {}
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= WRITE_AT) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.sink(chunk);
  }
}

/**
 * A worker running `url`. Run from the TypeScript sources (`npm run classify`, tsx), the worker registers tsx itself:
 * Node 20 does not hand the main thread's loader hooks to worker threads.
 */
function startWorker(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  // Resolved here, from this module's place: the worker's own code runs from wherever the command was started.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

interface Job {
  seq: number;
  resolve: (processed: Processed) => void;
  reject: (error: Error) => void;
}

/** Worker threads taking batches in turn; each keeps its own verdict sets (the main thread writes each set once). */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private seq = 0;

  constructor(size: number, options: BatchOptions, url: URL) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker(url, { batchWorker: true, options });
      worker.on('message', (message: { seq: number; processed: Processed }) => {
        const job = this.jobs.get(message.seq);
        this.jobs.delete(message.seq);
        job?.resolve(message.processed);
      });
      worker.on('error', (error) => {
        for (const job of this.jobs.values()) job.reject(error);
        this.jobs.clear();
      });
      this.workers.push(worker);
    }
  }

  run(items: ReadItem[]): Promise<Processed> {
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.jobs.set(seq, { seq, resolve, reject });
      worker.postMessage({ seq, items });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
