import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { readHubInfo } from '../../../lib/hub/hub-info';
import { capabilitiesBadge, factBadges, licenseBadge } from '../../../lib/present/badges';
import type { Facts } from '../../../lib/facts/schema';

// Licence and capabilities from Hub model info (tests/fixtures/api), with evidence and badges.

function api(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/api/${id.replace('/', '--')}.json`, import.meta.url), 'utf8'));
}

function withHub(id: string, hub: unknown = api(id)): Facts {
  const result = classify(id, hub);
  if (isClassifyError(result)) throw new Error(result.error);
  return result;
}

describe('licence from the Hub', () => {
  test.each([
    ['meta-llama/Llama-3.1-8B-Instruct', 'llama3.1', 'conditional', true],
    ['meta-llama/Llama-3.2-1B-Instruct', 'llama3.2', 'conditional', true],
    ['google/gemma-2-9b-it', 'gemma', 'conditional', true],
    ['Qwen/Qwen2.5-7B-Instruct', 'apache-2.0', 'open', false],
    ['Qwen/Qwen2.5-72B-Instruct', 'qwen', 'conditional', false],
    ['deepseek-ai/DeepSeek-V3', 'deepseek', 'conditional', false],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'mit', 'open', false],
    ['black-forest-labs/FLUX.1-dev', 'flux-1-dev-non-commercial-license', 'non-commercial', true],
    ['stabilityai/stable-diffusion-3.5-large', 'stabilityai-ai-community', 'conditional', true],
    ['OuteAI/OuteTTS-0.2-500M-GGUF', 'cc-by-nc-4.0', 'non-commercial', false],
  ] as const)('%s → %s (%s), gated %s', (id, license, kind, gated) => {
    const facts = withHub(id);
    expect(facts.license).toMatchObject({ id: license, kind, gated });
    const evidence = facts.evidence.filter((item) => item.field === 'license');
    expect(evidence[0]).toMatchObject({ source: 'hub', confidence: 'high' });
    expect(evidence.some((item) => item.key === 'evidence_hub_gated')).toBe(gated);
    const badge = licenseBadge(facts)!;
    expect(badge).toMatchObject({ fact: 'license', value: kind });
    expect(badge.data?.gated).toBe(gated ? 'true' : undefined);
  });

  test('the Llama 3.1 condition in words: 700M monthly users and "Built with Llama"', () => {
    const { license } = withHub('meta-llama/Llama-3.1-8B-Instruct');
    expect(license?.title).toBe('Llama 3.1 Community License');
    expect(license?.condition).toContain('700M monthly users need a licence from Meta');
    expect(license?.condition).toContain('Built with Llama');
  });

  test('"other" with a name nobody knows: kind unknown, the name kept, the link as evidence', () => {
    const hub = {
      ...api('Qwen/Qwen2.5-7B-Instruct'),
      tags: ['license:other'],
      cardData: { license: 'other', license_name: 'acme-model-terms', license_link: 'https://example.com/LICENSE' },
    };
    const facts = withHub('Qwen/Qwen2.5-7B-Instruct', hub);
    expect(facts.license).toMatchObject({
      id: 'acme-model-terms',
      title: 'acme-model-terms',
      kind: 'unknown',
      link: 'https://example.com/LICENSE',
      conditionKey: 'license_meaning_unknown',
    });
    expect(facts.evidence.filter((item) => item.field === 'license').map((item) => item.key)).toEqual([
      'evidence_hub_license_name',
      'evidence_hub_license_link',
    ]);
    expect(licenseBadge(facts)?.value).toBe('unknown');
  });

  test('the license: tag alone is enough (listing data has no cardData)', () => {
    const hub = { id: 'someone/model', tags: ['license:cc-by-nc-sa-4.0'] };
    expect(withHub('someone/model', hub).license?.kind).toBe('non-commercial');
  });

  test('cardData wins over the tag; junk types are ignored', () => {
    expect(readHubInfo({ id: 'a/b', tags: ['license:mit'], cardData: { license: 'apache-2.0' } })?.license).toBe(
      'apache-2.0',
    );
    expect(readHubInfo({ id: 'a/b', tags: ['license:mit'], cardData: { license: 7, license_name: {} } })).toMatchObject(
      { license: 'mit', licenseName: null },
    );
    expect(readHubInfo({ id: 'a/b', cardData: { license: ['cc-by-4.0', 'mit'] } })?.license).toBe('cc-by-4.0');
  });

  test('no Hub data (and no publisher rule), or none declared: no licence fact and no badge (no guess)', () => {
    const facts = classify('someone/Llama-3.1-8B-Instruct-tuned') as Facts;
    expect(facts.license).toBeNull();
    expect(factBadges(facts).some((badge) => badge.fact === 'license')).toBe(false);
    expect(withHub('a/b', { id: 'a/b', tags: [] }).license).toBeNull();
  });
});

describe('capabilities from the Hub', () => {
  test.each([
    // The chat template takes tools (Qwen2.5's template has `{%- if tools %}`), in config or in the GGUF.
    ['Qwen/Qwen2.5-7B-Instruct', 'tools', 'evidence_hub_template_tools'],
    ['lmstudio-community/Qwen2.5-7B-Instruct-GGUF', 'tools', 'evidence_hub_template_tools'],
    // The R1 distill's template opens <think>; its name already says R1.
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'reasoning', 'evidence_name_capability'],
    ['Qwen/Qwen2-VL-7B-Instruct', 'vision', 'evidence_hub_pipeline_input'],
    ['llava-hf/llava-1.5-7b-hf', 'vision', 'evidence_hub_pipeline_input'],
    ['Qwen/Qwen3-8B', 'reasoning,tools', 'evidence_family_reasoning'],
    ['deepseek-ai/DeepSeek-V3', '', null],
    ['Qwen/Qwen2.5-72B-Instruct', '', null],
    ['sentence-transformers/all-MiniLM-L6-v2', '', null],
    ['black-forest-labs/FLUX.1-dev', '', null],
  ])('%s → [%s]', (id, expected, firstKey) => {
    const facts = withHub(id);
    expect(facts.capabilities.join(',')).toBe(expected);
    const evidence = facts.evidence.filter((item) => item.field === 'capabilities');
    expect(evidence[0]?.key ?? null).toBe(firstKey);
    expect(capabilitiesBadge(facts)?.value ?? '').toBe(expected);
  });

  test('a chat template with <think> but a model that is not generative: no capability (an embedder built on Qwen3)', () => {
    const hub = {
      id: 'Qwen/Qwen3-Embedding-8B',
      pipeline_tag: 'feature-extraction',
      config: {
        architectures: ['Qwen3Model'],
        tokenizer_config: { chat_template: '{% if tools %}<think>{% endif %}' },
      },
    };
    expect(withHub('Qwen/Qwen3-Embedding-8B', hub).capabilities).toEqual([]);
  });

  test('named templates (tokenizer_config.chat_template as a list) are read', () => {
    const hub = {
      id: 'a/chat-model',
      pipeline_tag: 'text-generation',
      config: {
        tokenizer_config: {
          chat_template: [
            { name: 'default', template: '{{ messages }}' },
            { name: 'tool_use', template: '{% for tool in tools %}{% endfor %}' },
          ],
        },
      },
    };
    expect(withHub('a/chat-model', hub).capabilities).toEqual(['tools']);
  });

  test('Hub data that makes the model an embedder drops what the name suggested', () => {
    const hub = { id: 'someone/Qwen3-8B', pipeline_tag: 'sentence-similarity' };
    expect((classify('someone/Qwen3-8B') as Facts).capabilities).toEqual(['reasoning', 'tools']);
    const facts = withHub('someone/Qwen3-8B', hub);
    expect(facts.capabilities).toEqual([]);
    expect(facts.evidence.filter((item) => item.field === 'capabilities')).toEqual([]);
  });
});
