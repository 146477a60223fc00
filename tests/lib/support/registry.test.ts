import { describe, expect, test } from 'vitest';
import { draftFromName } from '../../../lib/classify/name-facts';
import { parseModelInput } from '../../../lib/input/parse-input';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { SERVING_ENGINE_MODULES, type ServingEngineModule } from '../../../lib/support/engines';
import { withCommands } from '../../../lib/support/engines/commands';
import { servingEvidence } from '../../../lib/support/provenance';
import { servingVerdicts } from '../../../lib/support/serving';
import { chipEngines, factBadges, servingRows } from '../../../lib/present/badges';
import { servingSnippets } from '../../../lib/snippets/commands';
import { engine } from '../../../lib/knowledge/engine-lists';

// Adding an engine is one module: a made-up engine registered beside the real ones gets a verdict in the JSON, a
// chip, a sheet row, evidence and a command, with nothing else touched.

const madeUp: ServingEngineModule = {
  id: 'toyserve',
  label: 'ToyServe',
  sourceKey: 'engine_source_vllm',
  matrix: () => engine('vllm'),
  serves: (input) => input.category === 'llm',
  judge: (input) => [
    input.format === 'gguf'
      ? { verdict: 'no', key: 'serving_vllm_gguf_plugin' }
      : { verdict: 'yes', key: 'serving_family_listed', args: ['ToyServe', 'x'], route: 'direct' },
  ],
  command: ({ id }) => `toyserve run ${id}`,
};

function factsWith(input: string, engines: readonly ServingEngineModule[]) {
  const parsed = parseModelInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  const draft = draftFromName(parsed.ref);
  draft.facts.serving = servingVerdicts(draft, engines);
  draft.facts.serving = withCommands(draft.facts, engines);
  return draft.facts;
}

describe('the engine registry', () => {
  const engines = [...SERVING_ENGINE_MODULES, madeUp];

  test('a registered engine gets a verdict, a chip, a sheet row and a command', () => {
    const facts = factsWith('meta-llama/Llama-3.1-8B-Instruct', engines);
    expect(facts.serving.toyserve).toMatchObject({
      verdict: 'yes',
      label: 'ToyServe',
      servesKind: true,
      command: 'toyserve run meta-llama/Llama-3.1-8B-Instruct',
    });
    expect(servingRows(facts)).toContain('toyserve');
    expect(factBadges(facts).find((badge) => badge.fact === 'serving-toyserve')).toMatchObject({
      value: 'yes',
      label: { args: ['ToyServe', '#verdict_symbol_yes'] },
    });
    expect(servingSnippets(facts).map((snippet) => snippet.tool)).toContain('toyserve');
    expect(servingEvidence(madeUp)).toMatchObject({ field: 'serving-toyserve', source: 'engine-matrix' });
  });

  test('it gets no chip on a kind of model it does not serve, and the user can hide it', () => {
    const image = factsWith('black-forest-labs/FLUX.1-dev', engines);
    expect(image.serving.toyserve?.servesKind).toBe(false);
    expect(chipEngines(image)).not.toContain('toyserve');
    const text = factsWith('meta-llama/Llama-3.1-8B-Instruct', engines);
    expect(chipEngines(text, ['toyserve'])).not.toContain('toyserve');
  });

  test('a "no" gets no command', () => {
    const facts = factsWith('TheBloke/Llama-2-7B-GGUF', engines);
    expect(facts.serving.toyserve).toMatchObject({ verdict: 'no' });
    expect(facts.serving.toyserve?.command).toBeUndefined();
  });

  test('the JSON has one key per registered engine, in the registry order, each with its evidence', () => {
    const facts = classify('meta-llama/Llama-3.1-8B-Instruct');
    if (isClassifyError(facts)) throw new Error(facts.error);
    expect(Object.keys(facts.serving)).toEqual(SERVING_ENGINE_MODULES.map((module) => module.id));
    for (const module of SERVING_ENGINE_MODULES)
      expect(facts.evidence.some((evidence) => evidence.field === `serving-${module.id}`)).toBe(true);
  });

  test('ids and labels are unique', () => {
    expect(new Set(SERVING_ENGINE_MODULES.map((module) => module.id)).size).toBe(SERVING_ENGINE_MODULES.length);
    expect(new Set(SERVING_ENGINE_MODULES.map((module) => module.label)).size).toBe(SERVING_ENGINE_MODULES.length);
  });

  test('evidence names the source in words and keeps repository and commit as arguments, never in the text', () => {
    for (const module of SERVING_ENGINE_MODULES) {
      const evidence = servingEvidence(module);
      const { source } = module.matrix();
      expect(evidence.args).toContain(source.repo);
      if (source.commit) {
        expect(evidence.args).toContain(source.commit);
        expect(evidence.detail).not.toContain(source.commit.slice(0, 7));
      }
      expect(evidence.detail).not.toContain(source.repo);
    }
    expect(servingEvidence(SERVING_ENGINE_MODULES[0]!).detail).toMatch(/^vLLM's supported-model list, \w+ 20\d\d$/);
  });
});
