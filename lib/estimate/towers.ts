import type { Facts } from '../facts/schema';

// Vision and audio towers beside a language model: a name's size label is often the language model's alone
// (Qwen2.5-VL-7B holds 8.3B), so memory figures from the name say "at least" and leave room for the towers.

/** A model with towers beside its language model: a VLM, a multimodal model, or one with other input modalities. */
export const hasTowers = (facts: Facts): boolean =>
  facts.category === 'vlm' || facts.category === 'multimodal' || facts.modality.length > 0;

/** The name's size is the language model's alone (the name reader said so in its evidence). */
export function sizeLabelIsBackbone(facts: Facts): boolean {
  const { evidence } = facts;
  for (let i = 0; i < evidence.length; i++)
    if (evidence[i]!.field === 'params' && evidence[i]!.key === 'evidence_size_label_backbone') return true;
  return false;
}
