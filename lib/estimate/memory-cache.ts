import type { MemoryFacts, MemoryOptions } from '../facts/memory';
import type { Facts } from '../facts/schema';
import { nameContext } from './context';
import { memoryFor, type MemoryResult } from './memory-facts';
import { sizeLabelIsBackbone } from './towers';

// Memory figures of name-only answers, cached on the exact facts they are computed from. Without Hub data, a
// config.json or a file list, memoryFor reads only the facts in the key below (family, version, sizes, category,
// towers, quantization, the name's context token, the adapter flag, the Axolotl route) and the options' context, KV
// type and hardware: thousands of IDs share a few hundred keys. Never keyed on the ID: the one figure that names it,
// training.model, is put back per answer. tests/lib/estimate/memory-cache.test.ts checks cached equals fresh.

/** Enough for every combination the corpus yields several times over; cleared when full. */
const CACHE_LIMIT = 8192;

/** What the figures are computed from, besides the family and total size that find its bucket. */
interface Key {
  contextTokens: number | undefined;
  kvType: string | undefined;
  gpuBytes: number | null;
  gpus: number | null;
  ramBytes: number | null;
  unified: boolean;
  version: string | null;
  active: number | null;
  category: string;
  towers: boolean;
  format: string | null;
  bits: number | null;
  level: string | null;
  sidecar: boolean;
  isAdapter: boolean;
  namedContext: number | null;
  backbone: boolean;
  support: string;
  reasonKey: string | undefined;
}

interface Entry {
  key: Key;
  result: MemoryResult;
}

// Found by family, then total size (a Map lookup each: the family's name is a table's string, its hash kept), then
// by comparing the rest: no key text to build and hash per answer.
const cache = new Map<string | null, Map<number | null, Entry[]>>();
let size = 0;

/** memoryFor for an answer without Hub data (the caller checks there is none), cached when the options allow. */
export function nameOnlyMemory(facts: Facts, options: MemoryOptions, sidecar: boolean): MemoryResult {
  // A trainable base other than the repo puts another ID in the figures: computed afresh (name-only answers have none).
  if (!cacheable(options) || facts.axolotl.trainableBase) return memoryFor({ facts, hub: null, options, sidecar });
  const namedContext = nameContext(facts);
  const backbone = sizeLabelIsBackbone(facts);
  let byTotal = cache.get(facts.family);
  if (!byTotal) cache.set(facts.family, (byTotal = new Map()));
  let entries = byTotal.get(facts.params.total);
  if (!entries) byTotal.set(facts.params.total, (entries = []));
  let cached: MemoryResult | null = null;
  for (let i = 0; i < entries.length; i++)
    if (matches(entries[i]!.key, facts, options, sidecar, namedContext, backbone)) {
      cached = entries[i]!.result;
      break;
    }
  if (!cached) {
    cached = shared(memoryFor({ facts, hub: null, options, sidecar }));
    if (size >= CACHE_LIMIT) {
      cache.clear();
      size = 0;
      cache.set(facts.family, new Map([[facts.params.total, (entries = [])]]));
    }
    entries.push({ key: keyOf(facts, options, sidecar, namedContext, backbone), result: cached });
    size++;
  }
  return { memory: cached.memory && forModel(cached.memory, facts.id), maxContext: cached.maxContext };
}

function keyOf(
  facts: Facts,
  options: MemoryOptions,
  sidecar: boolean,
  namedContext: number | null,
  backbone: boolean,
): Key {
  const { hardware } = options;
  return {
    contextTokens: options.contextTokens,
    kvType: options.kvType,
    gpuBytes: hardware ? hardware.gpuBytes : null,
    gpus: hardware ? hardware.gpus : null,
    ramBytes: hardware ? hardware.ramBytes : null,
    unified: hardware ? Boolean(hardware.unified) : false,
    version: facts.version,
    active: facts.params.active,
    category: facts.category,
    towers: facts.modality.length > 0,
    format: facts.quant.format,
    bits: facts.quant.bits,
    level: facts.quant.level,
    sidecar,
    isAdapter: facts.isAdapter,
    namedContext,
    backbone,
    support: facts.axolotl.support,
    reasonKey: facts.axolotl.reasonKey,
  };
}

/** Whether a cached key is this answer's (compared in place: no key object per answer). */
function matches(
  a: Key,
  facts: Facts,
  options: MemoryOptions,
  sidecar: boolean,
  namedContext: number | null,
  backbone: boolean,
): boolean {
  const { hardware } = options;
  return (
    a.version === facts.version &&
    a.active === facts.params.active &&
    a.category === facts.category &&
    a.format === facts.quant.format &&
    a.bits === facts.quant.bits &&
    a.level === facts.quant.level &&
    a.towers === facts.modality.length > 0 &&
    a.sidecar === sidecar &&
    a.isAdapter === facts.isAdapter &&
    a.namedContext === namedContext &&
    a.backbone === backbone &&
    a.support === facts.axolotl.support &&
    a.reasonKey === facts.axolotl.reasonKey &&
    a.contextTokens === options.contextTokens &&
    a.kvType === options.kvType &&
    (hardware
      ? a.gpuBytes === hardware.gpuBytes &&
        a.gpus === hardware.gpus &&
        a.ramBytes === hardware.ramBytes &&
        a.unified === Boolean(hardware.unified)
      : a.gpuBytes === null && a.gpus === null && a.ramBytes === null && a.unified === false)
  );
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
  const own = training && training.model !== id ? { ...training, model: id } : training;
  return hasUsualKeys(memory) ? usualCopy(memory, own) : { ...memory, training: own };
}

/** The keys memoryFor gives name-only figures, in its order (a copy written out costs less than a spread). */
const USUAL_KEYS = [
  'weightsBytes',
  'weightsSource',
  'kvBytesPerToken',
  'kvBytes',
  'contextTokens',
  'kvType',
  'projectorBytes',
  'overheadBytes',
  'inferenceBytes',
  'downloadBytes',
  'training',
  'fit',
  'basis',
  'downloads',
  'vllm',
  'file',
  'notes',
].join();
const usualKeys = new WeakMap<MemoryFacts, boolean>();

function hasUsualKeys(memory: MemoryFacts): boolean {
  let known = usualKeys.get(memory);
  if (known === undefined) usualKeys.set(memory, (known = Object.keys(memory).join() === USUAL_KEYS));
  return known;
}

function usualCopy(m: MemoryFacts, training: MemoryFacts['training']): MemoryFacts {
  return {
    weightsBytes: m.weightsBytes,
    weightsSource: m.weightsSource,
    kvBytesPerToken: m.kvBytesPerToken,
    kvBytes: m.kvBytes,
    contextTokens: m.contextTokens,
    kvType: m.kvType,
    projectorBytes: m.projectorBytes,
    overheadBytes: m.overheadBytes,
    inferenceBytes: m.inferenceBytes,
    downloadBytes: m.downloadBytes,
    training,
    fit: m.fit,
    basis: m.basis,
    downloads: m.downloads,
    vllm: m.vllm,
    file: m.file,
    notes: m.notes,
  };
}

/** Whether the options allow the cache: no repo data (config, files) the figures depend on, plain numbers. */
function cacheable(options: MemoryOptions): boolean {
  if (options.config !== undefined && options.config !== null) return false;
  if (options.files && options.files.length > 0) return false;
  if (options.ggufFiles && options.ggufFiles.length > 0) return false;
  if (options.contextTokens !== undefined && typeof options.contextTokens !== 'number') return false;
  const { hardware } = options;
  return (
    !hardware ||
    (typeof hardware.gpuBytes === 'number' &&
      typeof hardware.gpus === 'number' &&
      typeof hardware.ramBytes === 'number')
  );
}
