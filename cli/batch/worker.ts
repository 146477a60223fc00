import { parentPort } from 'node:worker_threads';
import type { ReadItem } from './input';
import { BatchProcessor, type BatchOptions } from './process';

/** A --jobs worker: batches of items in, their records out (cli/batch/run.ts keeps the order). */
export function serveBatches(options: BatchOptions): void {
  const processor = new BatchProcessor(options);
  parentPort!.on('message', (message: { seq: number; items: ReadItem[] }) => {
    parentPort!.postMessage({ seq: message.seq, processed: processor.run(message.items) });
  });
}
