import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { expandBatch } from '../../cli/batch/expand';
import { readMemoryFlags } from '../../cli/memory-flags';

// classify's memory flags: the hardware, context and KV type as MemoryOptions, and the memory object in every JSON line.

describe('readMemoryFlags', () => {
  test.each([
    [['--vram', '24', 'a/b'], { hardware: { gpuBytes: 24e9, gpus: 1, ramBytes: 0, unified: false } }, ['a/b']],
    [
      ['--vram=80', '--gpus', '2', '--ram', '256', '--json'],
      { hardware: { gpuBytes: 80e9, gpus: 2, ramBytes: 256e9, unified: false } },
      ['--json'],
    ],
    [['--vram', '128', '--unified'], { hardware: { gpuBytes: 128e9, gpus: 1, ramBytes: 0, unified: true } }, []],
    [['--context', '32768', '--kv-type', 'q8_0', 'x'], { hardware: null, contextTokens: 32768, kvType: 'q8_0' }, ['x']],
    [['a/b'], { hardware: null }, ['a/b']],
  ] as const)('%j', (argv, options, rest) => {
    expect(readMemoryFlags(argv)).toEqual({ options, rest });
  });

  test.each([
    [['--vram']],
    [['--vram', 'lots']],
    [['--vram', '-8']],
    [['--context', '0']],
    [['--kv-type', 'q3_K']],
    [['--ram', '64']],
    [['--gpus', '2']],
  ])('refuses %j', (argv) => {
    expect('error' in readMemoryFlags(argv)).toBe(true);
  });
});

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], { input, encoding: 'utf8' });
}

describe('classify with memory flags', () => {
  test('--json lines carry the memory object with the fit on the given hardware', () => {
    const result = run([
      '--json',
      '--vram',
      '24',
      '--context',
      '32768',
      'meta-llama/Llama-3.1-8B-Instruct',
      'openai/gpt-oss-120b',
    ]);
    expect(result.status).toBe(0);
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the fields it checks
    const [llama, oss] = expandBatch(result.stdout) as any[];
    expect(llama.memory).toMatchObject({
      weightsSource: 'name',
      contextTokens: 32768,
      kvType: 'f16',
      kvBytes: 32 * 4096 * 32768,
      fit: { verdict: 'gpu' },
    });
    expect(llama.maxContext).toBe(131072);
    expect(oss.memory).toMatchObject({ weightsSource: 'family', fit: { verdict: 'no' } });
    for (const key of [
      'weightsBytes',
      'weightsSource',
      'kvBytesPerToken',
      'kvBytes',
      'contextTokens',
      'inferenceBytes',
      'training',
      'fit',
    ])
      expect(llama.memory).toHaveProperty(key);
  });

  test('a Hub JSON line with the whole config.json: shapes from it', () => {
    const line = JSON.stringify({
      id: 'someone/tiny-llama',
      config: {
        architectures: ['LlamaForCausalLM'],
        model_type: 'llama',
        num_hidden_layers: 2,
        num_attention_heads: 4,
        num_key_value_heads: 2,
        hidden_size: 256,
        vocab_size: 1000,
        max_position_embeddings: 2048,
      },
      safetensors: { total: 10_000_000, parameters: { BF16: 10_000_000 } },
    });
    const result = run(['--json', '--context', '100000'], line);
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the fields it checks
    const [facts] = expandBatch(result.stdout) as any[];
    expect(facts.maxContext).toBe(2048);
    expect(facts.memory).toMatchObject({
      weightsSource: 'hub-dtypes',
      weightsBytes: 20_000_000,
      contextTokens: 2048,
      kvBytes: 2 * 2 * 2 * 64 * 2 * 2048,
    });
  });

  test('the readable sheet shows the same: weights, KV cache, fit', () => {
    const result = run(['--vram', '16', '--ram', '32', 'meta-llama/Llama-3.1-8B-Instruct']);
    expect(result.stdout).toMatch(/Maximum context {2}131,072/);
    expect(result.stdout).toMatch(/Weights 16\.1 GB \(estimated from the name\)/);
    expect(result.stdout).toMatch(/KV cache at 8K \(f16\) 1\.1 GB/);
    expect(result.stdout).toMatch(/fits with CPU offload \(slower\) \(1\.\d GB RAM\)/);
  });

  test('a bad flag exits 2 with the usage', () => {
    const result = run(['--kv-type', 'q3', 'a/b']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--kv-type must be one of f16, q8_0, q4_0/);
  });
});
