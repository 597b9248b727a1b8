import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, jsonLines, runCli, SAMPLES, tempFiles, type CliResult } from './run-cli';

interface SampleLine {
  id: string;
  messages: Array<{ role: string; content: string }>;
  expected_rules: string[];
}

const samples: SampleLine[] = readFileSync(SAMPLES, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SampleLine);

const BOILERPLATE_SAMPLE = 'ai-boilerplate-puppy-names';

interface ScanLine {
  id: string | null;
  line: number;
  findings?: Array<{ ruleId: string; severity: string; evidence: Array<{ turnId: string; start: number; end: number; quote: string }> }>;
  signals?: Record<string, Record<string, unknown>>;
  errors?: unknown[];
  error?: string;
}

const scanLines = (stdout: string) => jsonLines(stdout) as unknown as ScanLine[];

/** `scan --json` of the sample file, run once and shared (each run starts a node process). */
let sampleScan: Promise<CliResult> | null = null;
const scanSamples = () => (sampleScan ??= runCli(['scan', '--json', SAMPLES]));

describe('speclens scan', { timeout: CLI_TIMEOUT_MS }, () => {
  it('--json prints one line per conversation, in order, with findings and all four signals', async () => {
    const { code, stdout, stderr } = await scanSamples();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = scanLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(samples.map((s) => s.id));
    lines.forEach((out, i) => {
      const sample = samples[i]!;
      expect(out.line).toBe(i + 1);
      expect(out.errors).toEqual([]);
      expect(['none', 'partial', 'full']).toContain(out.signals!.refusal!.level);
      expect(['benign', 'sensitive', 'harmful']).toContain(out.signals!.requestRisk!.level);
      expect(typeof out.signals!.userInstructions).toBe('object');
      expect(Object.keys(out.signals!.language!).sort()).toEqual(['reply', 'user']);
      // Evidence quotes are exact slices of the turn they point to (t0, t1, ... in message order).
      for (const finding of out.findings!) {
        for (const span of finding.evidence) {
          const turn = sample.messages[Number(span.turnId.slice(1))]!;
          expect(turn.content.slice(span.start, span.end)).toBe(span.quote);
        }
      }
    });
  });

  it('every sample conversation shows the findings it was written for, and the clean ones none', async () => {
    const { stdout } = await scanSamples();
    const lines = scanLines(stdout);
    const clean = samples.filter((s) => s.expected_rules.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(3);
    expect(samples.length - clean.length).toBeGreaterThanOrEqual(12);
    samples.forEach((sample, i) => {
      const fired = new Set(lines[i]!.findings!.map((f) => f.ruleId));
      if (sample.expected_rules.length === 0) expect([...fired], sample.id).toEqual([]);
      for (const rule of sample.expected_rules) expect([...fired], sample.id).toContain(rule);
    });
  });

  it('prints a readable table with ids, severities, rules, quoted evidence, signals and a summary', async () => {
    const { code, stdout } = await runCli(['scan', SAMPLES]);
    expect(code).toBe(0);
    for (const sample of samples) expect(stdout).toContain(sample.id);
    expect(stdout).toMatch(/signals: refusal (none|partial|full) · request (benign|sensitive|harmful)/);
    expect(stdout).toMatch(/\n {2}low {7}no-ai-boilerplate {2}The reply reminds the user/);
    expect(stdout).toContain('“As an AI language model”');
    expect(stdout).toContain('no findings');
    expect(stdout).toMatch(new RegExp(`${samples.length} conversations scanned, \\d+ findings? .* 0 malformed lines`));
  });

  it('reports malformed lines with their line numbers, scans the rest and exits 1', async () => {
    const good = (id: string) => JSON.stringify({ id, prompt: 'Recommend a sci-fi novel.', response: "I'm just an AI, but Dune is a classic." });
    const { input } = tempFiles({
      input: [
        good('first'),
        '{"id": "broken", "messages": [',
        '',
        JSON.stringify({ id: 'no-reply', messages: [{ role: 'user', content: 'hello?' }] }),
        JSON.stringify({ id: 'bad-role', messages: [{ role: 'bot', content: 'hi' }, { role: 'assistant', content: 'hi' }] }),
        '["not", "an", "object"]',
        good('last'),
      ].join('\n'),
    });
    const { code, stdout, stderr } = await runCli(['scan', '--json', input!]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${input}:2: invalid JSON`);
    expect(stderr).toContain(`${input}:4: no assistant reply`);
    expect(stderr).toContain(`${input}:5: messages[0].role must be one of`);
    expect(stderr).toContain(`${input}:6: expected a JSON object`);
    const lines = scanLines(stdout);
    expect(lines.map((l) => [l.line, l.id, l.error === undefined])).toEqual([
      [1, 'first', true],
      [2, null, false],
      [4, 'no-reply', false],
      [5, 'bad-role', false],
      [6, null, false],
      [7, 'last', true],
    ]);
    expect(lines[5]!.findings!.map((f) => f.ruleId)).toContain('no-ai-boilerplate');

    const table = await runCli(['scan', input!]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('last  (line 7)');
    expect(table.stdout).toContain('2 conversations scanned');
    expect(table.stdout).toContain('4 malformed lines');
  });

  it('reads standard input with -', async () => {
    const fromFile = await scanSamples();
    const fromStdin = await runCli(['scan', '--json', '-'], { input: readFileSync(SAMPLES, 'utf8') });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('accepts text-part content and the prompt/response shape', async () => {
    const input = [
      JSON.stringify({ id: 1, prompt: 'Name a dog breed.', response: 'As an AI language model, I like the beagle.' }),
      JSON.stringify({
        id: 'parts',
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'Name a dog breed.' }] },
          { role: 'assistant', content: [{ type: 'text', text: 'As an AI language model, I like the beagle.' }] },
        ],
      }),
    ].join('\n');
    const { code, stdout } = await runCli(['scan', '--json', '-'], { input });
    expect(code).toBe(0);
    const lines = scanLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(['1', 'parts']);
    for (const line of lines) expect(line.findings!.map((f) => f.ruleId)).toContain('no-ai-boilerplate');
  });

  it('--config switches a rule off and overrides a severity', async () => {
    const { off, loud } = tempFiles({
      off: JSON.stringify({ rules: { 'no-ai-boilerplate': 'off' } }),
      loud: JSON.stringify({ rules: { 'no-ai-boilerplate': { severity: 'critical' } } }),
    });
    const byId = (stdout: string) => scanLines(stdout).find((l) => l.id === BOILERPLATE_SAMPLE)!;

    const offRun = await runCli(['scan', '--json', '--config', off!, SAMPLES]);
    expect(offRun.code).toBe(0);
    expect(byId(offRun.stdout).findings!.map((f) => f.ruleId)).not.toContain('no-ai-boilerplate');

    const loudRun = await runCli(['scan', '--json', '--config', loud!, SAMPLES]);
    expect(loudRun.code).toBe(0);
    const boilerplate = byId(loudRun.stdout).findings!.filter((f) => f.ruleId === 'no-ai-boilerplate');
    expect(boilerplate.length).toBeGreaterThan(0);
    for (const f of boilerplate) expect(f.severity).toBe('critical');
  });

  it('rejects a bad config with a clear message and exit code 2', async () => {
    const files = tempFiles({
      unknownRule: JSON.stringify({ rules: { 'no-such-rule': 'off' } }),
      badSeverity: JSON.stringify({ rules: { 'no-ai-boilerplate': { severity: 'urgent' } } }),
      notJson: '{ rules: ',
    });
    const cases: Array<[string, string]> = [
      [files.unknownRule!, 'unknown rule "no-such-rule"'],
      [files.badSeverity!, 'rules.no-ai-boilerplate.severity must be one of'],
      [files.notJson!, 'is not valid JSON'],
      ['/nonexistent/config.json', 'config file not found'],
    ];
    for (const [config, message] of cases) {
      const { code, stdout, stderr } = await runCli(['scan', '--config', config, SAMPLES]);
      expect(code, config).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    }
  });

  it('a missing input file is a usage error (exit 2)', async () => {
    const { code, stderr } = await runCli(['scan', 'no/such/file.jsonl']);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file: no/such/file.jsonl');
  });
});
