#!/usr/bin/env node
// `npm run bench`: bundles scripts/bench.ts with the engine and rules (esbuild, as the extension ships
// them: one bundle, no tsx transform hooks) and runs the bundle. Timing the code through tsx would
// measure its on-the-fly transform too: it wraps every closure in a name-keeping helper, which alone
// costs about a tenth of the engine's time. Arguments are passed on (e.g. --json).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// Next to scripts/bench.ts, so the bundle resolves its data files (new URL('../tests/…', import.meta.url)) as the source does.
const outfile = fileURLToPath(new URL('./bench.bundle.mjs', import.meta.url));

await build({
  entryPoints: [fileURLToPath(new URL('./bench.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  absWorkingDir: root,
  logLevel: 'error',
});
try {
  const { status } = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  process.exitCode = status ?? 1;
} finally {
  rmSync(outfile, { force: true });
}
