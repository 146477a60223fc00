// Regenerates lib/knowledge/generated/ (engine matrices, class and pipeline categories) from scripts/data/, the one
// source of the engine data: read an engine's source, edit scripts/data/engine-support.json (repository, commit and
// date with what you read), run `npm run generate:engines`. `--check` only verifies that the generated files are up to
// date (exit 1 when not).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_DATA } from '@huggingface/tasks';
import { renderArchCategories, renderEngineMatrix, renderPipelineModalities } from './engine-data/render';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'scripts', 'data');
const outputs = {
  engines: join(root, 'lib', 'knowledge', 'generated', 'engine-matrix.ts'),
  archCategories: join(root, 'lib', 'knowledge', 'generated', 'arch-categories.ts'),
  pipelines: join(root, 'lib', 'knowledge', 'generated', 'pipeline-modalities.ts'),
};

const args = process.argv.slice(2);
const engineSupport = JSON.parse(readFileSync(join(dataDir, 'engine-support.json'), 'utf8'));
const archCategories = JSON.parse(readFileSync(join(dataDir, 'transformers-arch-categories.json'), 'utf8'));
const rendered = {
  engines: renderEngineMatrix(engineSupport),
  archCategories: renderArchCategories(archCategories),
  pipelines: renderPipelineModalities(PIPELINE_DATA, tasksVersion()),
};

function tasksVersion(): string {
  return JSON.parse(readFileSync(join(root, 'node_modules', '@huggingface', 'tasks', 'package.json'), 'utf8')).version;
}

if (args.includes('--check')) {
  const stale = (Object.keys(outputs) as (keyof typeof outputs)[]).filter(
    (key) => readFileSync(outputs[key], 'utf8') !== rendered[key],
  );
  if (stale.length > 0) {
    console.error(`out of date: ${stale.map((key) => outputs[key]).join(', ')} (run npm run generate:engines)`);
    process.exit(1);
  }
  console.log('generated engine data is up to date');
} else {
  for (const key of Object.keys(outputs) as (keyof typeof outputs)[]) writeFileSync(outputs[key], rendered[key]);
  console.log(`wrote ${Object.values(outputs).join(', ')}`);
}
