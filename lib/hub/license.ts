import { addEvidence, replaceEvidence, type Draft } from '../facts/draft';
import type { MessageKey } from '../i18n/english';
import { english } from '../i18n/english';
import { lookupLicense } from '../knowledge/licenses';
import type { HubModelInfo } from './hub-info';

// The licence the Hub declares (cardData.license / the license: tag, license_name for "other") and what it allows.

export function applyLicense(draft: Draft, hub: HubModelInfo): void {
  const found = lookupLicense(hub.license, hub.licenseName);
  if (!found) return;
  replaceEvidence(draft, 'license');
  const { row } = found;
  const conditionKey: MessageKey | null = row?.condition ?? (row ? null : 'license_meaning_unknown');
  draft.facts.license = {
    id: found.id,
    title: row?.title ?? (hub.licenseName ?? found.id),
    kind: row?.kind ?? 'unknown',
    condition: conditionKey ? english(conditionKey) : null,
    conditionKey,
    link: hub.licenseLink,
    gated: draft.gated,
  };
  const declared = hub.license && !['other', 'unknown'].includes(hub.license.toLowerCase());
  if (declared || !hub.licenseName) addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_license', [hub.license ?? found.id]);
  else addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_license_name', [hub.licenseName]);
  if (draft.gated) addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_gated');
  if (hub.licenseLink) addEvidence(draft, 'license', 'hub', 'high', 'evidence_hub_license_link', [hub.licenseLink]);
}
