import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { readConfigShape } from '../../../lib/hub/model-config';

// config.json is untrusted: any JSON reads without throwing, and the memory figures built on it stay finite,
// non-negative and bounded.

const number = fc.oneof(
  fc.integer({ min: -10, max: 300_000 }),
  fc.double(),
  fc.constantFrom(1e308, -1, 0, Number.NaN, 2 ** 53),
);
const configs = fc.record(
  {
    model_type: fc.constantFrom(
      'llama',
      'gemma3',
      'gemma2',
      'gpt_oss',
      'qwen3_next',
      'deepseek_v3',
      'mamba',
      'nemotron_h',
      'falcon_h1',
      'x',
    ),
    num_hidden_layers: number,
    num_attention_heads: number,
    num_key_value_heads: fc.oneof(number, fc.array(number, { maxLength: 8 })),
    head_dim: number,
    hidden_size: number,
    vocab_size: number,
    sliding_window: number,
    sliding_window_pattern: number,
    kv_lora_rank: number,
    qk_rope_head_dim: number,
    max_position_embeddings: number,
    full_attention_interval: number,
    hybrid_override_pattern: fc.string({ maxLength: 12 }),
    layer_types: fc.array(fc.constantFrom('full_attention', 'sliding_attention', 'mamba', 'conv', 'bogus'), {
      maxLength: 8,
    }),
    rope_scaling: fc.record({ factor: number, original_max_position_embeddings: number }),
  },
  { requiredKeys: [] },
);

describe('readConfigShape on untrusted JSON', () => {
  test('a RoPE factor that would give more than 100 million tokens is ignored', () => {
    const facts = classify('x/y', undefined, {
      config: {
        num_hidden_layers: 2,
        num_attention_heads: 2,
        hidden_size: 64,
        max_position_embeddings: 4096,
        rope_scaling: { factor: 10000, original_max_position_embeddings: 1e8 },
      },
    });
    expect(isClassifyError(facts) ? null : facts.maxContext).toBe(4096);
  });

  test('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        expect(() => readConfigShape(json)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test('memory from any config stays finite, non-negative, and the context within bounds', () => {
    fc.assert(
      fc.property(configs, fc.integer({ min: 1, max: 10_000_000 }), (config, contextTokens) => {
        const facts = classify('meta-llama/Llama-3.1-8B-Instruct', undefined, { config, contextTokens });
        if (isClassifyError(facts)) throw new Error(facts.error);
        const memory = facts.memory!;
        for (const figure of [memory.kvBytes, memory.kvBytesPerToken, memory.inferenceBytes, memory.overheadBytes]) {
          if (figure !== null) expect(Number.isFinite(figure) && figure >= 0).toBe(true);
        }
        expect(memory.contextTokens).toBeLessThanOrEqual(Math.max(contextTokens, 1));
        if (facts.maxContext !== null) expect(facts.maxContext).toBeLessThanOrEqual(1e8);
      }),
      { numRuns: 300 },
    );
  });
});
