import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupFile } from '../../exporters/backup';
import { specExampleRecords } from '../exporters/fixture-records';
import { CLI_TIMEOUT_MS, runCli, tempFiles } from './run-cli';

const backupText = [...backupFile(specExampleRecords(), new Date('2026-11-30T12:00:00.000Z')).chunks()].join('');
const files = tempFiles({ 'backup.jsonl': backupText });
const dir = join(files['backup.jsonl']!, '..');

describe('speclens export', { timeout: CLI_TIMEOUT_MS }, () => {
  it('writes a zip with every format and a README from a backup', async () => {
    const out = join(dir, 'all.zip');
    const { code, stderr } = await runCli(['export', files['backup.jsonl']!, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^speclens export: \d+ scenarios \(verdict confirmed\) as jsonl, inspect, promptfoo, openai-evals, csv, markdown to /m);
    const entries = Object.keys(unzipSync(readFileSync(out))).sort();
    expect(entries).toEqual(
      [
        'README.md',
        'inspect/dataset.jsonl',
        'openai-evals/registry/data/speclens-model-spec/samples.jsonl',
        'openai-evals/registry/evals/speclens-model-spec.yaml',
        'openai-evals/registry/modelgraded/speclens-spec-compliance.yaml',
        'promptfoo/promptfooconfig.replay.yaml',
        'promptfoo/promptfooconfig.yaml',
        'promptfoo/tests.jsonl',
        'report.md',
        'scenarios.csv',
        'scenarios.jsonl',
      ].sort(),
    );
  });

  it('filters by verdict, rule, section, site and dates, and writes a single-file format as a plain file', async () => {
    const out = join(dir, 'refusals.jsonl');
    const args = ['export', files['backup.jsonl']!, '--format', 'jsonl', '--verdict', 'confirmed,unreviewed', '--rule', 'no-over-refusal', '--rule', 'no-harmful-compliance'];
    const { code } = await runCli([...args, '--section', 'chain_of_command,stay_in_bounds', '--since', '2026-11-01', '--until', '2026-11-30', '--out', out]);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { rule: string; verdict: string });
    expect(lines.length).toBeGreaterThan(5);
    expect(new Set(lines.map((l) => l.rule))).toEqual(new Set(['no-over-refusal', 'no-harmful-compliance']));
    expect(new Set(lines.map((l) => l.verdict))).toEqual(new Set(['confirmed', 'unreviewed']));
    const none = await runCli(['export', files['backup.jsonl']!, '--format', 'csv', '--site', 'nowhere', '--out', '-']);
    expect(none.code).toBe(0);
    expect(none.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--redact masks personal data', async () => {
    const records = specExampleRecords();
    const exchange = records.exchanges.find((e) => records.findings.some((f) => f.exchangeId === e.id && f.verdict === 'confirmed'))!;
    exchange.turns.find((t) => t.role === 'user')!.text += ' Mail me at grace.hopper@example.com or call +1 415 555 0199.';
    const input = tempFiles({ 'pii.jsonl': [...backupFile(records, new Date()).chunks()].join('') })['pii.jsonl']!;
    const plain = await runCli(['export', input, '--format', 'jsonl', '--out', '-']);
    expect(plain.stdout).toContain('grace.hopper@example.com');
    const masked = await runCli(['export', input, '--format', 'jsonl', '--redact', '--out', '-']);
    expect(masked.code).toBe(0);
    expect(masked.stdout).not.toContain('grace.hopper@example.com');
    expect(masked.stdout).not.toContain('555 0199');
  });

  it('a bad input exports nothing, names every problem with its line and exits 1', async () => {
    const lines = backupText.split('\n');
    lines[3] = '{"store":"findings","record":{"id":"x"}}';
    lines[8] = 'not json';
    const bad = tempFiles({ 'bad.jsonl': lines.join('\n') })['bad.jsonl']!;
    const out = join(dir, 'never.zip');
    const { code, stderr } = await runCli(['export', bad, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:4: findings record.exchangeId is missing`);
    expect(stderr).toContain(`${bad}:9: not valid JSON`);
    expect(stderr).toContain('nothing was exported');
    expect(existsSync(out)).toBe(false);
  });

  it('usage errors exit 2: unknown format, verdict or section, bad date, several files without .zip, missing --out', { timeout: 4 * CLI_TIMEOUT_MS }, async () => {
    const input = files['backup.jsonl']!;
    const cases: Array<[string[], string]> = [
      [['--format', 'yaml', '--out', 'x.zip'], 'unknown format yaml'],
      [['--verdict', 'maybe', '--out', 'x.zip'], 'unknown verdict maybe'],
      [['--section', 'styles', '--out', 'x.zip'], 'unknown Model Spec section styles'],
      [['--since', 'yesterday', '--out', 'x.zip'], '--since yesterday is not a date'],
      [['--format', 'promptfoo', '--out', join(dir, 'x.json')], 'use --out NAME.zip'],
      [[], 'missing --out'],
      [['--out', '/no/such/folder/x.zip'], 'no such folder'],
    ];
    for (const [extra, message] of cases) {
      const { code, stderr } = await runCli(['export', input, ...extra]);
      expect({ extra, code }).toEqual({ extra, code: 2 });
      expect(stderr).toContain(message);
    }
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('exports a scenario file too, and --help documents every option', async () => {
    const scenarios = join(dir, 'in.jsonl');
    expect((await runCli(['export', files['backup.jsonl']!, '--format', 'jsonl', '--verdict', 'all', '--out', scenarios])).code).toBe(0);
    const { code, stdout } = await runCli(['export', scenarios, '--format', 'markdown', '--verdict', 'all', '--out', '-']);
    expect(code).toBe(0);
    expect(stdout).toContain('# SpecLens report');
    const help = await runCli(['export', '--help']);
    for (const option of ['--out', '--format', '--verdict', '--rule', '--section', '--site', '--model', '--since', '--until', '--redact']) expect(help.stdout).toContain(option);
    writeFileSync(join(dir, 'unused'), '');
  });
});
