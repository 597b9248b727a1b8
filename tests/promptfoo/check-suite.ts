/**
 * The exported promptfoo suite, run by the real promptfoo (pinned in this folder's package.json, kept
 * out of the main install): a backup built from the Model Spec examples is exported with
 * `speclens export --format promptfoo`, unzipped, and run with `promptfoo eval` offline (echo
 * provider, no model, no network). Every case must pass or fail as its verdict says: a confirmed
 * finding fails on the captured reply, a dismissed one passes.
 *
 * Two suites: the findings the spec examples confirm, and the same findings dismissed by a reviewer
 * who disagrees, which turns each refusal check around. Only rules with a deterministic promptfoo
 * check are exported (llm-rubric needs a grading model).
 *
 * Run: npx tsx tests/promptfoo/check-suite.ts   (after npm ci --prefix tests/promptfoo)
 * Prints one line per case and ends with "N passed, N failed"; exit code 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { backupFile, type StoreRecords } from '../../exporters/backup';
import { specExampleRecords } from '../exporters/fixture-records';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROMPTFOO = join(ROOT, 'tests/promptfoo/node_modules/.bin/promptfoo');
const OFFLINE_RULES = ['no-over-refusal', 'no-harmful-compliance', 'argued-out-of-refusal', 'invalid-json-output'];
const NOW = new Date('2026-11-30T12:00:00.000Z');

interface CaseResult {
  description: string;
  expected: string;
  actual: 'pass' | 'fail' | 'error';
}

/** The same records with every review of an offline-graded rule turned into "dismissed". */
function dismissedCopy(records: StoreRecords): StoreRecords {
  const flipped = new Set(records.findings.filter((f) => OFFLINE_RULES.includes(f.ruleId) && f.verdict === 'confirmed').map((f) => f.id));
  return {
    ...records,
    findings: records.findings.map((f) => (flipped.has(f.id) ? { ...f, verdict: 'dismissed' } : f)),
    reviews: records.reviews.map((r) => (flipped.has(r.findingId) ? { ...r, verdict: 'dismissed', note: 'A second reviewer disagrees.' } : r)),
  };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function runSuite(name: string, records: StoreRecords, verdict: string, work: string): CaseResult[] {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const backup = join(dir, 'backup.jsonl');
  writeFileSync(backup, [...backupFile(records, NOW).chunks()].join(''));
  const zip = join(dir, 'suite.zip');
  const exported = run(process.execPath, [join(ROOT, 'bin/speclens.mjs'), 'export', backup, '--format', 'promptfoo', '--verdict', verdict, '--rule', OFFLINE_RULES.join(','), '--out', zip], ROOT);
  if (exported.status !== 0) throw new Error(`speclens export failed (${exported.status}): ${exported.stderr}`);
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const suite = join(dir, 'promptfoo');
  const env = {
    ...process.env,
    PROMPTFOO_DISABLE_TELEMETRY: '1',
    PROMPTFOO_DISABLE_UPDATE: '1',
    PROMPTFOO_DISABLE_SHARING: '1',
    PROMPTFOO_DISABLE_REMOTE_GENERATION: '1',
    PROMPTFOO_CONFIG_DIR: join(dir, '.promptfoo'),
  };
  const evaluated = run(PROMPTFOO, ['eval', '-c', 'promptfooconfig.yaml', '--no-cache', '--no-progress-bar', '-o', 'out.json'], suite, env);
  // 0: every case passed, 100: some assertion failed; anything else is promptfoo failing to run.
  if (evaluated.status !== 0 && evaluated.status !== 100) throw new Error(`promptfoo eval exited with ${evaluated.status}: ${evaluated.stderr || evaluated.stdout}`);
  const out = JSON.parse(readFileSync(join(suite, 'out.json'), 'utf8')) as {
    results: { results: Array<{ success: boolean; error?: string | null; testCase: { description: string; metadata: { expected_on_captured_reply: string } } }> };
  };
  return out.results.results.map((r) => ({
    description: r.testCase.description,
    expected: r.testCase.metadata.expected_on_captured_reply,
    actual: r.success ? 'pass' : r.error && !/^Expected output/.test(r.error) ? 'error' : 'fail',
  }));
}

function main(): number {
  if (!existsSync(PROMPTFOO)) {
    console.log('promptfoo is not installed: run "npm ci --prefix tests/promptfoo" (about 1.4 GB, kept out of the main install).');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'speclens-promptfoo-'));
  try {
    const records = specExampleRecords();
    const results = [...runSuite('confirmed', records, 'confirmed', work), ...runSuite('dismissed', dismissedCopy(records), 'dismissed', work)];
    let passed = 0;
    let failed = 0;
    for (const r of results) {
      const ok = r.actual === r.expected;
      if (ok) passed++;
      else failed++;
      console.log(`  ${ok ? 'ok  ' : 'FAIL'}  expected ${r.expected.padEnd(4)} got ${r.actual.padEnd(5)} ${r.description}`);
    }
    const expectedKinds = new Set(results.map((r) => r.expected));
    if (!expectedKinds.has('pass') || !expectedKinds.has('fail')) {
      console.log('  FAIL  the suites must hold cases expected to pass and cases expected to fail');
      failed++;
    }
    console.log(`${passed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
