import type { Facts } from '../../lib/facts/schema';
import { guideAnchor } from '../../lib/knowledge/guide/anchors';
import { explanation, quantLabel, sizeLabel, valueLabel } from '../../lib/present/labels';
import { guideUrl } from '../../utils/guide-url';
import { useI18n } from '../i18n';
import { evidenceText } from '../../lib/present/evidence-text';

/** Each fact with where it comes from, and a link to the guide's section that explains it. */
function EvidenceList({ facts, field }: { facts: Facts; field: string }) {
  const i18n = useI18n();
  const items = facts.evidence.filter((evidence) => evidence.field === field);
  const anchor = guideAnchor(items[0] ?? { field });
  return (
    <>
      {items.map((evidence, index) => (
        <span class="evidence" key={index}>
          {evidenceText(i18n, evidence)}
        </span>
      ))}
      {anchor && (
        <a class="guide-link evidence" href={guideUrl(anchor)} target="_blank" rel="noopener">
          {i18n.t('guide_more')}
        </a>
      )}
    </>
  );
}

export function FactsTable({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const rows: [string, string, string][] = [];
  const push = (label: string, value: string | null, field: string) => {
    if (value) rows.push([label, value, field]);
  };
  push(
    t('fact_category'),
    facts.category === 'unknown'
      ? null
      : `${t(`value_category_${facts.category.replace('-', '_')}`)}${facts.task ? ` · ${facts.task}` : ''}`,
    'category',
  );
  push(t('fact_family'), facts.family ? `${facts.family}${facts.version ? ` ${facts.version}` : ''}` : null, 'family');
  const size = sizeLabel(facts);
  push(t('fact_params'), size ? say(size) : null, 'params');
  push(
    t('fact_stage'),
    facts.stage ? `${t(`value_stage_${facts.stage}`)}: ${say(explanation('stage', facts.stage))}` : null,
    'stage',
  );
  push(
    t('fact_alignment'),
    facts.alignment.map((value) => t(`value_alignment_${value}`)).join(', ') || null,
    'alignment',
  );
  push(t('fact_finetune'), facts.finetune.map((value) => t(`value_finetune_${value}`)).join(', ') || null, 'finetune');
  const quant = quantLabel(facts);
  push(
    t('fact_quant'),
    quant ? `${say(quant)}${facts.quant.format ? ` · ${say(explanation('quant', facts.quant.format))}` : ''}` : null,
    'quant',
  );
  push(
    t('fact_modality'),
    facts.modality.map((value) => say(valueLabel('modality', value))).join(', ') || null,
    'modality',
  );
  push(
    t('fact_purpose'),
    facts.purpose.map((value) => say(valueLabel('purpose', value))).join(', ') || null,
    'purpose',
  );
  push(
    t('fact_base_model'),
    facts.baseModel
      ? `${facts.baseModel}${facts.baseModelRelation ? ` (${t(`relation_${facts.baseModelRelation}`)})` : ''}`
      : null,
    'baseModel',
  );
  if (facts.architectures.length > 0)
    rows.push([t('fact_architecture'), facts.architectures.join(', '), 'architecture']);
  return (
    <table class="facts">
      <tbody>
        {rows.map(([label, value, field]) => (
          <tr key={field} data-fact-row={field}>
            <th scope="row">{label}</th>
            <td>
              {value}
              <EvidenceList facts={facts} field={field} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
