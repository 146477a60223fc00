import type { MemoryFacts } from '../../lib/facts/memory';

// The JSON of a facts record's `memory`, written once per set of cached figures. Name-only answers share their
// figures (lib/estimate/memory-cache.ts: the same frozen basis, downloads and notes; a copy of the top level with
// this answer's ID as training.model), so the text is the same but for that ID: kept as the text before and after
// it, found by the shared basis array, and used only when every other figure is the very one it was written from.

interface MemoryText {
  figures: MemoryFacts;
  /** How many keys `figures` has. */
  keys: number;
  /** The text up to training.model's value; the whole text when there are no training figures. */
  before: string;
  after: string | null;
}

/** A model ID no repo has (JSON escapes its NUL characters): marks where training.model goes in the text. */
const MARK = '\u0000model\u0000';
const MARK_JSON = JSON.stringify(MARK);

export class MemoryTexts {
  private readonly texts = new WeakMap<object, MemoryText>();

  /** `memory` as JSON; `compact` gives the record's form of the figures (basis messages as arrays). */
  json(memory: MemoryFacts, compact: (memory: MemoryFacts) => unknown): string {
    const { basis } = memory;
    // Only shared (frozen) figures come back; per-answer ones (Hub data, config) would only fill the map.
    if (!Object.isFrozen(basis)) return JSON.stringify(compact(memory));
    const known = this.texts.get(basis);
    if (known && sameFigures(memory, known.figures, known.keys))
      return known.after === null ? known.before : known.before + JSON.stringify(memory.training!.model) + known.after;
    const text = split(memory, compact);
    if (!text) return JSON.stringify(compact(memory));
    this.texts.set(basis, text);
    return text.after === null ? text.before : text.before + JSON.stringify(memory.training!.model) + text.after;
  }
}

function split(memory: MemoryFacts, compact: (memory: MemoryFacts) => unknown): MemoryText | null {
  const keys = Object.keys(memory).length;
  if (!memory.training) return { figures: { ...memory }, keys, before: JSON.stringify(compact(memory)), after: null };
  const text = JSON.stringify(compact({ ...memory, training: { ...memory.training, model: MARK } }));
  const at = text.indexOf(MARK_JSON);
  if (at < 0 || text.indexOf(MARK_JSON, at + 1) >= 0) return null;
  return { figures: { ...memory }, keys, before: text.slice(0, at), after: text.slice(at + MARK_JSON.length) };
}

/** Every figure the very same value (or object) as in `figures`, training's apart from its model. */
function sameFigures(memory: MemoryFacts, figures: MemoryFacts, keys: number): boolean {
  let count = 0;
  for (const key in memory) {
    count++;
    const value = memory[key as keyof MemoryFacts];
    const other = figures[key as keyof MemoryFacts];
    if (value === other) continue;
    if (key !== 'training' || !value || !other) return false;
    const a = value as NonNullable<MemoryFacts['training']>;
    const b = other as NonNullable<MemoryFacts['training']>;
    if (typeof a.model !== 'string' || a.full !== b.full || a.lora !== b.lora || a.qlora !== b.qlora || a.fit !== b.fit)
      return false;
    let trainingKeys = 0;
    for (const _ in a) trainingKeys++;
    if (trainingKeys !== 5) return false;
  }
  return count === keys;
}
