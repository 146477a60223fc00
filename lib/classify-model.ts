import { applyHub } from './hub/apply-hub';
import { readHubInfo, type HubModelInfo } from './hub/hub-info';
import { parseModelInput } from './input/parse-input';
import type { ClassifyError, Evidence, Facts, PageFacts } from './facts/schema';
import { axolotlVerdict } from './support/axolotl';
import { nameOnlyVerdicts } from './support/name-verdicts';
import { SERVING_ENGINE_MODULES } from './support/engines';
import { withCommands } from './support/engines/commands';
import { AXOLOTL_EVIDENCE, SERVING_EVIDENCE } from './support/provenance';
import { servingVerdicts } from './support/serving';
import { draftFromName } from './classify/name-facts';
import { addEvidence, type Draft } from './facts/draft';
import type { MemoryOptions } from './facts/memory';
import { memoryFor } from './estimate/memory-facts';
import { nameOnlyMemory } from './estimate/memory-cache';

/**
 * Facts about a model from its ID, bare name, file name or huggingface.co URL, and, when given, its Hub model info
 * (the JSON of /api/models/{id} or a page's embedded model data). Never throws: unusable input gives an error object.
 * `options` asks for memory figures at a context, KV type and hardware, with the repo's config.json and file sizes
 * when known; a Hub JSON that carries the whole config.json under `config` serves as that config. `page` holds what
 * the model page shows beside the data (the model tree's count of quantizations).
 */
export function classify(
  input: string,
  hubInfo?: unknown,
  options: MemoryOptions = {},
  page?: PageFacts,
): Facts | ClassifyError {
  return classifyFacts(input, hubInfo, options, page, true);
}

/**
 * `classify` with the choice of attaching the serving commands. Without them (`commands` false), a name-only answer's
 * `axolotl` and `serving` are the shared, frozen verdict objects themselves, so a batch writer can recognise repeats
 * by identity; the commands depend on the ID and cost more to build than the rest of the verdicts.
 */
export function classifyFacts(
  input: string,
  hubInfo: unknown,
  options: MemoryOptions,
  page: PageFacts | undefined,
  commands: boolean,
): Facts | ClassifyError {
  try {
    const hub =
      hubInfo === undefined || hubInfo === null ? null : isHubModelInfo(hubInfo) ? hubInfo : readHubInfo(hubInfo);
    const text = typeof input === 'string' ? input : String(input);
    const parsed = parseModelInput(hub && text.trim() === '' ? hub.id : text);
    if (!parsed.ok) return { input: text, error: parsed.error, code: parsed.code };
    const draft = draftFromName(parsed.ref);
    if (hub) applyHub(draft, hub);
    const { facts } = draft;
    facts.isAdapter = draft.isAdapter;
    // Any Hub input (tags, model type, lineage) may change a verdict: only name-only drafts share cached ones.
    const quantizedCount = page?.quantizedCount ?? null;
    if (hub || facts.hub.used || quantizedCount !== null) {
      facts.axolotl = axolotlVerdict(draft);
      facts.serving = servingVerdicts(draft, SERVING_ENGINE_MODULES, { quantizedCount });
    } else {
      const verdicts = nameOnlyVerdicts(draft);
      facts.axolotl = verdicts.axolotl;
      facts.serving = verdicts.serving;
    }
    if (commands) facts.serving = withCommands(facts, SERVING_ENGINE_MODULES);
    for (let i = 0; i < VERDICT_EVIDENCE.length; i++) facts.evidence.push(VERDICT_EVIDENCE[i]!);
    addMemory(draft, hub, hubInfo, options);
    return facts;
  } catch (error) {
    // A bug must not take the page or the command line down with it; report it as this input's error.
    return {
      input: String(input),
      error: `internal error: ${error instanceof Error ? error.message : String(error)}`,
      code: 'internal',
    };
  }
}

export { isClassifyError } from './facts/schema';

/** The evidence for the verdicts' sources: the same objects, in this order, on every answer (never mutated). */
export const VERDICT_EVIDENCE: readonly Evidence[] = [AXOLOTL_EVIDENCE, ...SERVING_EVIDENCE];

function addMemory(draft: Draft, hub: HubModelInfo | null, hubInfo: unknown, options: MemoryOptions): void {
  const config =
    options.config ??
    (typeof hubInfo === 'object' && hubInfo !== null && !isHubModelInfo(hubInfo)
      ? (hubInfo as { config?: unknown }).config
      : undefined);
  const sidecar = draft.sidecar !== null;
  // Without Hub data or a config, the figures repeat across names: cached on the facts they are computed from.
  const { memory, maxContext } =
    hub === null && config === undefined
      ? nameOnlyMemory(draft.facts, options, sidecar)
      : memoryFor({ facts: draft.facts, hub, options: { ...options, config }, sidecar });
  draft.facts.memory = memory;
  if (maxContext) {
    draft.facts.maxContext = maxContext.tokens;
    addEvidence(
      draft,
      'context',
      maxContext.source,
      maxContext.source === 'hub' ? 'high' : 'medium',
      maxContext.basis.key as never,
      (maxContext.basis.args ?? []).map(String),
    );
  }
}

function isHubModelInfo(value: unknown): value is HubModelInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    'pipelineTag' in value &&
    'architectures' in value &&
    'configEmpty' in value
  );
}
