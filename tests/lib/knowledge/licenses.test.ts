import { describe, expect, test } from 'vitest';
import { ENGLISH } from '../../../lib/i18n/english';
import { LICENSE_KINDS } from '../../../lib/facts/schema';
import { LICENSES, ORG_LICENSES, lookupLicense } from '../../../lib/knowledge/licenses';
import { classify } from '../../../lib/classify-model';
import { licenseBadge } from '../../../lib/present/badges';
import type { Facts } from '../../../lib/facts/schema';

// The licence table: what each Hub licence identifier allows, with the licence text it was read from.

describe('lookupLicense: the Hub licence (and license_name for "other") → kind', () => {
  test.each([
    // [license, license_name, id, kind, condition]
    ['apache-2.0', null, 'apache-2.0', 'open', 'license_condition_permissive'],
    ['MIT', null, 'mit', 'open', 'license_condition_permissive'],
    ['cc0-1.0', null, 'cc0-1.0', 'open', 'license_condition_public_domain'],
    ['cc-by-4.0', null, 'cc-by-4.0', 'open', 'license_condition_attribution'],
    ['gpl-3.0', null, 'gpl-3.0', 'open', 'license_condition_copyleft'],
    ['cc-by-sa-4.0', null, 'cc-by-sa-4.0', 'open', 'license_condition_share_alike'],
    ['llama2', null, 'llama2', 'conditional', 'license_condition_llama2'],
    ['llama3', null, 'llama3', 'conditional', 'license_condition_llama3'],
    ['llama3.1', null, 'llama3.1', 'conditional', 'license_condition_llama3_1'],
    ['llama3.2', null, 'llama3.2', 'conditional', 'license_condition_llama3_2'],
    ['llama3.3', null, 'llama3.3', 'conditional', 'license_condition_llama3_1'],
    ['llama4', null, 'llama4', 'conditional', 'license_condition_llama4'],
    ['gemma', null, 'gemma', 'conditional', 'license_condition_gemma'],
    ['openrail', null, 'openrail', 'conditional', 'license_condition_openrail'],
    ['openrail++', null, 'openrail++', 'conditional', 'license_condition_openrail'],
    ['bigcode-openrail-m', null, 'bigcode-openrail-m', 'conditional', 'license_condition_openrail'],
    ['creativeml-openrail-m', null, 'creativeml-openrail-m', 'conditional', 'license_condition_openrail'],
    ['cc-by-nd-4.0', null, 'cc-by-nd-4.0', 'conditional', 'license_condition_no_derivatives'],
    ['cc-by-nc-4.0', null, 'cc-by-nc-4.0', 'non-commercial', 'license_condition_non_commercial'],
    ['cc-by-nc-sa-4.0', null, 'cc-by-nc-sa-4.0', 'non-commercial', 'license_condition_non_commercial'],
    ['apple-ascl', null, 'apple-ascl', 'open', 'license_condition_permissive'],
    ['apple-amlr', null, 'apple-amlr', 'non-commercial', 'license_condition_apple_amlr'],
    // license: other, the authors' license_name decides.
    ['other', 'qwen', 'qwen', 'conditional', 'license_condition_qwen'],
    ['other', 'tongyi-qianwen', 'tongyi-qianwen', 'conditional', 'license_condition_qwen'],
    ['other', 'qwen-research', 'qwen-research', 'non-commercial', 'license_condition_qwen_research'],
    ['other', 'deepseek', 'deepseek', 'conditional', 'license_condition_deepseek'],
    ['other', 'deepseek-license', 'deepseek-license', 'conditional', 'license_condition_deepseek'],
    [
      'other',
      'flux-1-dev-non-commercial-license',
      'flux-1-dev-non-commercial-license',
      'non-commercial',
      'license_condition_flux_dev',
    ],
    ['other', 'mrl', 'mrl', 'non-commercial', 'license_condition_mistral_research'],
    ['other', 'MNPL', 'mnpl', 'non-commercial', 'license_condition_mistral_non_production'],
    [
      'other',
      'stabilityai-ai-community',
      'stabilityai-ai-community',
      'conditional',
      'license_condition_stability_community',
    ],
    ['other', 'Qwen License', 'qwen-license', 'conditional', 'license_condition_qwen'],
    ['other', 'nvidia_open_model_license', 'nvidia-open-model-license', 'conditional', 'license_condition_nvidia_open'],
    // license_name without license
    [null, 'llama3.1', 'llama3.1', 'conditional', 'license_condition_llama3_1'],
  ] as const)('%s / %s → %s %s', (license, name, id, kind, condition) => {
    const found = lookupLicense(license, name);
    expect(found?.id).toBe(id);
    expect(found?.row?.kind).toBe(kind);
    expect(found?.row?.condition).toBe(condition);
  });

  test('a licence the table does not know keeps its name and has no meaning (kind unknown)', () => {
    expect(lookupLicense('other', 'my-custom-terms')).toEqual({ id: 'my-custom-terms', row: null });
    expect(lookupLicense('other', null)).toEqual({ id: 'other', row: null });
    expect(lookupLicense('unknown', null)).toEqual({ id: 'unknown', row: null });
    expect(lookupLicense('constructor', null)).toEqual({ id: 'constructor', row: null });
  });

  test('no licence declared: no fact', () => {
    expect(lookupLicense(null, null)).toBeNull();
    expect(lookupLicense('', '  ')).toBeNull();
  });
});

describe('the table', () => {
  test.each(Object.entries(LICENSES))('%s has a kind, a title, a source and a condition message', (_, row) => {
    expect(LICENSE_KINDS).toContain(row.kind);
    expect(row.kind).not.toBe('unknown');
    expect(row.title.length).toBeGreaterThan(1);
    expect(row.source.length).toBeGreaterThan(10);
    if (row.condition) expect(ENGLISH).toHaveProperty(row.condition);
    if (row.kind !== 'open') expect(row.condition).not.toBeNull();
  });

  test("the Hub's own identifiers for model licences are all known (hub-docs repositories-licenses.md)", () => {
    for (const id of [
      'llama2',
      'llama3',
      'llama3.1',
      'llama3.2',
      'llama3.3',
      'llama4',
      'gemma',
      'apple-amlr',
      'apple-ascl',
      'deepfloyd-if-license',
      'fair-noncommercial-research-license',
    ]) {
      expect(LICENSES, id).toHaveProperty([id]);
    }
  });
});

describe("the publisher's licence for its own repos (no Hub data)", () => {
  test.each([
    ['meta-llama/Llama-2-7b-chat-hf', 'llama2', 'conditional'],
    ['meta-llama/Meta-Llama-3-8B-Instruct', 'llama3', 'conditional'],
    ['meta-llama/Llama-3.1-8B-Instruct', 'llama3.1', 'conditional'],
    ['meta-llama/Meta-Llama-3.1-8B-Instruct', 'llama3.1', 'conditional'],
    ['meta-llama/Llama-3.2-11B-Vision-Instruct', 'llama3.2', 'conditional'],
    ['meta-llama/Llama-3.3-70B-Instruct', 'llama3.3', 'conditional'],
    ['meta-llama/Llama-4-Scout-17B-16E-Instruct', 'llama4', 'conditional'],
    ['google/gemma-3-27b-it', 'gemma', 'conditional'],
    ['google/gemma-3n-E4B-it', 'gemma', 'conditional'],
    ['Qwen/Qwen2.5-7B-Instruct', 'apache-2.0', 'open'],
    ['Qwen/Qwen2.5-3B-Instruct', 'qwen-research', 'non-commercial'],
    ['Qwen/Qwen2.5-72B-Instruct', 'qwen', 'conditional'],
    ['Qwen/Qwen3-235B-A22B', 'apache-2.0', 'open'],
    ['mistralai/Mixtral-8x7B-Instruct-v0.1', 'apache-2.0', 'open'],
    ['mistralai/Mistral-Large-Instruct-2407', 'mrl', 'non-commercial'],
    ['black-forest-labs/FLUX.1-dev', 'flux-1-dev-non-commercial-license', 'non-commercial'],
    ['black-forest-labs/FLUX.1-schnell', 'apache-2.0', 'open'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'mit', 'open'],
    ['microsoft/Phi-4', 'mit', 'open'],
    ['openai/gpt-oss-20b', 'apache-2.0', 'open'],
    ['stabilityai/stable-diffusion-3.5-large', 'stabilityai-ai-community', 'conditional'],
  ])('%s → %s (%s), evidence from the name', (id, license, kind) => {
    const facts = classify(id) as Facts;
    expect(facts.license).toMatchObject({ id: license, kind });
    expect(facts.evidence.filter((item) => item.field === 'license')).toMatchObject([
      { source: 'name', confidence: 'medium', key: 'evidence_org_license' },
    ]);
    expect(licenseBadge(facts)).toMatchObject({ value: kind, guess: true });
  });

  test.each([
    'someone/Llama-3.1-8B-Instruct-finetune', // not the publisher: a fine-tune may carry other terms
    'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
    'meta-llama/Some-Other-Model',
    'Qwen/Qwen2-VL-7B-Instruct', // no rule for it
    'Llama-3.1-8B-Instruct',
  ])('%s → no licence', (id) => {
    const facts = classify(id) as Facts;
    expect(facts.license).toBeNull();
    expect(licenseBadge(facts)).toBeNull();
  });

  test('Hub data replaces the rule; Hub data without a licence keeps it, with the gate', () => {
    const withHub = classify('meta-llama/Llama-3.1-8B-Instruct', {
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      tags: ['license:llama3.1'],
      gated: 'manual',
    }) as Facts;
    expect(withHub.evidence.filter((item) => item.field === 'license').map((item) => item.source)).toEqual([
      'hub',
      'hub',
    ]);
    expect(licenseBadge(withHub)?.guess).toBe(false);
    const bare = classify('meta-llama/Llama-3.1-8B-Instruct', {
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      gated: 'manual',
    }) as Facts;
    expect(bare.license).toMatchObject({ id: 'llama3.1', gated: true });
  });

  test('every rule names a licence of the table and its model card', () => {
    for (const rule of ORG_LICENSES) {
      expect(LICENSES, rule.license).toHaveProperty([rule.license]);
      expect(rule.card).toMatch(/model card/);
    }
  });
});
