import { describe, expect, test } from 'vitest';
import { answerRequest } from '../../../lib/messages/answer';
import type { FileFit } from '../../../lib/messages/protocol';
import type { Facts } from '../../../lib/facts/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';

// The background's memory answers: the user's settings (hardware, context, KV type) reach classify, cards and the
// Files tab's fileFits.

const settings = (overrides: Partial<Settings>): { settings: Settings } => ({
  settings: { ...DEFAULT_SETTINGS, ...overrides },
});
const RTX_4090: Settings['hardware'] = {
  preset: null,
  gpuMemoryGB: 24,
  gpuCount: 1,
  systemRamGB: 64,
  unified: false,
} as Settings['hardware'];

describe('memory in the background answers', () => {
  test("classify: the page's GGUF file list crosses the boundary (strings only) and the figures name the best file", () => {
    const request = (ggufFiles: unknown) =>
      answerRequest(
        {
          type: 'classify',
          items: [{ input: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', page: { quantizedCount: 3, ggufFiles } }],
        },
        settings({ hardware: RTX_4090, contextTokens: 32768, kvType: 'q8_0' }),
      ) as Facts[];
    const paths = ['x-Q4_K_M.gguf', 'x-Q8_0.gguf', 'x-f32.gguf', 42, { path: 'x-f16.gguf' }];
    const [facts] = request(paths);
    expect(facts!.memory!.file).toMatchObject({ path: 'x-Q8_0.gguf', level: 'Q8_0', reason: 'best', of: 3 });
    // Not a list: no file to choose, the name's figures.
    expect(request('x-Q8_0.gguf')[0]!.memory!.file).toBeUndefined();
  });

  test('classify: settings give the context, KV type and fit; the item gives config.json and files', () => {
    const [facts] = answerRequest(
      {
        type: 'classify',
        items: [
          {
            input: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
            files: [
              { path: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', bytes: 4_920_739_232 },
              { path: 'bad', bytes: 'x' },
            ],
          },
        ],
      },
      settings({ hardware: RTX_4090, contextTokens: 32768, kvType: 'q8_0' }),
    ) as Facts[];
    expect(facts!.memory).toMatchObject({
      weightsSource: 'file',
      weightsBytes: 4_920_739_232,
      contextTokens: 32768,
      kvType: 'q8_0',
      fit: { verdict: 'gpu' },
    });
  });

  test('without a hardware profile: figures, no fit', () => {
    const [facts] = answerRequest(
      { type: 'classify', items: [{ input: 'meta-llama/Llama-3.1-8B-Instruct' }] },
      settings({}),
    ) as Facts[];
    expect(facts!.memory!.fit).toBeNull();
    expect(facts!.memory!.contextTokens).toBe(8192);
  });

  test('fileFits: every GGUF file with its own weights, shards answering for their model, projectors for themselves, other files null', () => {
    const files = [
      { path: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', bytes: 4_920_739_232 },
      { path: 'Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf', bytes: 4_000_000_000 },
      { path: 'Meta-Llama-3.1-8B-Instruct-Q8_0-00002-of-00002.gguf', bytes: 4_540_000_000 },
      { path: 'Meta-Llama-3.1-8B-Instruct-f32.gguf', bytes: 32_100_000_000 },
      { path: 'mmproj-model-f16.gguf', bytes: 600_000_000 },
      { path: 'README.md', bytes: 12_000 },
    ];
    const fits = answerRequest(
      { type: 'fileFits', id: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', files },
      settings({ hardware: RTX_4090 }),
    ) as (FileFit | null)[];
    expect(fits.map((fit) => fit?.memory.weightsBytes ?? null)).toEqual([
      4_920_739_232,
      8_540_000_000,
      8_540_000_000,
      32_100_000_000,
      600_000_000,
      null,
    ]);
    expect(fits.map((fit) => fit?.memory.fit?.verdict ?? null)).toEqual(['gpu', 'gpu', 'gpu', 'offload', 'gpu', null]);
    expect(fits[0]!.memory.kvBytes).toBe(32 * 4096 * 8192);
    expect(fits[4]!.memory.kvBytes).toBeNull();
  });

  test.each([
    ['no id', { type: 'fileFits', files: [] }],
    ['files not a list', { type: 'fileFits', id: 'a/b', files: 'x' }],
  ])('fileFits refuses %s', (_case, request) => {
    expect(answerRequest(request, settings({}))).toBeNull();
  });
});
