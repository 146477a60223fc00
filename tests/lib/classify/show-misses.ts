// Prints what the name reader gets wrong on a corpus (not a test): npx tsx tests/lib/classify/show-misses.ts dev.jsonl
import { measureCategory, measureFormat, measureParams, measureStage, readCorpus } from './corpus-measure';

const rows = readCorpus(process.argv[2] ?? 'dev.jsonl');
const field = process.argv[3] ?? 'category';
const lists: Record<string, () => string[]> = {
  category: () => measureCategory(rows).all.misses,
  format: () => measureFormat(rows).misses,
  stage: () => measureStage(rows).misses,
  params: () => measureParams(rows).confident.misses,
  unanswered: () => rows.filter((row) => row.labels.params_b !== undefined && !row.file).map((row) => row.id),
};
for (const line of lists[field]!()) console.log(line);
