#!/usr/bin/env node
/**
 * Checks the built manifests in .output/{chrome-mv3,firefox-mv3} (run it after `npm run build`).
 *   node tests/extension/manifest-check.mjs [projectRoot]
 * Prints one line per check, ends with "N passed, N failed", and exits 1 when a check fails or a
 * build is missing. `checkBuiltManifests(root)` returns the same results for a test runner.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const TARGETS = /** @type {const} */ ([
  { browser: 'chrome', dir: 'chrome-mv3' },
  { browser: 'firefox', dir: 'firefox-mv3' },
]);

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * @param {string} root project root
 * @returns {Promise<Array<{ target: string, name: string, ok: boolean, detail?: string }>>}
 */
export async function checkBuiltManifests(root = path.resolve(HERE, '../..')) {
  const { checkManifest, ALLOWED_PERMISSIONS } = await tsImport(pathToFileURL(path.join(HERE, 'manifest-rules.ts')).href, import.meta.url);
  const { SUPPORTED_HOST_PATTERNS } = await tsImport(pathToFileURL(path.join(root, 'sites/hosts.ts')).href, import.meta.url);
  const results = [];
  for (const { browser, dir } of TARGETS) {
    const outDir = path.join(root, '.output', dir);
    const manifestPath = path.join(outDir, 'manifest.json');
    if (!existsSync(manifestPath)) {
      results.push({ target: dir, name: 'manifest.json exists', ok: false, detail: `${manifestPath} is missing; run npm run build first` });
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const checks = checkManifest(manifest, {
      browser,
      hosts: SUPPORTED_HOST_PATTERNS,
      allowedPermissions: ALLOWED_PERMISSIONS[browser],
      files: new Set(listFiles(outDir)),
    });
    for (const c of checks) results.push({ target: dir, ...c });
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await checkBuiltManifests(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.target}: ${r.name}${r.ok ? '' : ` (${r.detail})`}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
