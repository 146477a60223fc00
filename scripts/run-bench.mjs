// npm run bench: bundles scripts/bench.ts with esbuild (as the extension ships lib/: no dev-time transforms such as
// tsx's keepNames wrappers) and runs it with node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.output/bench', { recursive: true });
await build({
  entryPoints: ['scripts/bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: '.output/bench/bench.mjs',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['.output/bench/bench.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
