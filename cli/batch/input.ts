import type { ClassifyError } from '../../lib/facts/schema';

// What classify reads: one input per line (an ID, name, file name, URL, or a Hub model-info object starting with
// `{`), or the Hub's model lists as `/api/models?…` answers them: JSON arrays of model-info objects, one after another
// (`curl …page1 …page2`), pretty-printed or not. The first character that is not white space decides: `[` is a list.

/** A line of text, or one element of a model list. */
export type InputItem = string | { entry: unknown };

/** An input the reader could not use: the stream is broken from there (see `InputReader.broken`). */
export interface InputError extends Omit<ClassifyError, 'code'> {
  code: 'invalid-json' | 'mixed-input';
}

export type ReadItem = InputItem | InputError;

const SHOWN = 120;
const shown = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

export class InputReader {
  private mode: 'undecided' | 'lines' | 'list' = 'undecided';
  private rest = '';
  /** Set when the input mixes lines and lists or ends inside a list: the remaining input is not read. */
  broken = false;
  /** Set by any input that is not well formed (bad JSON in a list, lines mixed with lists): the exit status is 1. */
  failed = false;
  // The list scanner's state between chunks.
  private depth = 0;
  private inString = false;
  private escaped = false;
  private value = '';

  /** The complete items in this chunk of input (the reader keeps an incomplete last one). */
  push(chunk: string): ReadItem[] {
    if (this.broken) return [];
    if (this.mode === 'undecided') {
      const first = chunk.search(/\S/);
      if (first < 0) return [];
      this.mode = chunk[first] === '[' ? 'list' : 'lines';
    }
    return this.mode === 'lines' ? this.lines(chunk, false) : this.list(chunk);
  }

  /** The items left when the input ends. */
  end(): ReadItem[] {
    if (this.broken) return [];
    if (this.mode === 'lines') return this.lines('', true);
    if (this.mode === 'list' && (this.depth > 0 || this.value.trim() !== '')) {
      this.broken = true;
      this.failed = true;
      return [invalid(this.value, 'the model list ends before its closing "]"')];
    }
    return [];
  }

  private lines(chunk: string, last: boolean): ReadItem[] {
    const text = this.rest + chunk;
    const items: ReadItem[] = [];
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline < 0) break;
      this.line(text.slice(start, newline), items);
      start = newline + 1;
    }
    this.rest = text.slice(start);
    if (last) {
      this.line(this.rest, items);
      this.rest = '';
    }
    return items;
  }

  private line(raw: string, into: ReadItem[]): void {
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    if (line.trimStart().startsWith('[')) {
      this.failed = true;
      into.push({
        input: shown(line.trim()),
        error: 'a model list (JSON array) must be the whole input, not a line among IDs',
        code: 'mixed-input',
      });
    } else into.push(line);
  }

  private list(chunk: string): ReadItem[] {
    const items: ReadItem[] = [];
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.depth === 0 && code !== 91) {
        if (code === 32 || code === 10 || code === 13 || code === 9) continue;
        const end = chunk.indexOf('\n', i);
        this.broken = true;
        this.failed = true;
        items.push({
          input: shown(chunk.slice(i, end < 0 ? undefined : end).trim()),
          error: 'after a model list (JSON array) only more lists may follow, not lines',
          code: 'mixed-input',
        });
        return items;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === 92) this.escaped = true;
        else if (code === 34) this.inString = false;
        continue;
      }
      if (code === 34) this.inString = true;
      else if (code === 91 || code === 123) this.depth++;
      else if (code === 93 || code === 125) {
        this.depth--;
        if (this.depth === 0) {
          this.value += chunk.slice(from, i + 1);
          from = i + 1;
          this.parse(this.value, items);
          this.value = '';
        }
      }
    }
    if (this.depth > 0) this.value += chunk.slice(from);
    return items;
  }

  private parse(text: string, into: ReadItem[]): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.failed = true;
      into.push(invalid(text, error instanceof Error ? error.message : String(error)));
      return;
    }
    // Only arrays reach here: the scanner reports anything else at the top level.
    for (const entry of value as unknown[]) into.push({ entry });
  }
}

function invalid(text: string, reason: string): InputError {
  return { input: shown(text.trim()), error: `invalid JSON: ${reason}`, code: 'invalid-json' };
}

export function isInputError(item: ReadItem): item is InputError {
  return typeof item === 'object' && 'error' in item;
}
