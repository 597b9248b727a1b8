import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { CLI_TIMEOUT_MS, jsonLines, runCli, tempFiles } from './run-cli';

const customRule = {
  id: 'says-great-question',
  title: 'Flattering opener',
  kind: 'existence',
  scope: 'reply',
  phrases: ['great question'],
  message: 'Opens with flattery: "{match}"',
  spec: 'avoid_sycophancy',
  severity: 'low',
  confidence: 'medium',
};

describe('speclens rules and configs with presets and custom rules', { timeout: CLI_TIMEOUT_MS }, () => {
  it('lists every built-in rule with its section, severity, confidence and status', async () => {
    const { code, stdout } = await runCli(['rules', '--json']);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['anchor', 'confidence', 'custom', 'enabled', 'id', 'section', 'severity', 'title']);
  });

  it('shows the preset, per-rule settings and custom rules of a config', async () => {
    const first = RULES[0]!.id;
    const { config } = tempFiles({ config: JSON.stringify({ preset: 'strict', rules: { [first]: 'off', [customRule.id]: { severity: 'high' } }, customRules: [customRule] }) });
    const { code, stdout } = await runCli(['rules', '--json', '--config', config!]);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.find((r) => r.id === first)!.enabled).toBe(false);
    expect(rows.filter((r) => r.id !== first && !r.custom).every((r) => r.enabled)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ id: customRule.id, custom: true, enabled: true, severity: 'high', section: 'seek_truth' });
    const text = await runCli(['rules', '--config', config!]);
    expect(text.stdout).toContain(`${customRule.id} (custom)`);
    expect(text.stdout).toContain('preset strict');
  });

  it('scan runs custom rules from --config', async () => {
    const { config } = tempFiles({ config: JSON.stringify({ preset: 'minimal', customRules: [customRule] }) });
    const input = `${JSON.stringify({ id: 'x', prompt: 'Why is the sky blue?', response: 'Great question! Rayleigh scattering.' })}\n`;
    const { code, stdout } = await runCli(['scan', '--json', '--config', config!, '-'], { input });
    expect(code).toBe(0);
    const [line] = jsonLines(stdout) as Array<{ findings: Array<{ ruleId: string; message: string }> }>;
    expect(line!.findings.find((f) => f.ruleId === customRule.id)?.message).toBe('Opens with flattery: "Great question"');
  });

  it('rejects a custom rule with a catastrophic regex or a bad preset: exit 2, rule and pattern named', async () => {
    const files = tempFiles({
      redos: JSON.stringify({ customRules: [{ ...customRule, patterns: ['^(a+)+$'] }] }),
      preset: JSON.stringify({ preset: 'paranoid' }),
    });
    const redos = await runCli(['scan', '--config', files.redos!, '-'], { input: '' });
    expect(redos.code).toBe(2);
    expect(redos.stderr).toContain('customRules[0] (says-great-question).patterns[0] /^(a+)+$/i is rejected: it can backtrack catastrophically');
    const preset = await runCli(['rules', '--config', files.preset!]);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toContain('preset must be one of default, strict, minimal');
  });
});
