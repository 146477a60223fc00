import { addEvidence, replaceEvidence, type Draft } from '../facts/draft';
import type { MessageKey } from '../i18n/english';
import { english } from '../i18n/english';
import { LICENSES, lookupLicense, orgLicense } from '../knowledge/licenses';
import type { HubModelInfo } from './hub-info';

// The licence the Hub declares, else the one the publisher declares for its own repos; (cardData.license / the license: tag, license_name for "other") and what it allows.

/** Without Hub data: the publisher's declared licence for its own repos (ORG_LICENSES), as a fact from the name. */
export function licenseFromOrg(draft: Draft): void {
  const { facts } = draft;
  const rule = orgLicense(facts.org, facts.name);
  const row = rule ? LICENSES[rule.license] : undefined;
  if (!rule || !row) return;
  facts.license = {
    id: rule.license,
    title: row.title,
    kind: row.kind,
    condition: row.condition ? english(row.condition) : null,
    conditionKey: row.condition,
    link: null,
    gated: false,
  };
  addEvidence(draft, 'license', 'name', 'medium', 'evidence_org_license', [rule.card]);
}

export function applyLicense(draft: Draft, hub: HubModelInfo): void {
  const found = lookupLicense(hub.license, hub.licenseName);
  if (!found) {
    // The publisher's rule stands; the Hub still says whether the repo is gated.
    if (draft.facts.license) draft.facts.license.gated = draft.gated;
    return;
  }
  replaceEvidence(draft, 'license');
  const { row } = found;
  const conditionKey: MessageKey | null = row?.condition ?? (row ? null : 'license_meaning_unknown');
  draft.facts.license = {
    id: found.id,
    title: row?.title ?? hub.licenseName ?? found.id,
    kind: row?.kind ?? 'unknown',
    condition: conditionKey ? english(conditionKey) : null,
    conditionKey,
    link: hub.licenseLink,
    gated: draft.gated,
  };
  const declared = hub.license && !['other', 'unknown'].includes(hub.license.toLowerCase());
  if (declared || !hub.licenseName)
    addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_license', [hub.license ?? found.id]);
  else addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_license_name', [hub.licenseName]);
  if (draft.gated) addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_gated');
  if (hub.licenseLink) addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_license_link', [hub.licenseLink]);
}
