// npm run bench: bundles scripts/bench.ts and the classify command with esbuild (as the extension ships lib/: no
// dev-time transforms such as tsx's keepNames wrappers) and runs the benchmark with node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.output/bench', { recursive: true });
const bundle = (entry, outfile) =>
  build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
await bundle('scripts/bench.ts', '.output/bench/bench.mjs');
await bundle('cli/classify.ts', '.output/bench/classify.mjs');
const result = spawnSync(process.execPath, ['.output/bench/bench.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
