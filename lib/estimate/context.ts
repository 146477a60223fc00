import type { Facts } from '../facts/schema';
import type { HubModelInfo } from '../hub/hub-info';
import type { ConfigShape } from '../hub/model-config';
import type { Message } from '../i18n/format';
import type { ModelShape } from '../knowledge/model-shapes';

/** The model's longest context and where it is stated, strongest first: GGUF metadata, config.json, the name, the shapes table. */
export function maxContextOf(
  facts: Facts,
  hub: HubModelInfo | null,
  config: ConfigShape | null,
  table: ModelShape | null,
): { tokens: number; basis: Message; source: 'hub' | 'name' } | null {
  if (hub?.gguf?.contextLength)
    return {
      tokens: hub.gguf.contextLength,
      basis: { key: 'evidence_context_gguf', args: [hub.gguf.contextLength] },
      source: 'hub',
    };
  // A RoPE-scaled context beyond 100 million tokens is a faulty config, not a model.
  if (
    config?.rope &&
    config.maxPositions &&
    config.rope.factor * config.rope.original > config.maxPositions &&
    config.rope.factor * config.rope.original <= 1e8
  ) {
    const tokens = Math.round(config.rope.factor * config.rope.original);
    return {
      tokens,
      basis: { key: 'evidence_context_rope', args: [config.rope.factor, config.rope.original, tokens] },
      source: 'hub',
    };
  }
  if (config?.maxPositions)
    return {
      tokens: config.maxPositions,
      basis: { key: 'evidence_context_config', args: [config.maxPositions] },
      source: 'hub',
    };
  const named = nameContext(facts);
  if (named) return { tokens: named, basis: { key: 'evidence_context_name', args: [named] }, source: 'name' };
  if (table)
    return {
      tokens: table.maxContext,
      basis: { key: 'evidence_context_table', args: [table.maxContext, table.source] },
      source: 'name',
    };
  return null;
}

/** A `-128k` / `-1M` context token in the name's anatomy. */
export function nameContext(facts: Facts): number | null {
  for (const part of facts.anatomy) {
    if (part.role !== 'context') continue;
    const match = /^(\d+(?:\.\d+)?)\s*([km])$/i.exec(part.text.trim());
    if (match) return Math.round(Number(match[1]) * (match[2]!.toLowerCase() === 'k' ? 1024 : 1024 * 1024));
  }
  return null;
}
