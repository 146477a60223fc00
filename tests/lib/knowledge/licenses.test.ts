import { describe, expect, test } from 'vitest';
import { ENGLISH } from '../../../lib/i18n/english';
import { LICENSE_KINDS } from '../../../lib/facts/schema';
import { LICENSES, lookupLicense } from '../../../lib/knowledge/licenses';

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
    ['other', 'flux-1-dev-non-commercial-license', 'flux-1-dev-non-commercial-license', 'non-commercial', 'license_condition_flux_dev'],
    ['other', 'mrl', 'mrl', 'non-commercial', 'license_condition_mistral_research'],
    ['other', 'MNPL', 'mnpl', 'non-commercial', 'license_condition_mistral_non_production'],
    ['other', 'stabilityai-ai-community', 'stabilityai-ai-community', 'conditional', 'license_condition_stability_community'],
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

  test('the Hub\'s own identifiers for model licences are all known (hub-docs repositories-licenses.md)', () => {
    for (const id of ['llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'apple-amlr', 'apple-ascl', 'deepfloyd-if-license', 'fair-noncommercial-research-license']) {
      expect(LICENSES, id).toHaveProperty([id]);
    }
  });
});
