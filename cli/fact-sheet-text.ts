import { estimateMemory, formatBytes } from '../lib/estimate/memory';
import type { Message } from '../lib/i18n/format';
import type { Translator } from '../lib/i18n/translator';
import { axolotlBadge } from '../lib/present/badges';
import { evidenceText } from '../lib/present/evidence-text';
import { explanation, partMeaning, quantLabel, sizeLabel, valueLabel } from '../lib/present/labels';
import { engineLabel, servingAlternatives, servingRows } from '../lib/present/badges';
import type { Facts } from '../lib/facts/schema';
import { axolotlConfig, gatedLoginNote, servingSnippets, trainCommand } from '../lib/snippets/commands';
import { cliTranslator } from './lang';

// The command line's human-readable fact sheet, in the reader's language (`--lang my`): the name's anatomy drawn like
// the guide's diagrams, then each fact with where it comes from, the verdicts, memory and commands.

/** The language of the sheet being rendered (one at a time: the CLI renders line by line). */
let i18n: Translator = cliTranslator('en');
const say = (message: Message): string => i18n.say(message);

export function renderFactSheet(facts: Facts, translator: Translator = cliTranslator('en')): string {
  i18n = translator;
  const lines: string[] = [facts.id, ''];
  lines.push(...renderAnatomy(facts).map((line) => `  ${line}`), '');
  lines.push(...renderFacts(facts));
  lines.push('', ...renderVerdicts(facts));
  const memory = renderMemory(facts);
  if (memory.length > 0) lines.push('', ...memory);
  const commands = renderCommands(facts);
  if (commands.length > 0) lines.push('', ...commands);
  return `${lines.join('\n')}\n`;
}

/** `meta-llama / Llama-3.1 - 8B - Instruct` over underlines, roles and meanings, column-aligned. */
export function renderAnatomy(facts: Facts): string[] {
  const columns = facts.anatomy.map((part) => ({
    text: part.text,
    role: say(valueLabel('role', part.role)),
    meaning: say(partMeaning(part)),
  }));
  if (columns.length === 0) return [];
  const widths = columns.map((column) =>
    Math.max(displayWidth(column.text), displayWidth(column.role), displayWidth(column.meaning)),
  );
  const separators = columns.map((_, index) =>
    index === 0 ? '' : facts.anatomy[index - 1]!.role === 'org' && index === 1 && !facts.file ? ' / ' : ' - ',
  );
  const row = (pick: (column: (typeof columns)[number]) => string, gap: (index: number) => string) =>
    columns
      .map((column, index) => gap(index) + padDisplay(pick(column), widths[index]!))
      .join('')
      .trimEnd();
  const blank = (index: number) => ' '.repeat(separators[index]!.length);
  return [
    row(
      (column) => column.text,
      (index) => separators[index]!,
    ),
    row((column) => '─'.repeat(column.text.length), blank),
    row((column) => column.role, blank),
    row((column) => column.meaning, blank),
  ];
}

/** Where a fact comes from, in the words the extension uses ("from the name: the word "AWQ" · likely"). */
function evidenceFor(facts: Facts, field: string): string {
  const items = facts.evidence.filter((evidence) => evidence.field === field);
  if (items.length === 0) return '';
  return `  ← ${items.map((evidence) => evidenceText(i18n, evidence)).join('; ')}`;
}

function renderFacts(facts: Facts): string[] {
  const rows: [string, string, string][] = [];
  const add = (label: string, value: string | null, field: string) => {
    if (value) rows.push([label, value, evidenceFor(facts, field)]);
  };
  const { t } = i18n;
  const category = `${say(valueLabel('category', facts.category))}${facts.task ? ` (${facts.task})` : ''}`;
  add(
    t('fact_category'),
    facts.categoryConfidence < 0.8 && facts.category !== 'unknown' ? `${category} · ${t('evidence_guess')}` : category,
    'category',
  );
  add(t('fact_family'), facts.family ? `${facts.family}${facts.version ? ` ${facts.version}` : ''}` : null, 'family');
  const size = sizeLabel(facts);
  add(t('fact_params'), size ? say(size) : null, 'params');
  add(
    t('fact_stage'),
    facts.stage ? `${say(valueLabel('stage', facts.stage))}: ${say(explanation('stage', facts.stage))}` : null,
    'stage',
  );
  add(
    t('fact_alignment'),
    facts.alignment.map((value) => say(valueLabel('alignment', value))).join(', ') || null,
    'alignment',
  );
  add(
    t('fact_finetune'),
    facts.finetune.map((value) => say(valueLabel('finetune', value))).join(', ') || null,
    'finetune',
  );
  const quant = quantLabel(facts);
  add(t('fact_quant'), quant ? say(quant) : null, 'quant');
  add(
    t('fact_modality'),
    facts.modality.map((value) => say(valueLabel('modality', value))).join(', ') || null,
    'modality',
  );
  add(t('fact_purpose'), facts.purpose.map((value) => say(valueLabel('purpose', value))).join(', ') || null, 'purpose');
  const license = facts.license;
  add(
    t('fact_license'),
    license
      ? `${license.title}, ${say({ key: `license_kind_${license.kind.replace(/-/g, '_')}` })}${license.condition ? `: ${license.condition}` : ''}${license.gated ? ' (gated)' : ''}`
      : null,
    'license',
  );
  add(
    t('fact_capabilities'),
    facts.capabilities.map((value) => say({ key: `capability_${value}` })).join(', ') || null,
    'capabilities',
  );
  add(
    t('fact_base_model'),
    facts.baseModel
      ? `${facts.baseModel}${facts.baseModelRelation ? ` (${t(`relation_${facts.baseModelRelation}`)})` : ''}`
      : null,
    'baseModel',
  );
  if (facts.architectures.length > 0) add(t('fact_architecture'), facts.architectures.join(', '), 'architecture');
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value, evidence]) => `  ${padDisplay(label, width)}  ${value}${evidence}`);
}

function renderVerdicts(facts: Facts): string[] {
  const { axolotl } = facts;
  const { t } = i18n;
  const lines = [`  Axolotl      ${say(valueLabel('support', axolotl.support))}: ${say(axolotlBadge(facts).meaning)}`];
  if (axolotl.alternative)
    lines.push(
      `               ${t('sheet_instead')} ${axolotl.alternativeKey ? t(axolotl.alternativeKey, axolotl.alternativeArgs) : axolotl.alternative}`,
    );
  if (axolotl.trainableBase) lines.push(`               ${t('sheet_trainable_base')} ${axolotl.trainableBase}`);
  lines.push(`  ${t('sheet_serving')}`);
  const reasonOf = (verdict: { reason: string; reasonKey?: string; reasonArgs?: string[] }) =>
    verdict.reasonKey ? t(verdict.reasonKey, verdict.reasonArgs) : verdict.reason;
  for (const engine of servingRows(facts)) {
    const verdict = facts.serving[engine];
    if (!verdict) continue;
    const route = verdict.route && verdict.route !== 'direct' ? ` (${t(`route_${verdict.route}`)})` : '';
    lines.push(
      `    ${engineLabel(facts, engine).padEnd(10)} ${padDisplay(say(valueLabel('verdict', verdict.verdict)), 3)}${padDisplay(route, 10)} ${reasonOf(verdict)}`,
    );
    for (const other of (verdict.routes ?? []).slice(1))
      lines.push(
        `${' '.repeat(28)}(${t(`route_${other.route}`)}): ${say(valueLabel('verdict', other.verdict))}, ${reasonOf(other)}`,
      );
    if (verdict.link) lines.push(`${' '.repeat(28)}${verdict.link}`);
    const instead = servingAlternatives(facts, engine);
    if (instead.length > 0)
      lines.push(`${' '.repeat(28)}${say({ key: 'sheet_serving_instead', args: [instead.join(', ')] })}`);
  }
  return lines;
}

function renderMemory(facts: Facts): string[] {
  const memory = facts.memory;
  const { t } = i18n;
  const lines: string[] = [];
  const pad = '               ';
  if (facts.maxContext !== null)
    lines.push(`  ${t('fact_context')}  ${facts.maxContext.toLocaleString('en-US')}${evidenceFor(facts, 'context')}`);
  if (!memory || memory.weightsBytes === null) return lines;
  // A multimodal model named by its language model's size: figures from the name are lower bounds.
  const atLeast = memory.weightsSource === 'name' && (estimateMemory(facts)?.atLeast ?? false);
  const about = atLeast ? '≥' : '≈';
  const context = `${Math.round(memory.contextTokens / 1024)}K`;
  lines.push(`  ${t('sheet_memory')}`);
  lines.push(
    `${pad}${t('memory_weights')} ${atLeast ? '≥ ' : ''}${formatBytes(memory.weightsBytes)} (${t(`fit_source_${memory.weightsSource.replace(/-/g, '_')}`)})`,
  );
  if (memory.kvBytes !== null)
    lines.push(`${pad}${t('fit_row_kv', [context, memory.kvType])} ${formatBytes(memory.kvBytes)}`);
  if (memory.projectorBytes) lines.push(`${pad}${t('fit_row_projector')} ${formatBytes(memory.projectorBytes)}`);
  if (memory.overheadBytes > 0) lines.push(`${pad}${t('fit_row_overhead')} ${formatBytes(memory.overheadBytes)}`);
  if (memory.inferenceBytes !== null)
    lines.push(`${pad}${t('fit_row_inference', [context])} ${about} ${formatBytes(memory.inferenceBytes)}`);
  if (memory.downloadBytes) lines.push(`${pad}${t('fit_row_download')} ${formatBytes(memory.downloadBytes)}`);
  if (memory.fit) {
    const { fit } = memory;
    const spill = fit.verdict === 'offload' ? ` (${formatBytes(fit.offloadBytes)} RAM)` : '';
    lines.push(
      `${pad}${t(`fit_verdict_${fit.verdict}`)}${spill}: ${formatBytes(fit.neededBytes)} / GPU ${formatBytes(fit.gpuBytes)}`,
    );
  }
  const { training } = memory;
  if (training) {
    const part = (label: string, bytes: number | null, verdict: string | null | undefined) =>
      bytes === null
        ? null
        : `${label} ${about} ${formatBytes(bytes)}${verdict ? ` (${t(`fit_verdict_${verdict}`)})` : ''}`;
    const parts = [
      part(t('memory_full'), training.full, training.fit?.full),
      part(t('memory_lora'), training.lora, training.fit?.lora),
      part(t('memory_qlora'), training.qlora, training.fit?.qlora),
    ].filter(Boolean);
    lines.push(`${pad}${t('fit_training_for', [training.model])}: ${parts.join(', ')}`);
  }
  if (atLeast) lines.push(`${pad}${say({ key: 'memory_at_least' })}`);
  for (const basis of memory.basis) lines.push(`${pad}· ${say(basis)}`);
  return lines;
}

function renderCommands(facts: Facts): string[] {
  const lines: string[] = [];
  const config = axolotlConfig(facts);
  if (config) {
    lines.push(
      `  Axolotl ${config.fileName}:`,
      ...config.text
        .trimEnd()
        .split('\n')
        .map((line) => `    ${line}`),
      `    $ ${trainCommand()}`,
    );
  }
  const login = gatedLoginNote(facts);
  if (login) lines.push(`  ${say(login)}`);
  for (const snippet of servingSnippets(facts)) {
    lines.push(
      `  ${snippet.title ?? snippet.tool}${snippet.route ? ` (${snippet.route})` : ''}:`,
      ...snippet.text.split('\n').map((line) => `    $ ${line}`),
    );
  }
  return lines.length > 0 ? [i18n.t('sheet_commands'), ...lines] : [];
}

/** Burmese combining marks take no column of their own in a terminal: pad by what shows, not by code units. */
function displayWidth(text: string): number {
  return text.replace(
    /[\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d]/g,
    '',
  ).length;
}

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
