import { estimateMemory, formatBytes } from '../lib/estimate/memory';
import { ENGLISH } from '../lib/i18n/english';
import { formatMessage, type Message } from '../lib/i18n/format';
import { explanation, partMeaning, quantLabel, sizeLabel, valueLabel } from '../lib/present/labels';
import { engineLabel, servingAlternatives, servingRows } from '../lib/present/badges';
import type { Evidence, Facts } from '../lib/facts/schema';
import { axolotlConfig, gatedLoginNote, servingSnippets, trainCommand } from '../lib/snippets/commands';

// The command line's human-readable fact sheet: the name's anatomy drawn like the seed's diagrams, then each fact
// with its evidence, the verdicts, memory and commands.

const say = (message: Message): string => formatMessage(ENGLISH, message.key, message.args ?? []);

export function renderFactSheet(facts: Facts): string {
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
  const widths = columns.map((column) => Math.max(column.text.length, column.role.length, column.meaning.length));
  const separators = columns.map((_, index) => (index === 0 ? '' : facts.anatomy[index - 1]!.role === 'org' && index === 1 && !facts.file ? ' / ' : ' - '));
  const row = (pick: (column: (typeof columns)[number]) => string, gap: (index: number) => string) =>
    columns.map((column, index) => gap(index) + pick(column).padEnd(widths[index]!)).join('').trimEnd();
  const blank = (index: number) => ' '.repeat(separators[index]!.length);
  return [
    row((column) => column.text, (index) => separators[index]!),
    row((column) => '─'.repeat(column.text.length), blank),
    row((column) => column.role, blank),
    row((column) => column.meaning, blank),
  ];
}

function evidenceFor(facts: Facts, field: string): string {
  const items = facts.evidence.filter((evidence) => evidence.field === field);
  if (items.length === 0) return '';
  return `  ← ${items.map(describeEvidence).join('; ')}`;
}

function describeEvidence(evidence: Evidence): string {
  const overruled = evidence.overruled !== undefined ? `, overruling "${evidence.overruled}"` : '';
  return `${evidence.detail} [${evidence.source}, ${evidence.confidence ?? 'medium'}${overruled}]`;
}

function renderFacts(facts: Facts): string[] {
  const rows: [string, string, string][] = [];
  const add = (label: string, value: string | null, field: string) => {
    if (value) rows.push([label, value, evidenceFor(facts, field)]);
  };
  const category = `${say(valueLabel('category', facts.category))}${facts.task ? ` (${facts.task})` : ''}`;
  add('category', facts.categoryConfidence < 0.8 && facts.category !== 'unknown' ? `${category}, a guess` : category, 'category');
  add('family', facts.family ? `${facts.family}${facts.version ? ` ${facts.version}` : ''}` : null, 'family');
  const size = sizeLabel(facts);
  add('size', size ? say(size) : null, 'params');
  add('stage', facts.stage ? `${say(valueLabel('stage', facts.stage))}: ${say(explanation('stage', facts.stage))}` : null, 'stage');
  add('alignment', facts.alignment.map((value) => say(valueLabel('alignment', value))).join(', ') || null, 'alignment');
  add('fine-tuning', facts.finetune.map((value) => say(valueLabel('finetune', value))).join(', ') || null, 'finetune');
  const quant = quantLabel(facts);
  add('quantization', quant ? say(quant) : null, 'quant');
  add('modality', facts.modality.map((value) => say(valueLabel('modality', value))).join(', ') || null, 'modality');
  add('purpose', facts.purpose.map((value) => say(valueLabel('purpose', value))).join(', ') || null, 'purpose');
  const license = facts.license;
  add('licence', license ? `${license.title}, ${say({ key: `license_kind_${license.kind.replace(/-/g, '_')}` })}${license.condition ? `: ${license.condition}` : ''}${license.gated ? ' (gated)' : ''}` : null, 'license');
  add('capabilities', facts.capabilities.map((value) => say({ key: `capability_${value}` })).join(', ') || null, 'capabilities');
  add('base model', facts.baseModel ? `${facts.baseModel}${facts.baseModelRelation ? ` (${facts.baseModelRelation})` : ''}` : null, 'baseModel');
  if (facts.architectures.length > 0) rows.push(['architecture', facts.architectures.join(', '), '  ← Hub config.architectures']);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value, evidence]) => `  ${label.padEnd(width)}  ${value}${evidence}`);
}

function renderVerdicts(facts: Facts): string[] {
  const { axolotl } = facts;
  const lines = [`  Axolotl      ${say(valueLabel('support', axolotl.support))}: ${axolotl.reason}`];
  if (axolotl.alternative) lines.push(`               instead: ${axolotl.alternative}`);
  if (axolotl.trainableBase) lines.push(`               trainable base: ${axolotl.trainableBase}`);
  lines.push('  Serving');
  for (const engine of servingRows(facts)) {
    const verdict = facts.serving[engine];
    if (!verdict) continue;
    const route = verdict.route && verdict.route !== 'direct' ? ` (${verdict.route})` : '';
    lines.push(`    ${engineLabel(facts, engine).padEnd(10)} ${say(valueLabel('verdict', verdict.verdict)).padEnd(3)}${route.padEnd(10)} ${verdict.reason}`);
    for (const other of (verdict.routes ?? []).slice(1)) lines.push(`${' '.repeat(28)}or (${other.route}): ${say(valueLabel('verdict', other.verdict))}, ${other.reason}`);
    if (verdict.link) lines.push(`${' '.repeat(28)}${verdict.link}`);
    const instead = servingAlternatives(facts, engine);
    if (instead.length > 0) lines.push(`${' '.repeat(28)}${say({ key: 'sheet_serving_instead', args: [instead.join(', ')] })}`);
  }
  return lines;
}

const FIT_WORDS = { gpu: 'fits on the GPU', offload: 'fits with CPU offload (slower)', no: 'does not fit' } as const;

function renderMemory(facts: Facts): string[] {
  const memory = facts.memory;
  const lines: string[] = [];
  if (facts.maxContext !== null) lines.push(`  Max context  ${facts.maxContext.toLocaleString('en-US')} tokens${evidenceFor(facts, 'context')}`);
  if (!memory || memory.weightsBytes === null) return lines;
  // A multimodal model named by its language model's size: figures from the name are lower bounds.
  const atLeast = memory.weightsSource === 'name' && (estimateMemory(facts)?.atLeast ?? false);
  const about = atLeast ? '≥' : '≈';
  const pad = '               ';
  lines.push(`  Memory       weights ${atLeast ? '≥ ' : ''}${formatBytes(memory.weightsBytes)} (${memory.weightsSource})`);
  if (memory.kvBytes !== null && memory.kvBytesPerToken !== null) {
    lines.push(`${pad}KV cache ${formatBytes(memory.kvBytes)} at ${memory.contextTokens.toLocaleString('en-US')} tokens (${memory.kvType}, ${formatBytes(memory.kvBytesPerToken)} per token)`);
  }
  const extras = [memory.projectorBytes ? `projector ${formatBytes(memory.projectorBytes)}` : null, memory.overheadBytes > 0 ? `buffers ${formatBytes(memory.overheadBytes)}` : null].filter(Boolean);
  if (extras.length > 0) lines.push(`${pad}${extras.join(', ')}`);
  if (memory.inferenceBytes !== null) lines.push(`${pad}inference ${about} ${formatBytes(memory.inferenceBytes)}${memory.downloadBytes ? `; download ${formatBytes(memory.downloadBytes)}` : ''}`);
  if (memory.fit) {
    const { fit } = memory;
    const spill = fit.verdict === 'offload' ? `, ${formatBytes(fit.offloadBytes)} in system RAM` : '';
    lines.push(`${pad}${FIT_WORDS[fit.verdict]}${spill} (needs ${formatBytes(fit.neededBytes)}, GPU ${formatBytes(fit.gpuBytes)})`);
  }
  const { training } = memory;
  if (training) {
    const part = (label: string, bytes: number | null, verdict: string | null | undefined) =>
      bytes === null ? null : `${label} ${about} ${formatBytes(bytes)}${verdict ? ` [${verdict}]` : ''}`;
    const parts = [part('full', training.full, training.fit?.full), part('LoRA', training.lora, training.fit?.lora), part('QLoRA', training.qlora, training.fit?.qlora)].filter(Boolean);
    lines.push(`${pad}training${training.model !== facts.id ? ` (of ${training.model})` : ''}: ${parts.join(', ')}`);
  }
  if (atLeast) lines.push(`${pad}${say({ key: 'memory_at_least' })}`);
  for (const basis of memory.basis) lines.push(`${pad}· ${say(basis)}`);
  return lines;
}

function renderCommands(facts: Facts): string[] {
  const lines: string[] = [];
  const config = axolotlConfig(facts);
  if (config) {
    lines.push(`  Axolotl ${config.fileName}:`, ...config.text.trimEnd().split('\n').map((line) => `    ${line}`), `    $ ${trainCommand()}`);
  }
  const login = gatedLoginNote(facts);
  if (login) lines.push(`  ${say(login)}`);
  for (const snippet of servingSnippets(facts)) {
    lines.push(`  ${snippet.title ?? snippet.tool}${snippet.route ? ` (${snippet.route})` : ''}:`, ...snippet.text.split('\n').map((line) => `    $ ${line}`));
  }
  return lines.length > 0 ? ['Commands', ...lines] : [];
}

