import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DETECTORS,
  EXAMPLES,
  PAGE_TYPES,
  RESERVED_SEGMENTS,
  getModelIdFromUrl,
  getOrgFromUrl,
  getPageType,
  isAnyModelRepoPage,
  toUrl,
  type PageType,
} from '../../../lib/page/detect';

const exampleRows = PAGE_TYPES.flatMap((type) => EXAMPLES[type].map((url) => [type, url] as const));

describe('detector examples', () => {
  test.each(exampleRows)('%s: %s', (type, url) => {
    const matches = PAGE_TYPES.filter((other) => DETECTORS[other](url));
    expect(matches).toEqual([type]);
    expect(getPageType(url)).toBe(type);
    expect(DETECTORS[type](new URL(url))).toBe(true);
  });

  test.each(PAGE_TYPES)('%s has at least 3 examples', (type) => {
    expect(EXAMPLES[type].length).toBeGreaterThanOrEqual(3);
  });

  test('no example is listed twice', () => {
    const urls = exampleRows.map(([, url]) => url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('isAnyModelRepoPage is true exactly for the model repo page types', () => {
    for (const [type, url] of exampleRows) {
      expect(isAnyModelRepoPage(url)).toBe(type.startsWith('model') && type !== 'model-list');
    }
  });
});

describe('getModelIdFromUrl', () => {
  test.each<[string, string | null]>([
    ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'],
    ['https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/', 'Qwen/Qwen2.5-7B-Instruct-AWQ'],
    [
      'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ?library=transformers#model-card',
      'Qwen/Qwen2.5-7B-Instruct-AWQ',
    ],
    ['https://huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF/tree/main', 'OuteAI/OuteTTS-0.2-500M-GGUF'],
    [
      'https://huggingface.co/distilbert/distilbert-base-uncased/blob/refs%2Fpr%2F1/config.json',
      'distilbert/distilbert-base-uncased',
    ],
    [
      'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/model-00001-of-00004.safetensors?download=true',
      'meta-llama/Llama-3.1-8B-Instruct',
    ],
    ['https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/discussions/1', 'TheBloke/Mistral-7B-v0.1-GGUF'],
    ['https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/blame/main/README.md', 'TheBloke/Mistral-7B-v0.1-GGUF'],
    ['https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0%2E1', 'mistralai/Mixtral-8x7B-Instruct-v0.1'],
    ['https://huggingface.co/ggml-org/models', 'ggml-org/models'],
    ['https://huggingface.co/spacy/en_core_web_sm', 'spacy/en_core_web_sm'],
    ['https://hf.co/meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'],
    ['https://www.huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF', 'OuteAI/OuteTTS-0.2-500M-GGUF'],
    ['huggingface.co/meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'],
    ['  https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct\n', 'meta-llama/Llama-3.1-8B-Instruct'],
    ['/Qwen/Qwen2.5-7B-Instruct-AWQ', 'Qwen/Qwen2.5-7B-Instruct-AWQ'],
    ['https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0', null],
    ['https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard', null],
    ['https://huggingface.co/collections/meta-llama/llama-31-669fc079a0c406a149a5738f', null],
    ['https://huggingface.co/docs/transformers/index', null],
    ['https://huggingface.co/papers/2401.04088', null],
    ['https://huggingface.co/models?other=base_model:quantized:meta-llama/Llama-3.1-8B-Instruct', null],
    ['https://huggingface.co/meta-llama', null],
    ['https://huggingface.co/meta-llama%2FLlama-3.1-8B-Instruct', null],
    ['https://huggingface.co/meta--llama/Llama-3.1-8B-Instruct', null],
    ['https://hf-mirror.com/meta-llama/Llama-3.1-8B-Instruct', null],
    ['http://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', null],
    ['meta-llama/Llama-3.1-8B-Instruct', null],
    ['hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', null],
    ['not a url', null],
    ['', null],
  ])('%j → %j', (url, id) => {
    expect(getModelIdFromUrl(url)).toBe(id);
  });

  test('accepts a URL object', () => {
    expect(getModelIdFromUrl(new URL('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct'))).toBe(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
  });
});

describe('getOrgFromUrl', () => {
  test.each<[string, string | null]>([
    ['https://huggingface.co/meta-llama', 'meta-llama'],
    ['https://huggingface.co/TheBloke?sort_models=downloads#models', 'TheBloke'],
    ['https://huggingface.co/Qwen/', 'Qwen'],
    ['https://huggingface.co/modelscope', 'modelscope'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', null],
    ['https://huggingface.co/models', null],
    ['https://huggingface.co/Models', null],
    ['https://huggingface.co/robots.txt', null],
    ['https://huggingface.co/', null],
    ['https://github.com/meta-llama', null],
  ])('%j → %j', (url, org) => {
    expect(getOrgFromUrl(url)).toBe(org);
  });
});

describe('getPageType', () => {
  test.each<[string, PageType]>([
    ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', 'model'],
    ['https://huggingface.co/onnx-community/gpt2-ONNX/tree/main/onnx', 'model-files'],
    ['https://huggingface.co/distilbert/distilbert-base-uncased/blob/refs%2Fpr%2F1/config.json', 'model-blob'],
    ['https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/raw/main/README.md', 'model-resolve'],
    ['https://huggingface.co/distilbert/distilbert-base-uncased/discussions?status=open', 'model-discussions'],
    [
      'https://huggingface.co/distilbert/distilbert-base-uncased/commit/12040accade4e8a0f71eabdb258fecc2e7e948be',
      'model-commits',
    ],
    ['https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/settings', 'model-other-tab'],
    ['https://huggingface.co/models?pipeline_tag=text-to-speech', 'model-list'],
    ['https://huggingface.co/models/', 'model-list'],
    ['https://huggingface.co/mozilla-foundation', 'org-or-user'],
    ['https://huggingface.co/collections/meta-llama', 'collection'],
    ['https://huggingface.co/papers/date/2025-01-20', 'paper'],
    ['https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0/tree/main', 'dataset'],
    ['https://huggingface.co/Datasets/mozilla-foundation/common_voice_13_0', 'dataset'],
    ['https://huggingface.co/spaces/mteb/leaderboard', 'space'],
    ['https://huggingface.co/docs/hub/security-pickle', 'other'],
    ['https://huggingface.co/settings/tokens', 'other'],
    ['https://huggingface.co', 'other'],
    ['about:blank', 'other'],
  ])('%j → %s', (url, type) => {
    expect(getPageType(url)).toBe(type);
    expect(getPageType(new URL(url))).toBe(type);
  });
});

describe('toUrl', () => {
  test('returns a URL object unchanged', () => {
    const url = new URL('https://huggingface.co/meta-llama');
    expect(toUrl(url)).toBe(url);
  });

  test.each([
    ['/meta-llama/Llama-3.1-8B-Instruct', 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct'],
    ['hf.co/meta-llama', 'https://hf.co/meta-llama'],
    ['www.huggingface.co/models?search=qwen', 'https://www.huggingface.co/models?search=qwen'],
    ['https://huggingface.co/datasets', 'https://huggingface.co/datasets'],
    ['not a url', 'about:blank'],
  ])('%j → %s', (text, href) => {
    expect(toUrl(text).href).toBe(href);
  });
});

describe('properties', () => {
  const hubOrigin = fc.constantFrom(
    'https://huggingface.co',
    'https://hf.co',
    'https://www.huggingface.co',
    'http://huggingface.co',
  );
  const segment = fc.oneof(
    fc.constantFrom(...RESERVED_SEGMENTS, 'tree', 'blob', 'resolve', 'raw', 'discussions', 'commit', 'commits', 'main'),
    fc.constantFrom('meta-llama', 'Llama-3.1-8B-Instruct', 'ggml-org', 'refs%2Fpr%2F1', '%E2%82', '..', '-x', 'a--b'),
    fc.webSegment(),
  );
  const hubUrl = fc
    .tuple(
      hubOrigin,
      fc.array(segment, { maxLength: 6 }),
      fc.constantFrom('', '/'),
      fc.option(fc.webQueryParameters()),
      fc.option(fc.webFragments()),
    )
    .map(
      ([origin, path, slash, query, fragment]) =>
        `${origin}/${path.join('/')}${slash}${query === null ? '' : `?${query}`}${fragment === null ? '' : `#${fragment}`}`,
    );
  const anyInput = fc.oneof(hubUrl, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string());

  test('every input is exactly one page type, never throwing', () => {
    fc.assert(
      fc.property(anyInput, (url) => {
        const matches = PAGE_TYPES.filter((type) => DETECTORS[type](url));
        expect(matches).toEqual([getPageType(url)]);
      }),
      { numRuns: 3000 },
    );
  });

  test('a model ID exactly on model repo pages, an org exactly on org pages', () => {
    fc.assert(
      fc.property(anyInput, (url) => {
        const type = getPageType(url);
        expect(getModelIdFromUrl(url) !== null).toBe(isAnyModelRepoPage(url));
        expect(isAnyModelRepoPage(url)).toBe(type.startsWith('model-') ? type !== 'model-list' : type === 'model');
        expect(getOrgFromUrl(url) !== null).toBe(type === 'org-or-user');
      }),
      { numRuns: 3000 },
    );
  });
});
