// What the end-to-end tests and the demo need beyond `npm ci`, installed when missing, so that the
// README's two commands work on a fresh Debian machine: Debian's Chromium and Firefox ESR (apt, as
// root), and promptfoo in its own folder with its own lock (1.4 GB, kept out of the main install).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function sh(command, args) {
  console.log(`  $ ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

let aptUpdated = false;

/** Installs the Debian packages whose command is missing; returns the problems it could not fix. */
export function ensureDebianPackages(packages) {
  const missing = packages.filter((p) => !has(p));
  if (missing.length === 0) return [];
  const canApt = typeof process.getuid === 'function' && process.getuid() === 0 && has('apt-get');
  if (!canApt) return missing.map((p) => `${p} is not installed; install it with: sudo apt-get install -y ${p}`);
  if (!aptUpdated) aptUpdated = sh('apt-get', ['update']);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const r = spawnSync('apt-get', ['install', '-y', ...missing], { cwd: root, stdio: 'inherit', env });
  return r.status === 0 ? missing.filter((p) => !has(p)).map((p) => `${p} was installed but is still not on PATH`) : [`apt-get install -y ${missing.join(' ')} failed`];
}

/** Installs tests/promptfoo's pinned promptfoo from its own lock file when it is not there yet. */
export function ensurePromptfoo() {
  if (existsSync(join(root, 'tests/promptfoo/node_modules/.bin/promptfoo'))) return [];
  return sh('npm', ['ci', '--prefix', 'tests/promptfoo', '--no-audit', '--no-fund']) ? [] : ['npm ci --prefix tests/promptfoo failed'];
}
