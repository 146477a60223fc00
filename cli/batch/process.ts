import type { MemoryOptions } from '../../lib/facts/memory';
import type { ClassifyError, Facts } from '../../lib/facts/schema';
import { classifyEntry, classifyLine } from '../classify-line';
import { BatchEncoder } from './encode';
import { isInputError, type ReadItem } from './input';

// Items → output records, the same in the main thread and in --jobs workers.

export interface BatchOptions {
  memory: MemoryOptions;
  /** --full: the complete facts (with commands) per line instead of the batch shape. */
  full: boolean;
}

/** Output in order: runs of lines, and verdict sets ([id, record]) to write unless the stream already has them. */
export type Segment = string | [id: string, record: string];

export interface Processed {
  segments: Segment[];
  /** Inputs that gave an error record. */
  failures: number;
}

export function answerFor(item: ReadItem, options: BatchOptions): Facts | ClassifyError {
  if (typeof item === 'string') return classifyLine(item, options.memory, options.full);
  if (isInputError(item)) return item as unknown as ClassifyError;
  return classifyEntry(item.entry, options.memory, options.full);
}

export class BatchProcessor {
  private readonly encoder = new BatchEncoder();
  constructor(private readonly options: BatchOptions) {}

  /** One answer's record, with the verdict set it introduces before it (for inputs that come one at a time). */
  encodeOne(answer: Facts | ClassifyError): string {
    if (this.options.full) return `${JSON.stringify(answer)}\n`;
    const line = this.encoder.encode(answer);
    let definitions = '';
    for (const [, record] of this.encoder.definitions()) definitions += record;
    return definitions + line;
  }

  run(items: readonly ReadItem[]): Processed {
    const segments: Segment[] = [];
    let text = '';
    let failures = 0;
    for (let i = 0; i < items.length; i++) {
      const answer = answerFor(items[i]!, this.options);
      if ('error' in answer) failures++;
      if (this.options.full) {
        text += `${JSON.stringify(answer)}\n`;
        continue;
      }
      const line = this.encoder.encode(answer);
      const definitions = this.encoder.definitions();
      if (definitions.length > 0) {
        if (text !== '') segments.push(text);
        text = '';
        for (const definition of definitions) segments.push(definition);
      }
      text += line;
    }
    if (text !== '') segments.push(text);
    return { segments, failures };
  }
}
