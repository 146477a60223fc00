import type { MessageKey } from '../../i18n/english';
import type { MessageArg } from '../../i18n/format';
import type { Category, Facts, QuantFormat, ServingRoute, ServingVerdict, Verdict } from '../../facts/schema';
import type { EngineData } from '../../knowledge/engine-types';

// What a serving engine is to the rest of Model Lens: one module per engine (lib/support/engines/<id>.ts) holding
// these, listed once in ./index.ts. Everything else (the fact schema's serving keys, chips, the sheet, the command
// line, evidence, commands) is read from that list.

/** What a serving verdict depends on (built once per model from its draft). */
export interface ServingInput {
  format: QuantFormat | null;
  /** Export packaging (ONNX, Core ML…), not diffusers. */
  packaging: string | null;
  category: Category;
  task: string | null;
  library: string | null;
  adapter: boolean;
  sidecar: string | null;
  architecture: string | null;
  architectureFromHub: boolean;
  modelType: string | null;
  hubTags: readonly string[];
  baseModel: string | null;
  /** How many quantizations of this model the page's model tree lists (null: not known). */
  quantizedCount: number | null;
  /** The repo's Hub ID, when it has one. */
  id: string | null;
}

/** One way an engine gets to run the model, with the reason in message form. */
export interface Decision {
  verdict: Verdict;
  key: MessageKey;
  args?: MessageArg[];
  route?: ServingRoute;
  /** A page to go to for this route (the listing of ready quantizations). */
  link?: string;
}

/** What a command builder needs: the facts, and the route it builds for. */
export interface CommandContext {
  facts: Facts;
  /** Hub ID (`org/name`). */
  id: string;
  verdict: ServingVerdict;
}

export interface ServingEngineModule {
  /** The key in the fact schema's `serving` and in `data-fact="serving-<id>"`. */
  id: string;
  /** The name people know it by (a proper name: not translated). */
  label: string;
  /** Message key naming where its support list was read, as people know it ("vLLM's supported-model list"). */
  sourceKey: MessageKey;
  /** Its matrix in the generated engine data (lib/knowledge/generated/engine-matrix.ts). */
  matrix: () => EngineData;
  /** Whether it serves this kind of model (only those get a chip). */
  serves: (input: ServingInput) => boolean;
  /** Every route it has for the model, best first (the first is the chip's). */
  judge: (input: ServingInput) => Decision[];
  /** The command for a "yes" route, or null when the route has none to copy. */
  command: (context: CommandContext) => string | null;
  /**
   * Whether `judge` reads this repo's ID beyond the facts (whisper.cpp: OpenAI's checkpoints are published ready
   * converted). Name-only verdicts are shared between models with the same facts; such a repo gets its own.
   */
  judgesById?: (id: string) => boolean;
}
