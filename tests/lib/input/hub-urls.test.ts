import { describe, expect, test } from 'vitest';
import { parseModelInput } from '../../../lib/input/parse-input';
import { hubUrls } from '../../../lib/input/hub-urls';

// Issue 13, item 1: a lookup of `../whoami-v2` requested /api/whoami-v2. Whatever the popup or the context menu is
// given, the only requests possible are /api/models/{org}/{name} and /{org}/{name}/resolve/main/config.json with
// valid repo names; every other input requests nothing.

/** The paths a lookup of `input` would request (the popup asks only when the reference has an org). */
function requestedPaths(input: string): string[] {
  const parsed = parseModelInput(input);
  if (!parsed.ok || parsed.ref.org === null) return [];
  const urls = hubUrls(parsed.ref.id);
  if (!urls) return [];
  return [new URL(urls.api).pathname, new URL(urls.config).pathname];
}

describe('crafted lookups request nothing', () => {
  test.each([
    '../whoami-v2',
    '../..',
    'x/..',
    './x',
    'a/.',
    '..',
    '.',
    '../../api/whoami-v2',
    'x/../../whoami-v2',
    '%2e%2e/whoami-v2',
    '%2E%2E/%2E%2E',
    'x/%2e%2e',
    '.%2e/x',
    'x/%2e',
    'x%2F..%2Fwhoami-v2',
    'x/..%2Fwhoami-v2',
    'https://huggingface.co/../api/whoami-v2',
    'https://huggingface.co/%2e%2e/whoami-v2',
    'https://huggingface.co/x/%2e%2e',
    'https://huggingface.co/x/%2E',
    'https://huggingface.co/a%2F..%2F..%2Fwhoami-v2/x',
    'hf.co/../whoami-v2',
    'hf.co/x/..:Q4_K_M',
    'huggingface.co/x/..%2f..%2fapi',
    'x/..:Q4_K_M',
    'hf:../whoami-v2',
    'hf:x/..:Q4_K_M',
    '../x/model.Q4_K_M.gguf',
    'x/../model.gguf',
    'api/whoami-v2',
    'models/x',
    'settings/tokens',
    'x/a..b',
    'x/-a',
    'x/a-',
    'x/.a',
    'x--y/z',
    `x/${'a'.repeat(97)}`,
    'x/y?z',
    'x/y#z',
    'x/y z',
    'x /y',
    'x\\..\\whoami',
    'x/y:../../z',
    'x/y:Q4 K',
    'x/y:.',
    'x/y:',
  ])('%s', (input) => {
    expect(requestedPaths(input)).toEqual([]);
  });
});

describe('valid lookups request exactly their model', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'],
    ['https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0%2E1', 'mistralai/Mixtral-8x7B-Instruct-v0.1'],
    ['hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M', 'bartowski/Llama-3.2-3B-Instruct-GGUF'],
    ['hf:bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M', 'bartowski/Llama-3.2-3B-Instruct-GGUF'],
    ['bartowski/Llama-3.2-3B-Instruct-GGUF:IQ3_XS', 'bartowski/Llama-3.2-3B-Instruct-GGUF'],
    ['https://huggingface.co/x/y/tree/main/%2e%2e', 'x/y'],
    ['x/y/../z', 'x/z'],
    ['x.y/a.b', 'x.y/a.b'],
  ])('%s → %s', (input, id) => {
    expect(requestedPaths(input)).toEqual([`/api/models/${id}`, `/${id}/resolve/main/config.json`]);
  });
});

describe('hubUrls takes only a valid org/name', () => {
  test.each(['..', '../x', 'x/..', 'x/.', './x', 'x', 'x/y/z', 'x/y%2F..', 'api/x', '/x', 'x/', 'x//y', ''])(
    '%s → null',
    (id) => {
      expect(hubUrls(id)).toBeNull();
    },
  );
  test('a valid ID', () => {
    expect(hubUrls('Qwen/Qwen2.5-7B')).toEqual({
      api: 'https://huggingface.co/api/models/Qwen/Qwen2.5-7B',
      config: 'https://huggingface.co/Qwen/Qwen2.5-7B/resolve/main/config.json',
    });
  });
});
