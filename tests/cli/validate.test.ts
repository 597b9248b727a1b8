import { describe, expect, it } from 'vitest';
import { backupFile } from '../../exporters/backup';
import { planExport } from '../../exporters/export';
import { SCENARIO_VERDICTS } from '../../exporters/schema';
import { specExampleRecords } from '../exporters/fixture-records';
import { CLI_TIMEOUT_MS, runCli, tempFiles } from './run-cli';

const records = specExampleRecords();
const backupText = [...backupFile(records, new Date('2026-11-30T12:00:00.000Z')).chunks()].join('');
const scenarioText = [...planExport(records, { formats: ['jsonl'], filter: { verdicts: SCENARIO_VERDICTS } }).files[0]!.chunks()].join('');

describe('speclens validate', { timeout: CLI_TIMEOUT_MS }, () => {
  it('a valid backup and a valid scenario file exit 0 with a summary', async () => {
    const files = tempFiles({ 'backup.jsonl': backupText, 'scenarios.jsonl': scenarioText });
    const backup = await runCli(['validate', files['backup.jsonl']!]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`valid backup (database schema 2`);
    expect(backup.stdout).toContain(`${records.findings.length} findings`);
    const scenarios = await runCli(['validate', files['scenarios.jsonl']!]);
    expect(scenarios.code).toBe(0);
    expect(scenarios.stdout).toMatch(/valid scenario file: \d+ scenarios \(\d+ confirmed, \d+ unreviewed\)/);
    const stdin = await runCli(['validate', '-'], { input: scenarioText });
    expect(stdin.stdout).toContain('<stdin>: valid scenario file');
  });

  it('reports every problem of a scenario file with its line, in plain words, and exits 1', async () => {
    const lines = scenarioText.trim().split('\n');
    const edit = (i: number, change: (s: Record<string, any>) => void) => {
      const s = JSON.parse(lines[i]!) as Record<string, any>;
      change(s);
      lines[i] = JSON.stringify(s);
    };
    edit(0, (s) => (s.verdict = 'yes'));
    edit(1, (s) => delete s.reply);
    edit(2, (s) => (s.metadata.captured_at = 'last Tuesday'));
    edit(3, (s) => (s.evidence = [{ message: 0, start: 0, end: 3, quote: 'zzz' }]));
    edit(4, (s) => (s.colour = 'red'));
    edit(5, (s) => (s.version = 2));
    lines[6] = lines[7]!;
    lines.splice(8, 0, '{"format": "speclens-scenario"');
    const file = tempFiles({ 'bad.jsonl': `${lines.join('\n')}\n` })['bad.jsonl']!;
    const { code, stdout, stderr } = await runCli(['validate', file]);
    expect(code).toBe(1);
    const out = stdout.trim().split('\n');
    expect(out).toContain(`${file}:1: verdict must be one of confirmed, dismissed, unsure, unreviewed, got the text "yes"`);
    expect(out).toContain(`${file}:2: reply is missing`);
    expect(out).toContain(`${file}:3: metadata.captured_at must be an ISO 8601 date-time such as 2026-11-30T14:05:00.000Z, got the text "last Tuesday"`);
    expect(out.some((l) => l.startsWith(`${file}:4: evidence[0].quote does not match the text at 0-3 of message 0`))).toBe(true);
    expect(out).toContain(`${file}:5: colour: unknown field (not part of the format; check the spelling)`);
    expect(out).toContain(`${file}:6: version must be 1 (this SpecLens reads scenario format version 1), got the number 2`);
    expect(out.some((l) => /^.*:8: id ".*" is already used on line 7$/.test(l))).toBe(true);
    expect(out.some((l) => l.startsWith(`${file}:9: not valid JSON`))).toBe(true);
    expect(stderr).toContain('importing it would change nothing');
  });

  it('reports a cut-short backup, a broken reference and a scenario file passed where a backup is expected', async () => {
    const lines = backupText.trim().split('\n');
    const cut = tempFiles({ 'cut.jsonl': lines.slice(0, -3).join('\n') })['cut.jsonl']!;
    const cutResult = await runCli(['validate', cut]);
    expect(cutResult.code).toBe(1);
    expect(cutResult.stdout).toMatch(/the header announces \d+ \w+ records, but the file holds \d+ \(is the file cut short\?\)/);

    const findingLine = lines.findIndex((l) => l.startsWith('{"store":"findings"'));
    lines[findingLine] = lines[findingLine]!.replace(/"exchangeId":"[^"]*"/, '"exchangeId":"gone"');
    const broken = tempFiles({ 'broken.jsonl': lines.join('\n') })['broken.jsonl']!;
    const brokenResult = await runCli(['validate', broken]);
    expect(brokenResult.code).toBe(1);
    expect(brokenResult.stdout).toContain(`${broken}:${findingLine + 1}: finding "`);
    expect(brokenResult.stdout).toContain('belongs to exchange "gone", which is not in the backup');

    const empty = tempFiles({ 'empty.jsonl': '\n\n' })['empty.jsonl']!;
    const emptyResult = await runCli(['validate', empty]);
    expect(emptyResult.code).toBe(1);
    expect(emptyResult.stdout).toContain('the file is empty');
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    const missing = await runCli(['validate', '/no/such/file.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
