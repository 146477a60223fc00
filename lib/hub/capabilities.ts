import { addEvidence, replaceEvidence, type Draft } from '../facts/draft';
import { CAPABILITIES, GENERATIVE_CATEGORIES, type Capability } from '../facts/schema';
import {
  FAMILY_CAPABILITIES,
  MODALITY_CAPABILITIES,
  NAME_CAPABILITIES,
  PIPELINE_CAPABILITIES,
  TEMPLATE_THINKING,
  TEMPLATE_TOOLS,
} from '../knowledge/capabilities';
import { own } from '../own';
import type { HubModelInfo } from './hub-info';

// Capabilities (reasoning, tools, vision, audio, video), each from evidence: the name's words, family knowledge from
// model cards, and when the Hub answered, its chat template and pipeline tag. Worked out again whenever Hub data
// arrives, as it can change the category (an embedder built on Qwen3 neither thinks nor calls tools).

export function settleCapabilities(draft: Draft, hub: HubModelInfo | null): void {
  const { facts } = draft;
  replaceEvidence(draft, 'capabilities');
  const found = new Set<Capability>();
  const add = (capability: Capability) => found.add(capability);
  if (GENERATIVE_CATEGORIES.has(facts.category)) {
    const name = facts.name;
    for (const rule of NAME_CAPABILITIES) {
      if (found.has(rule.capability) || !rule.pattern.test(name)) continue;
      add(rule.capability);
      addEvidence(draft, 'capabilities', 'name', 'medium', 'evidence_name_capability', [rule.word]);
    }
    for (const rule of FAMILY_CAPABILITIES) {
      if (
        rule.family !== facts.family ||
        (rule.version && !rule.version.test(facts.version ?? '')) ||
        rule.except?.test(name)
      )
        continue;
      for (const capability of rule.capabilities) {
        if (found.has(capability) || (capability !== 'reasoning' && capability !== 'tools')) continue;
        add(capability);
        addEvidence(
          draft,
          'capabilities',
          'name',
          'medium',
          capability === 'reasoning' ? 'evidence_family_reasoning' : 'evidence_family_tools',
          [rule.card],
        );
      }
    }
    if (hub?.chatTemplate) {
      if (TEMPLATE_TOOLS.test(hub.chatTemplate) && !found.has('tools')) {
        add('tools');
        addEvidence(draft, 'capabilities', 'hub', 'high', 'evidence_hub_template_tools');
      }
      if (TEMPLATE_THINKING.test(hub.chatTemplate) && !found.has('reasoning')) {
        add('reasoning');
        addEvidence(draft, 'capabilities', 'hub', 'high', 'evidence_hub_template_thinking');
      }
    }
    const byPipeline = hub?.pipelineTag ? own(PIPELINE_CAPABILITIES, hub.pipelineTag) : undefined;
    for (const capability of byPipeline ?? []) {
      if (found.has(capability)) continue;
      add(capability);
      addEvidence(draft, 'capabilities', 'hub', 'high', 'evidence_hub_pipeline_input', [hub!.pipelineTag!]);
    }
    if (hub && facts.category === 'vlm' && !found.has('vision') && hub.architectures[0]) {
      add('vision');
      addEvidence(draft, 'capabilities', 'hub', 'high', 'evidence_category_vision', [hub.architectures[0]]);
    }
    for (const modality of facts.modality) {
      for (const capability of own(MODALITY_CAPABILITIES, modality) ?? []) {
        if (found.has(capability)) continue;
        add(capability);
        addEvidence(draft, 'capabilities', 'name', 'low', 'evidence_modality_capability', [modality]);
      }
    }
  }
  facts.capabilities = CAPABILITIES.filter((capability) => found.has(capability));
}
