#!/usr/bin/env node
// `npm test`: every check of the project, in order, with one summary at the end.
//   prerequisites  chromium, firefox-esr (apt, as root) and tests/promptfoo, installed when missing  1 test
//   typecheck   tsc --noEmit                                  1 test
//   vitest      unit, rule-case, CLI and extension tests      one test per vitest test
//   build       chrome-mv3 and firefox-mv3 with manifests     1 test
//   manifests   tests/extension/manifest-check.mjs on both     1 test
//   zip         both store zips in .output                    1 test
//   lint        web-ext lint on .output/firefox-mv3, 0 errors 1 test
//   promptfoo   exported suite run by promptfoo (echo, offline) one test per case (tests/promptfoo/check-suite.ts)
//   e2e         built extension in headless Chromium and Firefox  one test per site and browser (tests/e2e/run.ts)
//   sw-restart  Chromium worker stopped mid-burst of captures      one test per check (tests/e2e/sw-restart.ts)
//   inpage      badge and review panel, ChatGPT page, both browsers one test per check (tests/e2e/inpage.ts)
//   restart     reviews kept across a browser restart, in the dashboard, both browsers  one test per check (tests/e2e/restart.ts)
// The last line is always "N passed, N failed"; the exit code is 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages, ensurePromptfoo } from './prerequisites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const output = join(root, '.output');

/** Run a command in the project root; output goes to the terminal unless captured. */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) => resolve({ code: -1, stdout, error: error.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

/** A file written by this step: present and modified after the step began (so a stale build does not pass). */
function freshFile(path, since) {
  return existsSync(path) && statSync(path).mtimeMs >= since;
}

const steps = [
  {
    name: 'prerequisites',
    async run() {
      // Browsers for the end-to-end steps and promptfoo for the export check, installed when missing.
      const problems = [...ensureDebianPackages(['chromium', 'firefox-esr']), ...ensurePromptfoo()];
      return problems.length === 0 ? pass('chromium, firefox-esr and tests/promptfoo are installed') : fail(problems.join('; '));
    },
  },
  {
    name: 'typecheck',
    async run() {
      const { code } = await run(bin('tsc'), ['--noEmit']);
      return code === 0 ? pass('tsc --noEmit') : fail(`tsc --noEmit exited with ${code}`);
    },
  },
  {
    name: 'vitest',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'speclens-vitest-'));
      const report = join(dir, 'report.json');
      try {
        const { code } = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
        if (!existsSync(report)) return { passed: 0, failed: 1, detail: `vitest exited with ${code} and wrote no report` };
        const r = JSON.parse(readFileSync(report, 'utf8'));
        // A test file that fails to load has no failing test of its own; it counts as one failure.
        const brokenFiles = (r.testResults ?? []).filter(
          (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
        );
        for (const file of brokenFiles) console.log(`  test file failed to run: ${file.name}: ${(file.message ?? '').split('\n')[0]}`);
        let failed = r.numFailedTests + brokenFiles.length;
        if (code !== 0 && failed === 0) failed = 1;
        if (r.numTotalTests === 0) failed = Math.max(failed, 1);
        const skipped = r.numPendingTests + r.numTodoTests;
        return {
          passed: r.numPassedTests,
          failed,
          detail:
            `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''} in ${r.testResults?.length ?? '?'} files` +
            (brokenFiles.length ? `, ${brokenFiles.length} file${brokenFiles.length === 1 ? '' : 's'} failed to run` : ''),
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'build',
    async run() {
      const since = Date.now();
      const { code } = await run('npm', ['run', 'build']);
      const missing = ['chrome-mv3', 'firefox-mv3'].filter((dir) => !freshFile(join(output, dir, 'manifest.json'), since));
      if (code !== 0) return fail(`npm run build exited with ${code}`);
      if (missing.length) return fail(`no fresh manifest.json in .output/${missing.join(', .output/')}`);
      return pass('.output/chrome-mv3 and .output/firefox-mv3 with manifest.json');
    },
  },
  {
    name: 'manifests',
    async run() {
      const { checkBuiltManifests } = await import('../tests/extension/manifest-check.mjs');
      const checks = await checkBuiltManifests(root);
      const failed = checks.filter((c) => !c.ok);
      for (const c of failed) console.log(`  manifest ${c.target}: ${c.name}: ${c.detail}`);
      return failed.length
        ? fail(`${failed.length} of ${checks.length} manifest checks failed`)
        : pass(`${checks.length} checks: host permissions, permissions, CSP, Firefox settings, referenced files`);
    },
  },
  {
    name: 'zip',
    async run() {
      const since = Date.now();
      const { code } = await run('npm', ['run', 'zip']);
      const zips = existsSync(output) ? readdirSync(output).filter((f) => f.endsWith('.zip') && freshFile(join(output, f), since)) : [];
      // WXT names them <name>-<version>-<browser>[-mv3].zip.
      const missing = ['chrome', 'firefox'].filter((browser) => !zips.some((f) => new RegExp(`-${browser}(?:-mv\\d)?\\.zip$`).test(f)));
      if (code !== 0) return fail(`npm run zip exited with ${code}`);
      if (missing.length) return fail(`no fresh ${missing.join(' or ')} zip in .output`);
      return pass(zips.sort().join(', '));
    },
  },
  {
    name: 'web-ext lint',
    async run() {
      const source = join(output, 'firefox-mv3');
      if (!existsSync(join(source, 'manifest.json'))) return fail('.output/firefox-mv3 is missing (the build failed)');
      const { code, stdout, error } = await run(bin('web-ext'), ['lint', '--source-dir', source, '--output=json', '--no-config-discovery'], { capture: true });
      let result;
      try {
        result = JSON.parse(stdout.slice(stdout.indexOf('{')));
      } catch {
        return fail(`web-ext lint exited with ${code} without a JSON report${error ? `: ${error}` : ''}`);
      }
      const { errors, warnings, notices } = result.summary;
      const codes = (list) => [...new Set((list ?? []).map((m) => m.code))].join(', ');
      for (const m of result.errors ?? []) console.log(`  lint error   ${m.code}: ${m.message} (${m.file ?? 'manifest'})`);
      for (const m of result.warnings ?? []) console.log(`  lint warning ${m.code}: ${m.message} (${m.file ?? 'manifest'})`);
      const detail = `${errors} errors, ${warnings} warnings${warnings ? ` (${codes(result.warnings)})` : ''}, ${notices} notices`;
      return errors === 0 ? pass(detail) : fail(detail);
    },
  },
  {
    name: 'promptfoo',
    async run() {
      // Needs tests/promptfoo installed (the prerequisites step does it); without promptfoo the step fails and says so.
      const { code, stdout } = await run(bin('tsx'), ['tests/promptfoo/check-suite.ts'], { capture: true });
      process.stdout.write(stdout);
      const counts = stdout.match(/^(\d+) passed, (\d+) failed$/m);
      if (!counts) return fail(`tests/promptfoo/check-suite.ts exited with ${code} without a summary`);
      const [passed, failed] = [Number(counts[1]), Number(counts[2])];
      if (code !== 0 && failed === 0) return fail(`tests/promptfoo/check-suite.ts exited with ${code}`);
      return { passed, failed, detail: `${passed} cases as their verdict says, ${failed} not` };
    },
  },
  {
    name: 'e2e',
    async run() {
      // Needs the build above, /usr/bin/chromium and /usr/bin/firefox-esr (.ci/run installs them when missing).
      const dir = mkdtempSync(join(tmpdir(), 'speclens-e2e-'));
      const report = join(dir, 'report.json');
      try {
        const { code } = await run(bin('tsx'), ['tests/e2e/run.ts', '--report', report]);
        if (!existsSync(report)) return fail(`tests/e2e/run.ts exited with ${code} and wrote no report`);
        const r = JSON.parse(readFileSync(report, 'utf8'));
        let failed = r.failed;
        if (code !== 0 && failed === 0) failed = 1;
        if (r.passed + r.failed === 0) failed = Math.max(failed, 1);
        return { passed: r.passed, failed, detail: `${r.passed} passed, ${r.failed} failed (capture in real Chromium and Firefox, per site)` };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'sw-restart',
    async run() {
      // Needs the build above and /usr/bin/chromium: nothing lost or stored twice when the worker stops mid-burst.
      const dir = mkdtempSync(join(tmpdir(), 'speclens-sw-restart-'));
      const report = join(dir, 'report.json');
      try {
        const { code } = await run(bin('tsx'), ['tests/e2e/sw-restart.ts', '--report', report]);
        if (!existsSync(report)) return fail(`tests/e2e/sw-restart.ts exited with ${code} and wrote no report`);
        const r = JSON.parse(readFileSync(report, 'utf8'));
        const failed = code !== 0 && r.failed === 0 ? 1 : r.failed;
        return { passed: r.passed, failed, detail: `${r.passed} passed, ${r.failed} failed (service worker stopped in the middle of a burst of captures)` };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'inpage',
    async run() {
      // Needs the build above, /usr/bin/chromium and /usr/bin/firefox-esr: badge latency, keyboard, reviews, flags, XSS text (screenshots to a temp dir).
      const dir = mkdtempSync(join(tmpdir(), 'speclens-inpage-'));
      const report = join(dir, 'report.json');
      try {
        const { code } = await run(bin('tsx'), ['tests/e2e/inpage.ts', '--report', report, '--screenshots', join(dir, 'screenshots')]);
        if (!existsSync(report)) return fail(`tests/e2e/inpage.ts exited with ${code} and wrote no report`);
        const r = JSON.parse(readFileSync(report, 'utf8'));
        const failed = code !== 0 && r.failed === 0 ? 1 : r.failed;
        return { passed: r.passed, failed, detail: `${r.passed} passed, ${r.failed} failed (in-page badge and review panel, the full flow in Chromium and Firefox)` };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'restart',
    async run() {
      // Needs the build above and both browsers: review, close the browser, start it on the same profile, find it all in the dashboard.
      const dir = mkdtempSync(join(tmpdir(), 'speclens-restart-'));
      const report = join(dir, 'report.json');
      try {
        const { code } = await run(bin('tsx'), ['tests/e2e/restart.ts', '--report', report, '--screenshots', join(dir, 'screenshots')]);
        if (!existsSync(report)) return fail(`tests/e2e/restart.ts exited with ${code} and wrote no report`);
        const r = JSON.parse(readFileSync(report, 'utf8'));
        const failed = code !== 0 && r.failed === 0 ? 1 : r.failed;
        return { passed: r.passed, failed, detail: `${r.passed} passed, ${r.failed} failed (reviews and flags kept across a browser restart, read in the dashboard, Chromium and Firefox)` };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];

function pass(detail) {
  return { passed: 1, failed: 0, detail };
}
function fail(detail) {
  return { passed: 0, failed: 1, detail };
}

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ${'━'.repeat(Math.max(0, 60 - step.name.length))}`);
  const started = Date.now();
  let result;
  try {
    result = await step.run();
  } catch (error) {
    result = fail(`crashed: ${error instanceof Error ? error.message : String(error)}`);
  }
  results.push({ name: step.name, seconds: (Date.now() - started) / 1000, ...result });
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n━━ summary ${'━'.repeat(54)}`);
for (const r of results) {
  console.log(`  ${r.failed ? 'FAIL' : 'PASS'}  ${r.name.padEnd(13)} ${`${r.seconds.toFixed(1)} s`.padStart(7)}  ${r.detail}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
