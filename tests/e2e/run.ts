#!/usr/bin/env tsx
/**
 * The end-to-end tests in real browsers (run `npm run build` first, or use `npm run test:e2e`).
 *   tsx tests/e2e/run.ts [--browser chromium|firefox] [--only NAME] [--report FILE.json]
 * Prints one line per test and ends with "N passed, N failed"; exits 1 when a test failed.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, FIREFOX_PATH, launchChromium, launchFirefox, type BrowserName, type E2EBrowser } from './harness/browsers';
import { PROFILES } from './harness/profiles';
import { captureScenario } from './capture.e2e';
import { selfHostedScenario } from './self-hosted.e2e';
import { SELF_HOSTED_PROFILE } from './harness/profiles';
import { demoScenario } from './demo.e2e';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface TestResult {
  name: string;
  ok: boolean;
  seconds: number;
  detail: string;
}

const { values } = parseArgs({
  options: { browser: { type: 'string', multiple: true }, only: { type: 'string' }, report: { type: 'string' } },
});
const browsers = (values.browser ?? ['chromium', 'firefox']) as BrowserName[];
for (const b of browsers) if (b !== 'chromium' && b !== 'firefox') throw new Error(`unknown browser "${b}" (chromium or firefox)`);
const profiles = PROFILES.filter((p) => !values.only || p.name.includes(values.only));

// SPECLENS_CHROME_EXTENSION / SPECLENS_FIREFOX_EXTENSION point at another build (a copy kept aside).
const BUILDS: Record<BrowserName, { dir: string; binary: string; launch: (dir: string) => Promise<E2EBrowser> }> = {
  chromium: {
    dir: path.resolve(process.env.SPECLENS_CHROME_EXTENSION ?? path.join(ROOT, '.output/chrome-mv3')),
    binary: CHROMIUM_PATH,
    launch: (dir) => launchChromium({ extensionDir: dir }),
  },
  firefox: {
    dir: path.resolve(process.env.SPECLENS_FIREFOX_EXTENSION ?? path.join(ROOT, '.output/firefox-mv3')),
    binary: FIREFOX_PATH,
    launch: (dir) => launchFirefox({ extensionDir: dir }),
  },
};

const results: TestResult[] = [];
function record(result: TestResult) {
  results.push(result);
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds.toFixed(1)} s): ${result.detail}`);
}

for (const name of browsers) {
  const build = BUILDS[name];
  const scenarios: Array<{ name: string; run: (browser: E2EBrowser) => Promise<string> }> = profiles.map((profile) => ({
    name: `${name}: ${profile.name}`,
    run: (browser) => captureScenario(browser, profile),
  }));
  // Granting an optional host permission needs the prompt answered: only Firefox can skip it (a pref).
  if (name === 'firefox' && (!values.only || SELF_HOSTED_PROFILE.name.includes(values.only))) {
    scenarios.push({ name: `${name}: ${SELF_HOSTED_PROFILE.name}`, run: selfHostedScenario });
  }
  const names = scenarios.map((s) => s.name);
  const missing = !existsSync(path.join(build.dir, 'manifest.json'))
    ? `${path.relative(ROOT, build.dir)} is missing: run npm run build first`
    : !existsSync(build.binary)
      ? `${build.binary} is missing: apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}`
      : null;
  if (missing) {
    for (const n of names) record({ name: n, ok: false, seconds: 0, detail: missing });
    continue;
  }
  let browser: E2EBrowser;
  try {
    browser = await build.launch(build.dir);
  } catch (error) {
    for (const n of names) record({ name: n, ok: false, seconds: 0, detail: `could not start ${name}: ${(error as Error).message}` });
    continue;
  }
  try {
    for (const scenario of scenarios) {
      const started = Date.now();
      try {
        const detail = await scenario.run(browser);
        record({ name: scenario.name, ok: true, seconds: (Date.now() - started) / 1000, detail });
      } catch (error) {
        record({ name: scenario.name, ok: false, seconds: (Date.now() - started) / 1000, detail: (error as Error).message });
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
}

// `npm run demo` without a display: it builds the demo extension itself and drives the demo chat page.
if (browsers.includes('chromium') && (!values.only || 'demo'.includes(values.only))) {
  const started = Date.now();
  let outcome: { ok: boolean; detail: string };
  try {
    outcome = { ok: true, detail: await demoScenario(ROOT) };
  } catch (error) {
    outcome = { ok: false, detail: (error as Error).message };
  }
  record({ name: 'chromium: npm run demo (headless)', seconds: (Date.now() - started) / 1000, ...outcome });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
if (values.report) writeFileSync(values.report, JSON.stringify({ passed: results.length - failed, failed, tests: results }, null, 2));
process.exitCode = failed > 0 ? 1 : 0;
