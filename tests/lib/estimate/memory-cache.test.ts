import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { draftFromName } from '../../../lib/classify/name-facts';
import { memoryFor } from '../../../lib/estimate/memory-facts';
import { nameOnlyMemory } from '../../../lib/estimate/memory-cache';
import type { MemoryOptions } from '../../../lib/facts/memory';
import { parseModelInput } from '../../../lib/input/parse-input';
import { nameOnlyVerdicts } from '../../../lib/support/name-verdicts';

// Cached name-only memory figures are the figures: for every corpus ID, in order and in reverse (so each key is
// first filled by another ID), under several option sets, the cached answer equals memoryFor computed afresh.

const ids = ['dev.jsonl', 'unseen.jsonl'].flatMap((file) =>
  readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id),
);

/** A name-only draft as classify() has it when the memory is worked out (verdicts set). */
function factsOf(id: string) {
  const parsed = parseModelInput(id);
  if (!parsed.ok) return null;
  const draft = draftFromName(parsed.ref);
  draft.facts.isAdapter = draft.isAdapter;
  const verdicts = nameOnlyVerdicts(draft);
  draft.facts.axolotl = verdicts.axolotl;
  draft.facts.serving = verdicts.serving;
  return { facts: draft.facts, sidecar: draft.sidecar !== null };
}

const OPTIONS: [string, MemoryOptions][] = [
  ['no options', {}],
  [
    '32K context, q8_0 cache, one 24 GB GPU',
    { contextTokens: 32768, kvType: 'q8_0', hardware: { gpuBytes: 24e9, gpus: 1, ramBytes: 0, unified: false } },
  ],
  ['two 8 GB GPUs and 64 GB of RAM', { hardware: { gpuBytes: 8e9, gpus: 2, ramBytes: 64e9, unified: false } }],
  [
    'Apple silicon, 36 GB unified',
    { contextTokens: 4096, hardware: { gpuBytes: 27e9, gpus: 1, ramBytes: 0, unified: true } },
  ],
  // Each differs from one above in one figure only: the cache must tell them apart.
  [
    'the same at 32K, with two 24 GB GPUs',
    { contextTokens: 32768, kvType: 'q8_0', hardware: { gpuBytes: 24e9, gpus: 2, ramBytes: 0, unified: false } },
  ],
  ['two 8 GB GPUs without RAM', { hardware: { gpuBytes: 8e9, gpus: 2, ramBytes: 0, unified: false } }],
  [
    '36 GB that is not unified',
    { contextTokens: 4096, hardware: { gpuBytes: 27e9, gpus: 1, ramBytes: 0, unified: false } },
  ],
  ['a q4_0 cache', { kvType: 'q4_0' }],
  ['a 4K context', { contextTokens: 4096 }],
];

describe('cached name-only memory figures are the figures', () => {
  test.each(OPTIONS)(
    'every corpus ID, in order and in reverse: %s',
    (_, options) => {
      let compared = 0;
      let withMemory = 0;
      for (const id of [...ids, ...[...ids].reverse()]) {
        const cached = factsOf(id);
        const fresh = factsOf(id);
        if (!cached || !fresh) continue;
        const got = nameOnlyMemory(cached.facts, { ...options }, cached.sidecar);
        const want = memoryFor({ facts: fresh.facts, hub: null, options, sidecar: fresh.sidecar });
        expect(got, id).toEqual(want);
        expect(JSON.stringify(got), id).toBe(JSON.stringify(want));
        if (got.memory) {
          expect(got.memory.training?.model ?? id, id).toBe(id);
          withMemory++;
        }
        compared++;
      }
      expect(compared).toBeGreaterThan(10_000);
      expect(withMemory).toBeGreaterThan(5_000);
    },
    120_000,
  );

  test('generated names: sizes, levels, formats, contexts and kinds in any combination', () => {
    const piece = fc.constantFrom(
      ...'Llama 3.1 8B 70B 1.5B Instruct Qwen2.5 VL GGUF Q4_K_M Q4_K_S Q5_K_M Q8_0 IQ2_XS AWQ GPTQ int4 int8 w4a16 exl2 4.65bpw 6.0bpw mlx 4bit 8bit fp8 bf16 whisper large v3 bge m3 lora 8x7B A3B MoE 128k 32K Omni mmproj f16 gemma 2b 9b Mixtral'.split(
        ' ',
      ),
    );
    const id = fc
      .tuple(
        fc.constantFrom('', 'someone/', 'TheBloke/'),
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('', '.gguf', '-GGUF'),
      )
      .map(([org, pieces, tail]) => `${org}${pieces.join('-')}${tail}`);
    fc.assert(
      fc.property(fc.array(id, { minLength: 2, maxLength: 6 }), fc.constantFrom(...OPTIONS), (names, [, options]) => {
        for (const name of names) {
          const cached = factsOf(name);
          const fresh = factsOf(name);
          if (!cached || !fresh) continue;
          expect(nameOnlyMemory(cached.facts, options, cached.sidecar), name).toEqual(
            memoryFor({ facts: fresh.facts, hub: null, options, sidecar: fresh.sidecar }),
          );
        }
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  // Names that differ in one fact the figures read, each after the other: the second must not get the first's figures.
  test.each([
    ['an adapter after its base', 'someone/Llama-3.1-8B', 'someone/Llama-3.1-8B-lora'],
    ['a projector after its model', 'Llama-3.1-8B-f16.gguf', 'mmproj-Llama-3.1-8B-f16.gguf'],
    ['a Q4_K_S file after a Q4_K_M one', 'Llama-3.1-8B-Q4_K_M.gguf', 'Llama-3.1-8B-Q4_K_S.gguf'],
    ['a 128K context after none', 'someone/Llama-3-8B', 'someone/Llama-3-8B-128k'],
    ['an MoE after a dense model of its total size', 'someone/Qwen3-30B', 'someone/Qwen3-30B-A3B'],
  ])('%s', (_, first, second) => {
    for (const [options, name] of OPTIONS.flatMap(([, options]) =>
      [first, second].map((name) => [options, name] as const),
    )) {
      const cached = factsOf(name)!;
      const fresh = factsOf(name)!;
      expect(nameOnlyMemory(cached.facts, options, cached.sidecar), name).toEqual(
        memoryFor({ facts: fresh.facts, hub: null, options, sidecar: fresh.sidecar }),
      );
    }
  });

  test('options with repo data (config, files) are never served from the cache', () => {
    const first = factsOf('meta-llama/Llama-3.1-8B-Instruct')!;
    nameOnlyMemory(first.facts, {}, false);
    const config = {
      architectures: ['LlamaForCausalLM'],
      hidden_size: 1024,
      num_hidden_layers: 2,
      num_attention_heads: 8,
      vocab_size: 1000,
      max_position_embeddings: 2048,
    };
    const options: MemoryOptions = { config, files: [{ path: 'model.safetensors', bytes: 3e9 }] };
    const again = factsOf('meta-llama/Llama-3.1-8B-Instruct')!;
    expect(nameOnlyMemory(again.facts, options, false)).toEqual(
      memoryFor({ facts: factsOf('meta-llama/Llama-3.1-8B-Instruct')!.facts, hub: null, options, sidecar: false }),
    );
    expect(nameOnlyMemory(again.facts, options, false).memory?.weightsBytes).toBe(3e9);
  });
});
