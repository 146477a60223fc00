import type { LicenseKind } from '../facts/schema';
import { own } from '../own';

// What a model licence lets people do, as data. Keys are the Hub's licence identifiers (the `license:` tag and
// cardData.license; for `other`, cardData.license_name as model authors write it), listed in huggingface/hub-docs
// docs/hub/repositories-licenses.md. The kind answers the question people decide by — may I use it in a product?
//   open            an OSI / SPDX licence or a public-domain dedication: commercial use allowed
//   conditional     commercial use allowed with conditions (user caps, attribution, use policies, revenue caps)
//   non-commercial  research or personal use only
// Each row names the licence text it was read from. The condition is a message key (lib/i18n/messages/*/decide.json).

export interface LicenseRow {
  /** How people call it. */
  title: string;
  kind: LicenseKind;
  /** Message key of what the licence asks, for the tooltip; null for plain permissive licences. */
  condition: LicenseCondition | null;
  /** Where the meaning was read: the licence text or its SPDX entry. */
  source: string;
}

export type LicenseCondition =
  | 'license_condition_permissive'
  | 'license_condition_copyleft'
  | 'license_condition_attribution'
  | 'license_condition_share_alike'
  | 'license_condition_no_derivatives'
  | 'license_condition_public_domain'
  | 'license_condition_openrail'
  | 'license_condition_llama2'
  | 'license_condition_llama3'
  | 'license_condition_llama3_1'
  | 'license_condition_llama3_2'
  | 'license_condition_llama4'
  | 'license_condition_gemma'
  | 'license_condition_qwen'
  | 'license_condition_qwen_research'
  | 'license_condition_deepseek'
  | 'license_condition_non_commercial'
  | 'license_condition_flux_dev'
  | 'license_condition_mistral_research'
  | 'license_condition_mistral_non_production'
  | 'license_condition_apple_amlr'
  | 'license_condition_stability_community'
  | 'license_condition_nvidia_open'
  | 'license_condition_research_only';

const SPDX = (id: string) => `SPDX License List, https://spdx.org/licenses/${id}.html`;

const open = (title: string, spdx: string, condition: LicenseCondition | null = null): LicenseRow => ({
  title,
  kind: 'open',
  condition,
  source: SPDX(spdx),
});
const nonCommercial = (title: string, spdx: string): LicenseRow => ({
  title,
  kind: 'non-commercial',
  condition: 'license_condition_non_commercial',
  source: SPDX(spdx),
});

/** Hub licence identifier (lower case) → meaning. */
export const LICENSES: Readonly<Record<string, LicenseRow>> = {
  // Permissive open-source licences.
  'apache-2.0': open('Apache-2.0', 'Apache-2.0', 'license_condition_permissive'),
  mit: open('MIT', 'MIT', 'license_condition_permissive'),
  bsd: open('BSD', 'BSD-3-Clause', 'license_condition_permissive'),
  'bsd-2-clause': open('BSD-2-Clause', 'BSD-2-Clause', 'license_condition_permissive'),
  'bsd-3-clause': open('BSD-3-Clause', 'BSD-3-Clause', 'license_condition_permissive'),
  'bsd-3-clause-clear': open('BSD-3-Clause-Clear', 'BSD-3-Clause-Clear', 'license_condition_permissive'),
  isc: open('ISC', 'ISC', 'license_condition_permissive'),
  zlib: open('Zlib', 'Zlib', 'license_condition_permissive'),
  'bsl-1.0': open('BSL-1.0', 'BSL-1.0', 'license_condition_permissive'),
  'afl-3.0': open('AFL-3.0', 'AFL-3.0', 'license_condition_permissive'),
  'artistic-2.0': open('Artistic-2.0', 'Artistic-2.0', 'license_condition_permissive'),
  'ecl-2.0': open('ECL-2.0', 'ECL-2.0', 'license_condition_permissive'),
  'ms-pl': open('MS-PL', 'MS-PL', 'license_condition_permissive'),
  postgresql: open('PostgreSQL', 'PostgreSQL', 'license_condition_permissive'),
  ncsa: open('NCSA', 'NCSA', 'license_condition_permissive'),
  'ofl-1.1': open('OFL-1.1', 'OFL-1.1', 'license_condition_permissive'),
  'cdla-permissive-1.0': open('CDLA-Permissive-1.0', 'CDLA-Permissive-1.0', 'license_condition_permissive'),
  'cdla-permissive-2.0': open('CDLA-Permissive-2.0', 'CDLA-Permissive-2.0', 'license_condition_permissive'),
  'apple-ascl': {
    title: 'Apple Sample Code License',
    kind: 'open',
    condition: 'license_condition_permissive',
    source:
      'Apple Sample Code License (https://developer.apple.com/support/downloads/terms/apple-sample-code/Apple-Sample-Code-License.pdf)',
  },
  // Public domain.
  unlicense: open('Unlicense', 'Unlicense', 'license_condition_public_domain'),
  'cc0-1.0': open('CC0-1.0', 'CC0-1.0', 'license_condition_public_domain'),
  wtfpl: open('WTFPL', 'WTFPL', 'license_condition_public_domain'),
  pddl: open('PDDL-1.0', 'PDDL-1.0', 'license_condition_public_domain'),
  // Attribution only.
  'cc-by-2.0': open('CC-BY-2.0', 'CC-BY-2.0', 'license_condition_attribution'),
  'cc-by-2.5': open('CC-BY-2.5', 'CC-BY-2.5', 'license_condition_attribution'),
  'cc-by-3.0': open('CC-BY-3.0', 'CC-BY-3.0', 'license_condition_attribution'),
  'cc-by-4.0': open('CC-BY-4.0', 'CC-BY-4.0', 'license_condition_attribution'),
  'odc-by': open('ODC-By-1.0', 'ODC-By-1.0', 'license_condition_attribution'),
  // Copyleft: commercial use allowed; changed versions under the same licence.
  gpl: open('GPL', 'GPL-3.0-only', 'license_condition_copyleft'),
  'gpl-2.0': open('GPL-2.0', 'GPL-2.0-only', 'license_condition_copyleft'),
  'gpl-3.0': open('GPL-3.0', 'GPL-3.0-only', 'license_condition_copyleft'),
  'agpl-3.0': open('AGPL-3.0', 'AGPL-3.0-only', 'license_condition_copyleft'),
  lgpl: open('LGPL', 'LGPL-3.0-only', 'license_condition_copyleft'),
  'lgpl-2.1': open('LGPL-2.1', 'LGPL-2.1-only', 'license_condition_copyleft'),
  'lgpl-3.0': open('LGPL-3.0', 'LGPL-3.0-only', 'license_condition_copyleft'),
  'mpl-2.0': open('MPL-2.0', 'MPL-2.0', 'license_condition_copyleft'),
  'epl-1.0': open('EPL-1.0', 'EPL-1.0', 'license_condition_copyleft'),
  'epl-2.0': open('EPL-2.0', 'EPL-2.0', 'license_condition_copyleft'),
  'eupl-1.1': open('EUPL-1.1', 'EUPL-1.1', 'license_condition_copyleft'),
  'eupl-1.2': open('EUPL-1.2', 'EUPL-1.2', 'license_condition_copyleft'),
  'osl-3.0': open('OSL-3.0', 'OSL-3.0', 'license_condition_copyleft'),
  'cc-by-sa-3.0': open('CC-BY-SA-3.0', 'CC-BY-SA-3.0', 'license_condition_share_alike'),
  'cc-by-sa-4.0': open('CC-BY-SA-4.0', 'CC-BY-SA-4.0', 'license_condition_share_alike'),
  odbl: open('ODbL-1.0', 'ODbL-1.0', 'license_condition_share_alike'),
  'cdla-sharing-1.0': open('CDLA-Sharing-1.0', 'CDLA-Sharing-1.0', 'license_condition_share_alike'),
  // Commercial use allowed, no changed versions.
  'cc-by-nd-4.0': {
    title: 'CC-BY-ND-4.0',
    kind: 'conditional',
    condition: 'license_condition_no_derivatives',
    source: SPDX('CC-BY-ND-4.0'),
  },
  // Non-commercial Creative Commons.
  'cc-by-nc-2.0': nonCommercial('CC-BY-NC-2.0', 'CC-BY-NC-2.0'),
  'cc-by-nc-3.0': nonCommercial('CC-BY-NC-3.0', 'CC-BY-NC-3.0'),
  'cc-by-nc-4.0': nonCommercial('CC-BY-NC-4.0', 'CC-BY-NC-4.0'),
  'cc-by-nc-nd-3.0': nonCommercial('CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0'),
  'cc-by-nc-nd-4.0': nonCommercial('CC-BY-NC-ND-4.0', 'CC-BY-NC-ND-4.0'),
  'cc-by-nc-sa-2.0': nonCommercial('CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0'),
  'cc-by-nc-sa-3.0': nonCommercial('CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0'),
  'cc-by-nc-sa-4.0': nonCommercial('CC-BY-NC-SA-4.0', 'CC-BY-NC-SA-4.0'),
  // Responsible-AI licences: open use with a list of forbidden uses passed on to every user.
  openrail: {
    title: 'OpenRAIL',
    kind: 'conditional',
    condition: 'license_condition_openrail',
    source: 'OpenRAIL licence family (https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license)',
  },
  'openrail++': {
    title: 'OpenRAIL++-M',
    kind: 'conditional',
    condition: 'license_condition_openrail',
    source: 'CreativeML Open RAIL++-M (Stable Diffusion XL LICENSE.md)',
  },
  'creativeml-openrail-m': {
    title: 'CreativeML OpenRAIL-M',
    kind: 'conditional',
    condition: 'license_condition_openrail',
    source: 'CreativeML Open RAIL-M (Stable Diffusion v1 LICENSE)',
  },
  'bigscience-openrail-m': {
    title: 'BigScience OpenRAIL-M',
    kind: 'conditional',
    condition: 'license_condition_openrail',
    source: 'BigScience Open RAIL-M (https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license)',
  },
  'bigscience-bloom-rail-1.0': {
    title: 'BigScience BLOOM RAIL 1.0',
    kind: 'conditional',
    condition: 'license_condition_openrail',
    source: 'BigScience RAIL License v1.0 (bigscience/bloom LICENSE)',
  },
  'bigcode-openrail-m': {
    title: 'BigCode OpenRAIL-M',
    kind: 'conditional',
    condition: 'license_condition_openrail',
    source: 'BigCode OpenRAIL-M v1 (bigcode/starcoder LICENSE)',
  },
  // Model families' own licences.
  llama2: {
    title: 'Llama 2 Community License',
    kind: 'conditional',
    condition: 'license_condition_llama2',
    source: 'Llama 2 Community License Agreement, §2 and Acceptable Use Policy (meta-llama/Llama-2-7b LICENSE.txt)',
  },
  llama3: {
    title: 'Llama 3 Community License',
    kind: 'conditional',
    condition: 'license_condition_llama3',
    source: 'Meta Llama 3 Community License Agreement, §1.b.i and §2 (meta-llama/Meta-Llama-3-8B LICENSE)',
  },
  'llama3.1': {
    title: 'Llama 3.1 Community License',
    kind: 'conditional',
    condition: 'license_condition_llama3_1',
    source: 'Llama 3.1 Community License Agreement, §1.b.i and §2 (meta-llama/Llama-3.1-8B LICENSE)',
  },
  'llama3.2': {
    title: 'Llama 3.2 Community License',
    kind: 'conditional',
    condition: 'license_condition_llama3_2',
    source:
      'Llama 3.2 Community License Agreement and Acceptable Use Policy (meta-llama/Llama-3.2-1B LICENSE.txt, USE_POLICY.md)',
  },
  'llama3.3': {
    title: 'Llama 3.3 Community License',
    kind: 'conditional',
    condition: 'license_condition_llama3_1',
    source: 'Llama 3.3 Community License Agreement, §1.b.i and §2 (meta-llama/Llama-3.3-70B-Instruct LICENSE)',
  },
  llama4: {
    title: 'Llama 4 Community License',
    kind: 'conditional',
    condition: 'license_condition_llama4',
    source: 'Llama 4 Community License Agreement and Acceptable Use Policy (meta-llama/Llama-4-Scout-17B-16E LICENSE)',
  },
  gemma: {
    title: 'Gemma Terms of Use',
    kind: 'conditional',
    condition: 'license_condition_gemma',
    source: 'Gemma Terms of Use and Prohibited Use Policy (https://ai.google.dev/gemma/terms)',
  },
  // license: other, with cardData.license_name as the authors write it.
  qwen: {
    title: 'Qwen License',
    kind: 'conditional',
    condition: 'license_condition_qwen',
    source: 'Qwen LICENSE AGREEMENT, §4.a (Qwen/Qwen2.5-72B-Instruct LICENSE)',
  },
  'tongyi-qianwen': {
    title: 'Tongyi Qianwen License',
    kind: 'conditional',
    condition: 'license_condition_qwen',
    source: 'Tongyi Qianwen LICENSE AGREEMENT, §4.a (Qwen/Qwen-7B LICENSE)',
  },
  'qwen-research': {
    title: 'Qwen Research License',
    kind: 'non-commercial',
    condition: 'license_condition_qwen_research',
    source: 'Qwen RESEARCH LICENSE AGREEMENT, §3 (Qwen/Qwen2.5-3B LICENSE)',
  },
  'tongyi-qianwen-research': {
    title: 'Tongyi Qianwen Research License',
    kind: 'non-commercial',
    condition: 'license_condition_qwen_research',
    source: 'Tongyi Qianwen RESEARCH LICENSE AGREEMENT (Qwen/Qwen-1_8B LICENSE)',
  },
  deepseek: {
    title: 'DeepSeek License',
    kind: 'conditional',
    condition: 'license_condition_deepseek',
    source: 'DEEPSEEK LICENSE AGREEMENT v1.0, §4 and Attachment A (deepseek-ai/DeepSeek-V3 LICENSE-MODEL)',
  },
  'deepseek-license': {
    title: 'DeepSeek License',
    kind: 'conditional',
    condition: 'license_condition_deepseek',
    source: 'DEEPSEEK LICENSE AGREEMENT v1.0, §4 and Attachment A (deepseek-ai/deepseek-coder-6.7b-instruct LICENSE)',
  },
  'flux-1-dev-non-commercial-license': {
    title: 'FLUX.1 [dev] Non-Commercial License',
    kind: 'non-commercial',
    condition: 'license_condition_flux_dev',
    source: 'FLUX.1 [dev] Non-Commercial License, §2 (black-forest-labs/FLUX.1-dev LICENSE.md)',
  },
  mrl: {
    title: 'Mistral Research License',
    kind: 'non-commercial',
    condition: 'license_condition_mistral_research',
    source: 'Mistral AI Research License, §2 (mistralai/Mistral-Large-Instruct-2407 LICENSE)',
  },
  mnpl: {
    title: 'Mistral Non-Production License',
    kind: 'non-commercial',
    condition: 'license_condition_mistral_non_production',
    source: 'Mistral AI Non-Production License (mistralai/Codestral-22B-v0.1 LICENSE)',
  },
  'apple-amlr': {
    title: 'Apple Machine Learning Research Model License',
    kind: 'non-commercial',
    condition: 'license_condition_apple_amlr',
    source: 'Apple Machine Learning Research Model License Agreement (apple/DCLM-7B LICENSE)',
  },
  'stabilityai-ai-community': {
    title: 'Stability AI Community License',
    kind: 'conditional',
    condition: 'license_condition_stability_community',
    source: 'Stability AI Community License Agreement, §1 and §4 (stabilityai/stable-diffusion-3.5-large LICENSE.md)',
  },
  'nvidia-open-model-license': {
    title: 'NVIDIA Open Model License',
    kind: 'conditional',
    condition: 'license_condition_nvidia_open',
    source:
      'NVIDIA Open Model License Agreement, §2 (https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/)',
  },
  'fair-noncommercial-research-license': {
    title: 'FAIR Noncommercial Research License',
    kind: 'non-commercial',
    condition: 'license_condition_research_only',
    source: 'FAIR Noncommercial Research License (facebook/chameleon-7b LICENSE)',
  },
  'deepfloyd-if-license': {
    title: 'DeepFloyd IF License',
    kind: 'non-commercial',
    condition: 'license_condition_research_only',
    source: 'DeepFloyd IF License Agreement, §2 (DeepFloyd/IF-I-XL-v1.0 LICENSE)',
  },
};

/** Identifiers that say nothing about the terms. */
const UNSAID: ReadonlySet<string> = new Set(['other', 'unknown', '']);

/** Writing variants authors use in license_name (`Llama 3.1`, `qwen_license`…) reduced to a table key. */
function normalize(id: string): string {
  return id.trim().toLowerCase().replace(/_/g, '-').replace(/\s+/g, '-');
}

export interface LicenseLookup {
  /** The identifier that matched (table key), or the authors' own name when none did. */
  id: string;
  row: LicenseRow | null;
}

/**
 * The licence a repo declares: `license` (tag or cardData.license) and, for `other`, `license_name`. A name the table
 * does not know gives row null (kind unknown) but keeps the name, so the interface can show it.
 */
export function lookupLicense(license: string | null, licenseName: string | null): LicenseLookup | null {
  const declared = license ? normalize(license) : null;
  const named = licenseName ? normalize(licenseName) : null;
  if (declared && !UNSAID.has(declared)) return { id: declared, row: own(LICENSES, declared) ?? null };
  if (named) return { id: named, row: own(LICENSES, named) ?? own(LICENSES, named.replace(/-license$/, '')) ?? null };
  if (declared) return { id: declared, row: null };
  return null;
}

export interface OrgLicenseRule {
  /** The publishing organisation, as in the repo ID (case-insensitive). */
  org: string;
  /** Repo names under that organisation the rule covers. */
  name: RegExp;
  /** Table key of the licence. */
  license: string;
  /** The model card that declares it. */
  card: string;
}

/**
 * Licences the publishers declare for their own repos, for when no Hub data is at hand (listing cards carry none):
 * official repos only, each rule from the model cards it names. First match wins.
 */
export const ORG_LICENSES: readonly OrgLicenseRule[] = [
  { org: 'meta-llama', name: /^Llama-2-/i, license: 'llama2', card: 'meta-llama/Llama-2-7b-hf model card' },
  { org: 'meta-llama', name: /^Meta-Llama-3-/i, license: 'llama3', card: 'meta-llama/Meta-Llama-3-8B model card' },
  {
    org: 'meta-llama',
    name: /^(?:Meta-)?Llama-3\.1-/i,
    license: 'llama3.1',
    card: 'meta-llama/Llama-3.1-8B model card',
  },
  { org: 'meta-llama', name: /^Llama-3\.2-/i, license: 'llama3.2', card: 'meta-llama/Llama-3.2-1B model card' },
  {
    org: 'meta-llama',
    name: /^Llama-3\.3-/i,
    license: 'llama3.3',
    card: 'meta-llama/Llama-3.3-70B-Instruct model card',
  },
  { org: 'meta-llama', name: /^Llama-4-/i, license: 'llama4', card: 'meta-llama/Llama-4-Scout-17B-16E model card' },
  {
    org: 'google',
    name: /^(?:gemma|codegemma|paligemma|recurrentgemma|shieldgemma)-/i,
    license: 'gemma',
    card: 'google/gemma-2-9b-it and google/gemma-3-27b-it model cards',
  },
  // Qwen2.5: Apache-2.0 except 3B (research licence) and 72B (Qwen licence).
  {
    org: 'Qwen',
    name: /^Qwen2\.5-(?:Coder-|Math-)?3B(?:-|$)/i,
    license: 'qwen-research',
    card: 'Qwen/Qwen2.5-3B-Instruct model card',
  },
  {
    org: 'Qwen',
    name: /^Qwen2\.5-(?:Math-)?72B(?:-|$)/i,
    license: 'qwen',
    card: 'Qwen/Qwen2.5-72B-Instruct model card',
  },
  {
    org: 'Qwen',
    name: /^Qwen2\.5-(?:Coder-|Math-)?(?:0\.5|1\.5|7|14|32)B(?:-|$)/i,
    license: 'apache-2.0',
    card: 'Qwen/Qwen2.5-7B-Instruct model card',
  },
  { org: 'Qwen', name: /^Qwen3-/i, license: 'apache-2.0', card: 'Qwen/Qwen3-8B model card' },
  {
    org: 'mistralai',
    name: /^(?:Mistral-7B-|Mixtral-8x\d+B-|Mistral-Nemo-)/i,
    license: 'apache-2.0',
    card: 'mistralai/Mistral-7B-Instruct-v0.3 and Mixtral-8x7B model cards',
  },
  {
    org: 'mistralai',
    name: /^Mistral-Large-Instruct-24(?:07|11)$/i,
    license: 'mrl',
    card: 'mistralai/Mistral-Large-Instruct-2407 model card',
  },
  { org: 'mistralai', name: /^Codestral-22B-/i, license: 'mnpl', card: 'mistralai/Codestral-22B-v0.1 model card' },
  {
    org: 'black-forest-labs',
    name: /^FLUX\.1-schnell$/i,
    license: 'apache-2.0',
    card: 'black-forest-labs/FLUX.1-schnell model card',
  },
  {
    org: 'black-forest-labs',
    name: /^FLUX\.1-(?:dev|Canny-dev|Depth-dev|Fill-dev|Redux-dev|Kontext-dev)/i,
    license: 'flux-1-dev-non-commercial-license',
    card: 'black-forest-labs/FLUX.1-dev model card',
  },
  { org: 'deepseek-ai', name: /^DeepSeek-R1/i, license: 'mit', card: 'deepseek-ai/DeepSeek-R1 model card' },
  {
    org: 'microsoft',
    name: /^(?:Phi-3|Phi-3\.5|phi-4|Phi-4)(?:-|$)/i,
    license: 'mit',
    card: 'microsoft/Phi-4 and Phi-3.5-mini-instruct model cards',
  },
  {
    org: 'openai',
    name: /^(?:gpt-oss-|whisper-)/i,
    license: 'apache-2.0',
    card: 'openai/gpt-oss-20b and openai/whisper-large-v3 model cards',
  },
  {
    org: 'stabilityai',
    name: /^stable-diffusion-3\.5-/i,
    license: 'stabilityai-ai-community',
    card: 'stabilityai/stable-diffusion-3.5-large model card',
  },
];

/** The publisher's declared licence for one of its own repos, or null. */
export function orgLicense(org: string | null, name: string): OrgLicenseRule | null {
  if (!org) return null;
  const rules = (rulesByOrg ??= groupByOrg()).get(org.toLowerCase());
  return rules?.find((rule) => rule.name.test(name)) ?? null;
}

/** The rules by lower-cased publisher, in the table's order (looked up once per model, not compared rule by rule). */
let rulesByOrg: Map<string, OrgLicenseRule[]> | undefined;
function groupByOrg(): Map<string, OrgLicenseRule[]> {
  const map = new Map<string, OrgLicenseRule[]>();
  for (const rule of ORG_LICENSES) {
    const org = rule.org.toLowerCase();
    const list = map.get(org);
    if (list) list.push(rule);
    else map.set(org, [rule]);
  }
  return map;
}
