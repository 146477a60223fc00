import { ENGINE_MATRIX } from './generated/engine-matrix';
import type { EngineData, EngineId } from './engine-types';
import { own } from '../own';

// Lookups over the generated engine matrices. Engines spell class names differently (Ernie4_5ForCausalLM vs
// Ernie4_5_ForCausalLM, MPTForCausalLM vs MptForCausalLM), so names are compared case- and underscore-insensitively.

/** Spelling pairs that differ by more than case and underscores (shared/data/engine-support-notes.md). */
const SPELLING_ALIASES: Readonly<Record<string, string>> = {
  deepseekvl2forcausallm: 'deepseekvlv2forcausallm',
};

export function normalizeArchitecture(name: string): string {
  const key = name.toLowerCase().replace(/_/g, '');
  return own(SPELLING_ALIASES, key) ?? key;
}

export function normalizeModelType(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

interface EngineIndex {
  architectures: ReadonlySet<string>;
  multimodal: ReadonlySet<string>;
  pooling: ReadonlySet<string>;
  modelTypes: ReadonlySet<string>;
  previouslySupported: ReadonlyMap<string, string>;
  outOfTree: ReadonlyMap<string, string>;
}

const indexes = new Map<EngineId, EngineIndex>();

function index(id: EngineId): EngineIndex {
  let built = indexes.get(id);
  if (!built) {
    const data = ENGINE_MATRIX[id];
    const set = (names: readonly string[]) => new Set(names.map(normalizeArchitecture));
    const map = (record: Readonly<Record<string, string>>) =>
      new Map(Object.entries(record).map(([name, value]) => [normalizeArchitecture(name), value]));
    built = {
      architectures: set(data.architectures),
      multimodal: set(data.multimodalArchitectures),
      pooling: set(data.poolingArchitectures),
      modelTypes: new Set(data.modelTypes.map(normalizeModelType)),
      previouslySupported: map(data.previouslySupported),
      outOfTree: map(data.outOfTree),
    };
    indexes.set(id, built);
  }
  return built;
}

export function engine(id: EngineId): EngineData {
  return ENGINE_MATRIX[id];
}

/** Whether the engine's source names this architecture (text, multimodal or pooling). */
export function listsArchitecture(id: EngineId, architecture: string): boolean {
  const key = normalizeArchitecture(architecture);
  const { architectures, multimodal, pooling } = index(id);
  return architectures.has(key) || multimodal.has(key) || pooling.has(key);
}

export function listsMultimodalArchitecture(id: EngineId, architecture: string): boolean {
  return index(id).multimodal.has(normalizeArchitecture(architecture));
}

export function listsModelType(id: EngineId, modelType: string): boolean {
  return index(id).modelTypes.has(normalizeModelType(modelType));
}

export function previouslySupported(id: EngineId, architecture: string): string | null {
  return index(id).previouslySupported.get(normalizeArchitecture(architecture)) ?? null;
}

export function outOfTreePlugin(id: EngineId, architecture: string): string | null {
  return index(id).outOfTree.get(normalizeArchitecture(architecture)) ?? null;
}

/** The model_type an engine's derived table gives for a class (TGI, MLX dispatch on model_type). */
export function modelTypeForArchitecture(id: EngineId, architecture: string): string | null {
  const key = normalizeArchitecture(architecture);
  for (const [modelType, name] of Object.entries(ENGINE_MATRIX[id].modelTypeArchitectures)) {
    if (normalizeArchitecture(name) === key) return modelType;
  }
  return null;
}

/** vLLM also accepts a registered name with its task suffix swapped (Qwen2ForSequenceClassification → Qwen2ForCausalLM). */
const TASK_SUFFIXES = [
  '',
  'ForCausalLM',
  'ForConditionalGeneration',
  'ChatModel',
  'LMHeadModel',
  'ForTextEncoding',
  'EmbeddingModel',
  'ForSequenceClassification',
  'ForTokenClassification',
  'ForAudioClassification',
  'ForImageClassification',
  'ForVideoClassification',
  'ClassificationModel',
  'ForRewardModeling',
  'RewardModel',
  'Model',
];

export function listsArchitectureWithSuffixSwap(id: EngineId, architecture: string): string | null {
  if (listsArchitecture(id, architecture)) return architecture;
  const suffix = TASK_SUFFIXES.find((candidate) => candidate !== '' && architecture.endsWith(candidate));
  if (!suffix) return null;
  const stem = architecture.slice(0, -suffix.length);
  for (const other of TASK_SUFFIXES) {
    if (other !== suffix && listsArchitecture(id, stem + other)) return stem + other;
  }
  return null;
}

/** Names vLLM's supported-models docs list that differ from its registry keys (implementation class names). */
export function vllmDocsListArchitecture(architecture: string): boolean {
  const key = normalizeArchitecture(architecture);
  return (ENGINE_MATRIX.vllm.extra.docs_architectures_not_in_registry ?? []).some(
    (name) => normalizeArchitecture(name) === key,
  );
}
