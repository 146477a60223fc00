// Development aid: classifies the labelled corpus by name only and prints mismatches per field.
import { readFileSync } from 'node:fs';
import { classify } from '../lib/classify-model';

const field = process.argv[2] ?? 'category';
const rows = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
let answered = 0,
  right = 0,
  labelled = 0;
const wrong: string[] = [];
const scored: { score: number; ok: boolean }[] = [];
const missed: string[] = [];
const norm = (c: string) => (c === 'nlp' || c === 'other' ? 'other' : c);
for (const row of rows) {
  const facts = classify(row.id);
  if ('error' in facts) {
    console.log('ERROR', row.id, facts.error);
    continue;
  }
  if (field === 'category') {
    const label = row.labels.category;
    if (!label) continue;
    labelled++;
    if (facts.category === 'unknown') {
      missed.push(row.id);
      continue;
    }
    answered++;
    scored.push({ score: facts.categoryConfidence, ok: norm(facts.category) === norm(label) });
    if (norm(facts.category) === norm(label)) right++;
    else
      wrong.push(
        `${facts.categoryConfidence} ` +
          `${row.id}  got=${facts.category} want=${label}  ${facts.evidence
            .filter((e) => e.field === 'category')
            .map((e) => e.detail)
            .join('; ')}`,
      );
  } else if (field === 'stage') {
    const label = row.labels.stage;
    if (!label) continue;
    labelled++;
    if (!facts.stage) {
      missed.push(`${row.id} (${label})`);
      continue;
    }
    answered++;
    const got = facts.stage === 'chat' ? 'instruct' : facts.stage;
    if (got === label) right++;
    else wrong.push(`${row.id} got=${facts.stage} want=${label}`);
  } else if (field === 'quant') {
    const label = row.labels.quant_format;
    if (!label) continue;
    labelled++;
    const got = facts.quant.format;
    const ok =
      label === 'none'
        ? got === null || got === 'fp16' || got === 'bf16' || got === 'fp32'
        : label === 'marlin'
          ? got === 'gptq'
          : label === 'compressed-tensors'
            ? ['int4', 'int8', 'fp8'].includes(got ?? '')
            : got === label;
    answered++;
    if (ok) right++;
    else wrong.push(`${row.id} got=${got} want=${label}`);
  } else if (field === 'params') {
    const label = row.labels.params_b;
    if (label === undefined) continue;
    labelled++;
    const got = facts.params.total;
    const lowConf = facts.evidence.some((x) => x.field === 'params' && x.confidence === 'low');
    if (got === null || lowConf) {
      missed.push(`${row.id} (${label})`);
      continue;
    }
    answered++;
    if (Math.abs(got / 1e9 - label) / label <= 0.1) right++;
    else wrong.push(`${row.id} got=${got / 1e9} want=${label}`);
  }
}
console.log(wrong.join('\n'));
if (process.argv[3] === 'missed') console.log(`MISSED\n${missed.join('\n')}`);
if (scored.length) {
  scored.sort((a, b) => b.score - a.score);
  const take = Math.ceil(labelled * 0.9);
  const top = scored.slice(0, take);
  for (const t of [0.95, 0.9, 0.85, 0.8, 0.75, 0.6, 0.55, 0.5, 0.45]) {
    const sel = scored.filter((s) => s.score >= t);
    console.log(
      `score>=${t}: coverage ${((100 * sel.length) / labelled).toFixed(1)}% precision ${((100 * sel.filter((s) => s.ok).length) / sel.length).toFixed(2)}%`,
    );
  }
  console.log(
    `precision at 90% coverage: ${((100 * top.filter((s) => s.ok).length) / top.length).toFixed(2)}% (threshold score ${top[top.length - 1]?.score})`,
  );
}
console.log(
  `${field}: labelled ${labelled}, answered ${answered} (${((100 * answered) / labelled).toFixed(1)}%), right ${right} (${((100 * right) / answered).toFixed(2)}%)`,
);
