// Prints each parameter-labelled row with what the name gives (not a test): npx tsx tests/lib/classify/show-params.ts unseen.jsonl
import { facts, readCorpus } from './corpus-measure';
const rows = readCorpus(process.argv[2] ?? 'dev.jsonl');
for (const row of rows) {
  if (row.labels.params_b === undefined || row.file) continue;
  const sheet = facts(row.id);
  const low = sheet.evidence.some((e) => e.field === 'params' && e.confidence === 'low');
  const total = sheet.params.total;
  const state = total === null ? 'NONE' : low ? 'LOW' : 'OK';
  const within = total !== null && Math.abs(total / 1e9 - row.labels.params_b) / row.labels.params_b <= 0.1;
  console.log(
    `${state}\t${within ? 'right' : 'wrong'}\t${row.labels.params_b}\t${total === null ? '' : (total / 1e9).toPrecision(3)}\t${sheet.family ?? ''}\t${sheet.category}\t${row.id}`,
  );
}
