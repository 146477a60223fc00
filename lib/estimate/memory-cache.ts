import type { MemoryFacts, MemoryOptions } from '../facts/memory';
import type { Facts } from '../facts/schema';
import { nameContext } from './context';
import { memoryFor, type MemoryResult } from './memory-facts';

// Memory figures of name-only answers, cached on the exact facts they are computed from. Without Hub data, a
// config.json or a file list, memoryFor reads only the facts in the key below (family, version, sizes, category,
// towers, quantization, the name's context token, the adapter flag, the Axolotl route) and the options' context, KV
// type and hardware: thousands of IDs share a few hundred keys. Never keyed on the ID: the one figure that names it,
// training.model, is put back per answer. tests/lib/estimate/memory-cache.test.ts checks cached equals fresh.

/** Enough for every combination the corpus yields several times over; cleared when full. */
const CACHE_LIMIT = 8192;
const cache = new Map<string, MemoryResult>();

/** memoryFor for an answer without Hub data (the caller checks there is none), cached when the options allow. */
export function nameOnlyMemory(facts: Facts, options: MemoryOptions, sidecar: boolean): MemoryResult {
  const optionsKey = cacheableOptions(options);
  const { axolotl } = facts;
  // A trainable base other than the repo puts another ID in the figures: computed afresh (name-only answers have none).
  if (optionsKey === null || axolotl.trainableBase) return memoryFor({ facts, hub: null, options, sidecar });
  const { params, quant } = facts;
  const key = `${optionsKey}|${facts.family}|${facts.version}|${params.total}|${params.active}|${facts.category}|${facts.modality.length > 0}|${quant.format}|${quant.bits}|${quant.level}|${sidecar}|${facts.isAdapter}|${nameContext(facts)}|${backboneLabel(facts)}|${axolotl.support}|${axolotl.reasonKey}`;
  let cached = cache.get(key);
  if (!cached) {
    cached = shared(memoryFor({ facts, hub: null, options, sidecar }));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, cached);
  }
  return { memory: cached.memory && forModel(cached.memory, facts.id), maxContext: cached.maxContext };
}

/** Figures shared by many answers are frozen, as the shared verdicts are: nobody may change them for everyone. */
function shared(result: MemoryResult): MemoryResult {
  const { memory } = result;
  if (memory) {
    Object.freeze(memory.basis);
    for (const message of memory.basis) Object.freeze(message);
    if (memory.downloads) Object.freeze(memory.downloads);
    for (const part of [
      memory.fit,
      memory.training?.fit,
      memory.vllm,
      memory.file,
      memory.notes,
      ...(memory.downloads ?? []),
    ])
      if (part) Object.freeze(part);
  }
  return result;
}

/** The cached figures with this answer's ID as the training figures' model (the rest is shared, never changed). */
function forModel(memory: MemoryFacts, id: string): MemoryFacts {
  const { training } = memory;
  if (!training || training.model === id) return { ...memory };
  return { ...memory, training: { ...training, model: id } };
}

/** The options' part of the key, or null when they carry repo data (config, files) that the figures depend on. */
function cacheableOptions(options: MemoryOptions): string | null {
  if (options.config !== undefined && options.config !== null) return null;
  if (options.files && options.files.length > 0) return null;
  if (options.ggufFiles && options.ggufFiles.length > 0) return null;
  const { hardware, contextTokens } = options;
  if (contextTokens !== undefined && typeof contextTokens !== 'number') return null;
  let machine = '';
  if (hardware) {
    const { gpuBytes, gpus, ramBytes, unified } = hardware;
    if (typeof gpuBytes !== 'number' || typeof gpus !== 'number' || typeof ramBytes !== 'number') return null;
    machine = `${gpuBytes},${gpus},${ramBytes},${Boolean(unified)}`;
  }
  return `${contextTokens}|${options.kvType}|${machine}`;
}

/** The size label is the language model's alone (towers beside it are not counted): memory-facts' towersUnknown. */
function backboneLabel(facts: Facts): boolean {
  const { evidence } = facts;
  for (let i = 0; i < evidence.length; i++)
    if (evidence[i]!.field === 'params' && evidence[i]!.key === 'evidence_size_label_backbone') return true;
  return false;
}
