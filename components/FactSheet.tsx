import { useEffect, useRef, useState } from 'preact/hooks';
import { estimateMemory, formatBytes } from '../lib/estimate/memory';
import { ENGINE_LABELS, axolotlBadge } from '../lib/present/badges';
import { explanation, formatName, partMeaning, quantLabel, sizeLabel, valueLabel } from '../lib/present/labels';
import type { Evidence, Facts, ServingEngine } from '../lib/facts/schema';
import { SERVING_ENGINES } from '../lib/facts/schema';
import { axolotlConfig, servingSnippets, trainCommand, type Snippet } from '../lib/snippets/commands';
import { HubStatus, type HubState } from './BadgeRow';
import { useI18n } from './i18n';

/**
 * Everything Model Lens knows about a model: the name's anatomy, each fact with its evidence, the Axolotl and serving
 * verdicts, memory needs and ready commands. A dialog on huggingface.co, inline in the popup.
 */
export function FactSheet({ facts, hub, onClose, inline = false }: { facts: Facts; hub: HubState; onClose?: () => void; inline?: boolean }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = `lens-sheet-title-${facts.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  useEffect(() => {
    if (!inline) closeRef.current?.focus();
  }, [inline]);
  const sheet = (
    <div
      class={`sheet${inline ? ' inline' : ''}`}
      role={inline ? 'region' : 'dialog'}
      aria-modal={inline ? undefined : 'true'}
      aria-labelledby={titleId}
      data-model-lens-sheet={facts.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          event.stopPropagation();
          onClose();
        }
        if (event.key === 'Tab' && !inline) trapFocus(event);
      }}
    >
      {/* Not a banner landmark: in the dialog it is the top of a shadow root, where <header> would be one. */}
      <header role="none">
        <div>
          <h2 id={titleId}>{facts.id}</h2>
          <HubStatus hub={hub} />
        </div>
        {onClose && (
          <button type="button" class="close" ref={closeRef} onClick={onClose} aria-label={t('sheet_close')}>
            ✕
          </button>
        )}
      </header>
      <div class="body">
        <Anatomy facts={facts} />
        <FactsTable facts={facts} />
        <Verdicts facts={facts} />
        <Memory facts={facts} />
        <Commands facts={facts} />
      </div>
    </div>
  );
  if (inline) return sheet;
  return (
    <div class="overlay" onClick={(event) => event.target === event.currentTarget && onClose?.()}>
      {sheet}
    </div>
  );
}

/** Keeps Tab inside the dialog (the page behind is inert while it is open). */
function trapFocus(event: KeyboardEvent) {
  const sheet = event.currentTarget as HTMLElement;
  const focusable = [...sheet.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')];
  if (focusable.length === 0) return;
  const root = sheet.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function Anatomy({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  if (facts.anatomy.length === 0) return null;
  return (
    <section>
      <h3>{t('sheet_anatomy')}</h3>
      <ol class="anatomy">
        {facts.anatomy.map((part, index) => (
          <li key={`${index}-${part.text}`} class={`role-${part.role}`}>
            <span class="text">{part.text}</span>
            <span class="role">{t(`value_role_${part.role}`)}</span>
            <span class="meaning">{say(partMeaning(part))}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function EvidenceList({ facts, field }: { facts: Facts; field: string }) {
  const { t } = useI18n();
  const items = facts.evidence.filter((evidence) => evidence.field === field);
  return (
    <>
      {items.map((evidence: Evidence, index) => (
        <span class="evidence" key={index}>
          <span class="source">{t(`source_${evidence.source.replace('-', '_')}`)}</span>
          {evidence.key ? t(evidence.key, evidence.args) : evidence.detail}
          {evidence.confidence === 'low' ? ` · ${t('evidence_guess')}` : ''}
          {evidence.overruled !== undefined ? ` · ${t('evidence_overruled', [evidence.overruled])}` : ''}
        </span>
      ))}
    </>
  );
}

function FactsTable({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const rows: [string, string, string][] = [];
  const push = (label: string, value: string | null, field: string) => {
    if (value) rows.push([label, value, field]);
  };
  push(t('fact_category'), facts.category === 'unknown' ? null : `${t(`value_category_${facts.category.replace('-', '_')}`)}${facts.task ? ` · ${facts.task}` : ''}`, 'category');
  push(t('fact_family'), facts.family ? `${facts.family}${facts.version ? ` ${facts.version}` : ''}` : null, 'family');
  const size = sizeLabel(facts);
  push(t('fact_params'), size ? say(size) : null, 'params');
  push(t('fact_stage'), facts.stage ? `${t(`value_stage_${facts.stage}`)}: ${say(explanation('stage', facts.stage))}` : null, 'stage');
  push(t('fact_alignment'), facts.alignment.map((value) => t(`value_alignment_${value}`)).join(', ') || null, 'alignment');
  push(t('fact_finetune'), facts.finetune.map((value) => t(`value_finetune_${value}`)).join(', ') || null, 'finetune');
  const quant = quantLabel(facts);
  push(t('fact_quant'), quant ? `${say(quant)}${facts.quant.format ? ` · ${say(explanation('quant', facts.quant.format))}` : ''}` : null, 'quant');
  push(t('fact_modality'), facts.modality.map((value) => say(valueLabel('modality', value))).join(', ') || null, 'modality');
  push(t('fact_purpose'), facts.purpose.map((value) => say(valueLabel('purpose', value))).join(', ') || null, 'purpose');
  push(t('fact_base_model'), facts.baseModel ? `${facts.baseModel}${facts.baseModelRelation ? ` (${t(`relation_${facts.baseModelRelation}`)})` : ''}` : null, 'baseModel');
  if (facts.architectures.length > 0) rows.push([t('fact_architecture'), facts.architectures.join(', '), 'architecture']);
  return (
    <section>
      <h3>{t('sheet_facts')}</h3>
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
    </section>
  );
}

function Verdicts({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const axolotl = axolotlBadge(facts);
  const engines: (ServingEngine | 'mlx')[] = [...SERVING_ENGINES, ...(facts.serving.mlx ? (['mlx'] as const) : [])];
  const base = facts.axolotl.trainableBase;
  return (
    <section>
      <h3>{t('sheet_axolotl')}</h3>
      <p>
        <span class={`pill tone-${axolotl.tone}`}>{t(`value_support_${facts.axolotl.support}`)}</span>{' '}
        {say(axolotl.meaning)}
      </p>
      {facts.axolotl.alternative && (
        <p class="note">
          {t('sheet_instead')}{' '}
          {facts.axolotl.alternativeKey ? t(facts.axolotl.alternativeKey, facts.axolotl.alternativeArgs) : facts.axolotl.alternative}
        </p>
      )}
      {base && (
        <p class="note">
          {t('sheet_trainable_base')}{' '}
          <a class="base-link" href={`https://huggingface.co/${encodeURI(base)}`} target="_blank" rel="noopener noreferrer">{base}</a>
        </p>
      )}
      <h3>{t('sheet_serving')}</h3>
      <table class="verdicts">
        <tbody>
          {engines.map((engine) => {
            const verdict = facts.serving[engine]!;
            return (
              <tr key={engine} data-engine={engine}>
                <td>{ENGINE_LABELS[engine]}</td>
                <td>
                  <span class={`pill tone-${verdict.verdict}`}>
                    {t(`value_verdict_${verdict.verdict}`)}
                    {verdict.route && verdict.route !== 'direct' ? ` · ${t(`route_${verdict.route}`)}` : ''}
                  </span>
                </td>
                <td>{verdict.reasonKey ? t(verdict.reasonKey, verdict.reasonArgs) : verdict.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Memory({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const memory = estimateMemory(facts);
  if (!memory) return null;
  const rows: [string, number | null][] = [
    [t('memory_weights'), memory.weightsBytes],
    [t('memory_inference'), memory.inferenceBytes],
    [t('memory_full'), memory.training.fullBytes],
    [t('memory_lora'), memory.training.loraBytes],
    [t('memory_qlora'), memory.training.qloraBytes],
  ];
  return (
    <section>
      <h3>{t('sheet_memory')}</h3>
      <table class="memory">
        <tbody>
          {rows.filter(([, bytes]) => bytes !== null).map(([label, bytes]) => (
            <tr key={label}>
              <td>{label}</td>
              <td>{memory.atLeast ? `≥ ${formatBytes(bytes!)}` : formatBytes(bytes!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">
        {t('memory_basis_line', [say(memory.precision.basis)])} {t('memory_note')}
        {memory.atLeast && ` ${t('memory_at_least')}`}
      </p>
    </section>
  );
}

function Commands({ facts }: { facts: Facts }) {
  const { t } = useI18n();
  const config = axolotlConfig(facts);
  const snippets = servingSnippets(facts);
  if (!config && snippets.length === 0) return null;
  return (
    <section>
      <h3>{t('sheet_commands')}</h3>
      {config && <SnippetBlock title={`Axolotl · ${config.fileName}`} snippet={config} extra={`$ ${trainCommand()}`} />}
      {snippets.map((snippet) => (
        <SnippetBlock key={snippet.tool} title={ENGINE_LABELS[snippet.tool as ServingEngine] ?? formatName(snippet.tool)} snippet={snippet} />
      ))}
    </section>
  );
}

export function SnippetBlock({ title, snippet, extra }: { title: string; snippet: Snippet; extra?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 1500);
  };
  return (
    <div class="snippet" data-snippet={snippet.tool}>
      <div class="head">
        <span>{title}</span>
        <button type="button" class="copy" onClick={copy} aria-label={t('copy_label', [title])}>
          {copied === 'done' ? t('copy_done') : copied === 'failed' ? t('copy_failed') : t('copy')}
        </button>
      </div>
      <pre tabIndex={0} role="group" aria-label={title}>{snippet.text}{extra ? `\n${extra}` : ''}</pre>
    </div>
  );
}
