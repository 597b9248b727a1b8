import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, runCli } from './run-cli';

describe('speclens usage', { timeout: CLI_TIMEOUT_MS }, () => {
  it('--help lists exactly the commands that exist', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('speclens scan FILE.jsonl|-');
    expect(stdout).toContain('speclens eval FILE.jsonl|-');
    expect(stdout).toContain('speclens export BACKUP');
    expect(stdout).toContain('speclens validate FILE|-');
  });

  it('no arguments prints the usage and exits 2', async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });

  it('an unknown command exits 2 and names the command', async () => {
    const { code, stderr, stdout } = await runCli(['scna', 'x.jsonl']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "scna"');
    expect(stderr).toContain('scan, eval');
  });

  it('an unknown option exits 2 with the command named', async () => {
    const { code, stderr } = await runCli(['scan', '--jsno', 'x.jsonl']);
    expect(code).toBe(2);
    expect(stderr).toContain("'--jsno'");
    expect(stderr).toContain('speclens scan --help');
  });

  it('each command has its own help', async () => {
    const scan = await runCli(['scan', '--help']);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('--config FILE');
    const evaluation = await runCli(['eval', '-h']);
    expect(evaluation.code).toBe(0);
    expect(evaluation.stdout).toContain('--min-severity');
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
