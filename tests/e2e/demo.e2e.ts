/**
 * `npm run demo` headless, as a user without a display runs it: it must build the demo extension,
 * capture every sample conversation from the demo chat page, print the findings table, and write the
 * screenshots. Also checks that only the demo build can read the demo page.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_HOST_PATTERN } from '../../demo/demo-origin';
import { loadDemoConversations, loadExpectedRules } from '../../demo/server.mjs';

interface DemoSummary {
  replies: Array<{ id: string; reply: string; findings: Array<{ ruleId: string }> }>;
  badges: number;
  screenshots: Record<string, string>;
}

const PNG_SIGNATURE = '89504e470d0a1a0a';

function runDemo(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/demo.mjs'), ...args], { cwd: root, env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function hostPermissions(root: string, dir: string): string[] {
  return JSON.parse(readFileSync(path.join(root, '.output', dir, 'manifest.json'), 'utf8')).host_permissions ?? [];
}

/** Runs the demo; resolves to a one-line description, throws with what went wrong. */
export async function demoScenario(root: string): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'speclens-demo-out-'));
  try {
    const summaryFile = path.join(out, 'summary.json');
    // No DISPLAY: the demo must choose headless by itself.
    const { code, stdout, stderr } = await runDemo(root, ['--out', out, '--summary', summaryFile]);
    if (code !== 0) throw new Error(`npm run demo exited with ${code}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' | ')}`);

    if (!hostPermissions(root, 'chrome-mv3-demo').includes(DEMO_HOST_PATTERN)) throw new Error(`the demo build lacks ${DEMO_HOST_PATTERN}`);
    if (existsSync(path.join(root, '.output/chrome-mv3/manifest.json')) && hostPermissions(root, 'chrome-mv3').includes(DEMO_HOST_PATTERN)) {
      throw new Error(`the normal build must not hold ${DEMO_HOST_PATTERN}`);
    }

    const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as DemoSummary;
    const samples = loadDemoConversations();
    if (summary.replies.length !== samples.length) throw new Error(`${summary.replies.length} replies reported, ${samples.length} samples`);
    const emptyReply = summary.replies.find((r) => r.reply.trim() === '');
    if (emptyReply) throw new Error(`no reply text was captured for ${emptyReply.id}`);

    const expected = loadExpectedRules();
    const missed = summary.replies.flatMap((r) => (expected.get(r.id) ?? []).filter((id) => !r.findings.some((f) => f.ruleId === id)).map((id) => `${r.id}: ${id}`));
    if (missed.length) throw new Error(`expected findings missing: ${missed.join(', ')}`);
    const falseAlarms = summary.replies.filter((r) => r.id.startsWith('clean-') && r.findings.length > 0);
    if (falseAlarms.length) throw new Error(`findings on clean samples: ${falseAlarms.map((r) => r.id).join(', ')}`);

    // The table: a header and a line naming each conversation with its first finding (or the clean mark).
    if (!/^Conversation\s+Reply\s+SpecLens findings/m.test(stdout)) throw new Error('the findings table was not printed');
    for (const r of summary.replies) {
      const first = r.findings[0]?.ruleId ?? '✓ no findings';
      if (!stdout.split('\n').some((line) => line.startsWith(r.id.slice(0, 29)) && line.includes(first))) throw new Error(`the table has no line for ${r.id} with ${first}`);
    }

    const required = ['page', 'options', 'sites', ...(existsSync(path.join(root, '.output/chrome-mv3-demo/dashboard.html')) ? ['dashboard'] : []), ...(summary.badges > 0 ? ['panel'] : [])];
    for (const name of required) {
      const file = summary.screenshots[name];
      if (!file || !existsSync(file) || statSync(file).size < 5000) throw new Error(`screenshot ${name} is missing or empty (${file})`);
      if (readFileSync(file).subarray(0, 8).toString('hex') !== PNG_SIGNATURE) throw new Error(`screenshot ${name} is not a PNG`);
    }
    const findings = summary.replies.reduce((n, r) => n + r.findings.length, 0);
    return `${summary.replies.length} replies, ${findings} findings, badges beside ${summary.badges}, screenshots: ${required.join(', ')}`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
