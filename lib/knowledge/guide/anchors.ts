import type { Evidence } from '../../facts/schema';

// (No import of the guide's text: the content script links with this and must stay small; a test checks that
// every anchor here is a section of lib/knowledge/guide/reference.ts.)
// Where in the guide (guide.html#anchor) each fact's evidence is explained: the section of the domain reference the
// knowledge comes from. By field, with the few message keys that belong to a narrower section.

/** Fields explained in a section of another name (the rest: the section named like the field, e.g. `stage`). */
const BY_FIELD: Readonly<Record<string, string>> = {
  category: 'categories',
  family: 'families',
  params: 'size',
  baseModel: 'finetune',
  quant: 'quantization',
  modality: 'vision',
  architecture: 'axolotl-supported',
};

/** Sections named like the field they explain. */
const SAME_NAME = ['stage', 'alignment', 'finetune', 'purpose', 'version', 'axolotl', 'serving'];

/** Evidence whose message key names a narrower section than its field's. */
const BY_KEY: Readonly<Record<string, string>> = {
  evidence_hub_gguf: 'gguf-levels',
  evidence_quant_tag: 'gguf-levels',
  evidence_family: 'families',
  evidence_family_size: 'size',
  evidence_size_label_backbone: 'size',
  evidence_hub_arch_built_on: 'categories',
};

/** The guide anchor that explains a piece of evidence, or null when no section does. */
export function guideAnchor(evidence: Pick<Evidence, 'field' | 'key'>): string | null {
  const byKey = evidence.key ? BY_KEY[evidence.key] : undefined;
  const field = evidence.field.startsWith('serving') ? 'serving' : evidence.field;
  return byKey ?? BY_FIELD[field] ?? (SAME_NAME.includes(field) ? field : null);
}
