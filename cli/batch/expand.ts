import type { ClassifyError, Evidence, Facts } from '../../lib/facts/schema';
import { formatMessage, type Catalog } from '../../lib/i18n/format';
import { BATCH_FORMAT, VERDICT_EVIDENCE_MARK } from './encode';
import type { Legend } from './legend';

// The reverse of encode.ts: a `classify --json` stream (its records parsed) back to the full facts, one per input.
// It reads only the stream itself (the legend's templates), as a tool in another language would.

export class BatchExpander {
  private legend: Legend | null = null;
  private catalog: Catalog = {};
  private readonly verdicts = new Map<string, { axolotl: unknown; serving: unknown }>();

  /** Takes the next record; returns the facts or error it stands for, or null for a legend or verdict set. */
  next(record: Record<string, unknown>): Facts | ClassifyError | null {
    if ('legend' in record) {
      if (record.legend !== BATCH_FORMAT) throw new Error(`unknown batch format ${String(record.legend)}`);
      this.legend = record as unknown as Legend;
      this.catalog = Object.fromEntries(
        Object.entries(this.legend.messages).map(([key, message]) => [key, { message }]),
      );
      return null;
    }
    if ('error' in record) return record as unknown as ClassifyError;
    if (!this.legend) throw new Error('the stream does not start with its legend');
    const firstKey = Object.keys(record)[0];
    if (firstKey === 'verdicts') {
      this.verdicts.set(record.verdicts as string, {
        axolotl: record.axolotl,
        serving: record.serving,
      });
      return null;
    }
    return this.facts(record);
  }

  private facts(record: Record<string, unknown>): Facts {
    const out: Record<string, unknown> = {};
    const defaults = this.legend!.defaults ?? {};
    // In the schema's order, fields left out taking their defaults (copies: callers may change what they get).
    const keys = [...(this.legend!.fields ?? []), ...Object.keys(record)];
    for (const key of new Set(keys)) {
      if (!(key in record)) {
        if (key in defaults) out[key] = structuredClone(defaults[key]);
        continue;
      }
      const value = record[key];
      if (key === 'verdicts') {
        const set = this.verdicts.get(value as string);
        if (!set) throw new Error(`verdicts ${String(value)} used before they were given`);
        out.axolotl = set.axolotl;
        out.serving = set.serving;
      } else if (key === 'evidence') out.evidence = (value as unknown[]).flatMap((item) => this.evidence(item));
      else if (key === 'anatomy')
        out.anatomy = (value as unknown[]).map((part) =>
          Array.isArray(part) ? { text: part[0], role: part[1], meaning: part[2] } : part,
        );
      else if (key === 'memory' && value !== null) {
        const memory = value as { basis: unknown[] };
        out.memory = {
          ...memory,
          basis: memory.basis.map((message) =>
            Array.isArray(message)
              ? message.length === 1
                ? { key: message[0] }
                : { key: message[0], args: message[1] }
              : message,
          ),
        };
      } else if (key === 'license' && value !== null) out.license = this.license(value as Record<string, unknown>);
      else out[key] = value;
    }
    return out as unknown as Facts;
  }

  private evidence(item: unknown): Evidence[] {
    if (item === VERDICT_EVIDENCE_MARK) return this.legend!.verdictEvidence as Evidence[];
    if (!Array.isArray(item)) return [item as Evidence];
    const [field, source, confidence, key, args, overruled] = item as [
      string,
      Evidence['source'],
      Evidence['confidence'],
      string,
      string[],
      string | undefined,
    ];
    const evidence: Evidence = { field, source, detail: this.text(key, args), confidence, key, args };
    if (overruled !== undefined) evidence.overruled = overruled;
    return [evidence];
  }

  private license(license: Record<string, unknown>): Record<string, unknown> {
    if ('condition' in license) return license;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(license)) {
      if (key === 'conditionKey') out.condition = value === null ? null : this.text(value as string, []);
      out[key] = value;
    }
    return out;
  }

  private text(key: string, args: readonly string[]): string {
    if (!(key in this.catalog)) throw new Error(`the legend has no message "${key}"`);
    return formatMessage(this.catalog, key, args);
  }
}

/** A whole stream's text → its facts and errors, in input order. */
export function expandBatch(text: string): (Facts | ClassifyError)[] {
  const expander = new BatchExpander();
  const out: (Facts | ClassifyError)[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const result = expander.next(JSON.parse(line) as Record<string, unknown>);
    if (result) out.push(result);
  }
  return out;
}
