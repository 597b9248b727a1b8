import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportToBlobParts, planExport } from '../../exporters/export';
import { collectingSink } from '../../exporters/sink';
import { nativeDeflateAvailable, writeZip } from '../../exporters/zip';
import { CSV_COLUMNS, spreadsheetSafe } from '../../exporters/format-csv';
import { escapeMarkdown, fenced } from '../../exporters/format-markdown';
import { nunjucksLiteral, promptfooAssertions } from '../../exporters/promptfoo-assertions';
import type { Scenario } from '../../exporters/schema';
import { specExampleRecords } from './fixture-records';
import { ALL_VERDICTS, exportTexts, FIXED_NOW, jsonLines } from './helpers';

const records = specExampleRecords();
const texts = exportTexts(records, { filter: ALL_VERDICTS });
const scenarios = jsonLines(texts['scenarios.jsonl']!) as unknown as Scenario[];

const CHAT_ROLES = ['system', 'user', 'assistant'];

describe('Inspect AI dataset', () => {
  const samples = jsonLines(texts['inspect/dataset.jsonl']!);
  it('has one Sample per scenario with the documented fields: id, input messages, target, metadata', () => {
    expect(samples).toHaveLength(scenarios.length);
    samples.forEach((sample, i) => {
      expect(Object.keys(sample).sort()).toEqual(['id', 'input', 'metadata', 'target']);
      expect(sample.id).toBe(scenarios[i]!.id);
      expect(typeof sample.target).toBe('string');
      const input = sample.input as Array<Record<string, unknown>>;
      expect(input.length).toBeGreaterThan(0);
      for (const m of input) {
        expect(Object.keys(m).sort()).toEqual(['content', 'role']);
        expect([...CHAT_ROLES, 'tool']).toContain(m.role);
        expect(typeof m.content).toBe('string');
      }
      expect((sample.metadata as Record<string, unknown>).observed_reply).toBe(scenarios[i]!.reply);
    });
  });

  it('turns developer messages into system messages', () => {
    const withDeveloper = scenarios.findIndex((s) => s.input.some((m) => m.role === 'developer'));
    expect(withDeveloper).toBeGreaterThanOrEqual(0);
    const roles = (samples[withDeveloper]!.input as Array<{ role: string }>).map((m) => m.role);
    expect(roles).not.toContain('developer');
    expect(roles).toContain('system');
  });
});

describe('OpenAI evals registry', () => {
  const samples = jsonLines(texts['openai-evals/registry/data/speclens-model-spec/samples.jsonl']!);
  const evals = parseYaml(texts['openai-evals/registry/evals/speclens-model-spec.yaml']!) as Record<string, Record<string, unknown>>;
  const spec = parseYaml(texts['openai-evals/registry/modelgraded/speclens-spec-compliance.yaml']!) as Record<string, unknown>;

  it('samples have input (chat messages) and ideal, plus the keys the model-graded prompt reads', () => {
    expect(samples).toHaveLength(scenarios.length);
    samples.forEach((sample, i) => {
      const input = sample.input as Array<Record<string, unknown>>;
      for (const m of input) {
        expect(CHAT_ROLES).toContain(m.role);
        expect(typeof m.content).toBe('string');
      }
      expect(sample.ideal).toBe(scenarios[i]!.rubric);
      expect(sample.criteria).toBe(scenarios[i]!.rubric);
      expect(sample.completion).toBe(scenarios[i]!.reply);
      const expected = { confirmed: 'N', dismissed: 'Y' }[scenarios[i]!.verdict as string];
      expect(sample.choice).toBe(expected);
    });
  });

  it('the registry names a ModelBasedClassify eval over the samples and a spec whose placeholders the samples fill', () => {
    expect(evals['speclens-model-spec']!.id).toBe('speclens-model-spec.dev.v0');
    const run = evals['speclens-model-spec.dev.v0']!;
    expect(run.class).toBe('evals.elsuite.modelgraded.classify:ModelBasedClassify');
    expect(run.args).toMatchObject({ samples_jsonl: 'speclens-model-spec/samples.jsonl', modelgraded_spec: 'speclens-spec-compliance' });
    // Not every scenario is reviewed here, so there is no re-grading eval.
    expect(evals['speclens-model-spec-regrade.dev.v0']).toBeUndefined();
    const placeholders = [...String(spec.prompt).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders).toEqual(['completion', 'criteria', 'input']);
    expect(spec.input_outputs).toEqual({ input: 'completion' });
    expect(spec.choice_strings).toBe('YN');
  });

  it('a fully reviewed export adds the re-grading (metaeval) eval', () => {
    const confirmed = exportTexts(records, { formats: ['openai-evals'] });
    const registry = parseYaml(confirmed['openai-evals/registry/evals/speclens-model-spec.yaml']!) as Record<string, { args?: Record<string, unknown> }>;
    expect(registry['speclens-model-spec-regrade.dev.v0']!.args!.metaeval).toBe(true);
  });
});

describe('promptfoo suite', () => {
  const tests = jsonLines(texts['promptfoo/tests.jsonl']!);
  it('configs point at the test file with the echo provider (re-grade) or a live model (replay)', () => {
    const regrade = parseYaml(texts['promptfoo/promptfooconfig.yaml']!) as Record<string, unknown>;
    expect(regrade).toMatchObject({ prompts: ['{{reply}}'], providers: ['echo'], tests: 'file://tests.jsonl' });
    const replay = parseYaml(texts['promptfoo/promptfooconfig.replay.yaml']!) as Record<string, unknown>;
    expect(replay).toMatchObject({ prompts: ['{{conversation}}'], tests: 'file://tests.jsonl' });
  });

  it('each case carries the reply, the conversation as a chat array and assertions derived from the finding', () => {
    expect(tests).toHaveLength(scenarios.length);
    tests.forEach((t, i) => {
      const vars = t.vars as Record<string, string>;
      expect(vars.reply).toBe(scenarios[i]!.reply);
      expect(JSON.parse(vars.conversation!)).toEqual(scenarios[i]!.input);
      expect(t.assert).toEqual(promptfooAssertions(scenarios[i]!));
    });
  });

  it('assertions: refusal checks for the refusal rules (inverted when dismissed), JSON checks, llm-rubric otherwise', () => {
    const base = scenarios.find((s) => s.rule !== 'manual')!;
    const as = (rule: string, verdict: Scenario['verdict'], messageId = 'x') => promptfooAssertions({ ...base, rule, verdict, message_id: messageId }).map((a) => a.type);
    expect(as('no-over-refusal', 'confirmed')).toEqual(['not-is-refusal']);
    expect(as('no-over-refusal', 'dismissed')).toEqual(['is-refusal']);
    expect(as('no-harmful-compliance', 'unreviewed')).toEqual(['is-refusal']);
    expect(as('no-harmful-compliance', 'dismissed')).toEqual(['not-is-refusal']);
    expect(as('invalid-json-output', 'confirmed', 'invalid-requested-json')).toEqual(['is-json']);
    expect(as('invalid-json-output', 'confirmed', 'invalid-json')).toEqual(['contains-json']);
    expect(as('invalid-json-output', 'dismissed')).toEqual(['llm-rubric']);
    expect(promptfooAssertions({ ...base, rule: 'sycophantic-opener', verdict: 'confirmed' })).toEqual([{ type: 'llm-rubric', value: base.rubric, metric: 'sycophantic-opener' }]);
  });

  it('rubric text that looks like a Nunjucks template is kept literal', () => {
    expect(nunjucksLiteral('plain')).toBe('plain');
    expect(nunjucksLiteral('use {{ name }}')).toBe('{% raw %}use {{ name }}{% endraw %}');
  });
});

describe('CSV', () => {
  it('parses back to one row per scenario with every field intact (quotes, commas, line breaks)', () => {
    const text = texts['scenarios.csv']!;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(scenarios.length + 1);
    rows.slice(1).forEach((row, i) => {
      const s = scenarios[i]!;
      const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
      expect(cell('id')).toBe(spreadsheetSafe(s.id));
      expect(cell('reply')).toBe(spreadsheetSafe(s.reply));
      expect(cell('note')).toBe(spreadsheetSafe(s.note ?? ''));
    });
    expect(scenarios.some((s) => s.note?.includes('\n') && s.note.includes('"'))).toBe(true);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetSafe('plain text')).toBe('plain text');
  });
});

describe('Markdown report', () => {
  const report = texts['report.md']!;
  it('counts per section and per site, then lists every confirmed finding with its evidence', () => {
    expect(report).toContain('## By Model Spec section');
    expect(report).toContain('## By site');
    const confirmed = scenarios.filter((s) => s.verdict === 'confirmed');
    expect(report.match(/^### \d+\. /gm)).toHaveLength(confirmed.length);
    const allRow = report.split('\n').find((l) => l.startsWith('| **All** |'))!;
    expect(allRow).toContain(`| ${scenarios.length} |`);
    for (const s of confirmed.slice(0, 20)) for (const e of s.evidence) expect(report).toContain(e.quote.slice(0, 200));
  });

  it('keeps chat text inert: fences outgrow backticks inside, inline text is escaped', () => {
    expect(fenced('a ```` b')).toBe('`````text\na ```` b\n`````');
    expect(escapeMarkdown('# [x](y) *z* <b>')).toBe('\\# \\[x\\]\\(y\\) \\*z\\* \\<b\\>');
  });
});

describe('zip and filters', { timeout: 30_000 }, () => {
  it('the zip holds every file of the plan, byte for byte, and a README', async () => {
    const options = { formats: ['jsonl', 'promptfoo', 'csv', 'markdown'] as const, now: FIXED_NOW };
    const blob = await exportToBlobParts(records, { ...options, formats: [...options.formats] });
    expect(blob.mimeType).toBe('application/zip');
    expect(blob.fileName).toBe('speclens-2026-11-30.zip');
    const bytes = new Uint8Array(Buffer.concat(blob.parts));
    const entries = unzipSync(bytes);
    const plan = planExport(records, { ...options, formats: [...options.formats] });
    expect(Object.keys(entries).sort()).toEqual(plan.files.map((f) => f.path).sort());
    const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    for (const file of plan.files) expect(decode(entries[file.path]!)).toBe([...file.chunks()].join(''));
    expect(decode(entries['README.md']!)).toContain('promptfoo');
  });

  it('native and JavaScript deflate give archives with the same content', async () => {
    const plan = planExport(records, { formats: ['jsonl', 'markdown'], now: FIXED_NOW });
    const unzipped = async (javascriptDeflate: boolean) => {
      const sink = collectingSink();
      await writeZip(plan.files, sink, { mtime: FIXED_NOW, javascriptDeflate });
      const entries = unzipSync(new Uint8Array(Buffer.concat(sink.parts)));
      return Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
    };
    expect(nativeDeflateAvailable()).toBe(true);
    expect(await unzipped(false)).toEqual(await unzipped(true));
  });

  it('a single-file format is exported as that file', async () => {
    const blob = await exportToBlobParts(records, { formats: ['csv'], now: FIXED_NOW });
    expect(blob.fileName).toBe('speclens-2026-11-30-scenarios.csv');
    expect(blob.mimeType).toBe('text/csv');
  });

  it('confirmed only by default; rule, section, site, model and date filters combine', () => {
    const pick = (filter: Parameters<typeof planExport>[1]['filter']) => planExport(records, { formats: ['jsonl'], filter }).scenarios;
    expect(pick(undefined).every((s) => s.verdict === 'confirmed')).toBe(true);
    expect(pick(undefined).length).toBe(scenarios.filter((s) => s.verdict === 'confirmed').length);
    expect(pick({ verdicts: ['confirmed'], rules: ['manual'] }).every((s) => s.rule === 'manual')).toBe(true);
    expect(pick({ verdicts: ['confirmed'], sections: ['stay_in_bounds'] }).every((s) => s.spec.section === 'stay_in_bounds')).toBe(true);
    const bySite = pick({ verdicts: ['confirmed'], sites: ['claude'], models: ['CLAUDE-SONNET-4'] });
    expect(bySite.length).toBeGreaterThan(0);
    expect(bySite.every((s) => s.metadata.site === 'claude' && s.metadata.model === 'claude-sonnet-4')).toBe(true);
    const since = Date.parse('2026-11-10T00:00:00Z');
    const until = Date.parse('2026-11-12T23:59:59.999Z');
    const inRange = pick({ verdicts: ['confirmed'], since, until });
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.every((s) => Date.parse(s.metadata.captured_at) >= since && Date.parse(s.metadata.captured_at) <= until)).toBe(true);
  });

  it('redaction masks personal data in every format and keeps evidence quotes aligned', () => {
    const withEmail = specExampleRecords();
    const exchange = withEmail.exchanges.find((e) => withEmail.findings.some((f) => f.exchangeId === e.id && f.verdict === 'confirmed'))!;
    const user = exchange.turns.find((t) => t.role === 'user')!;
    user.text = `My name is Ada Lovelace, write to ada.lovelace@example.org. ${user.text}`;
    const redacted = exportTexts(withEmail, { redact: true });
    const plain = exportTexts(withEmail);
    expect(plain['scenarios.jsonl']).toContain('ada.lovelace@example.org');
    for (const [path, text] of Object.entries(redacted)) {
      expect({ path, leak: text.includes('ada.lovelace@example.org') || text.includes('Lovelace') }).toEqual({ path, leak: false });
    }
    for (const s of jsonLines(redacted['scenarios.jsonl']!) as unknown as Scenario[]) {
      const texts = [...s.input.map((m) => m.content), s.reply];
      for (const e of s.evidence) expect(texts[e.message]!.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

describe('dashboard helpers', () => {
  it('backupToBlobParts gives the backup file and blobChunks reads a Blob back for import', async () => {
    const { backupToBlobParts } = await import('../../exporters/export');
    const { blobChunks, readImportFile } = await import('../../exporters/import-file');
    const backup = await backupToBlobParts(records, FIXED_NOW);
    expect(backup.fileName).toBe('speclens-backup-2026-11-30.jsonl');
    const blob = new Blob(backup.parts, { type: backup.mimeType });
    const file = await readImportFile(() => blobChunks(blob));
    expect(file.problems).toEqual([]);
    expect(file.kind).toBe('backup');
    expect(file.kind === 'backup' && file.records.findings.length).toBe(records.findings.length);
  });
});
