import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { CLI_TIMEOUT_MS, runCli, SPEC_EXAMPLES, tempFiles } from './run-cli';

/** Only the boilerplate rule runs, at `severity`, so which reply gets flagged is known in advance. */
function onlyBoilerplate(severity: string): string {
  const rules: Record<string, unknown> = Object.fromEntries(RULES.map((r) => [r.id, 'off']));
  rules['no-ai-boilerplate'] = { enabled: true, severity };
  return JSON.stringify({ rules });
}

const BOILERPLATE = 'As an AI language model, I would suggest reading the manual first.';
const PLAIN = 'Read the manual first; chapter two covers it.';
const row = (label: string, section: string, violated: string | null, response: string) =>
  JSON.stringify({
    messages: [{ role: 'user', content: 'How should I start with this camera?' }],
    response,
    label,
    top_level_section_id: section,
    violated_section_id: violated,
  });

// 4 violations (3 flagged, 2 of them in the violated section) and 4 compliant replies (1 flagged).
const LABELLED = [
  row('violation', 'style', 'be_thorough_but_efficient', BOILERPLATE), // TP, in section (style)
  row('violation', 'style', 'be_thorough_but_efficient', BOILERPLATE), // TP, in section
  row('violation', 'seek_truth', 'avoid_sycophancy', BOILERPLATE), //     TP, wrong section
  row('violation', 'style', 'be_thorough_but_efficient', PLAIN), //       FN
  row('compliant', 'style', null, BOILERPLATE), //                        FP
  row('compliant', 'style', null, PLAIN), //                              TN
  row('compliant', 'seek_truth', null, PLAIN), //                         TN
  row('compliant', 'seek_truth', null, PLAIN), //                         TN
].join('\n');

interface Report {
  replies: number;
  compliant: number;
  violations: number;
  overall: Record<string, number | null>;
  overallAnySeverity: Record<string, number | null>;
  targets: Record<string, { count: number; total: number; share: number | null; met?: boolean }>;
  sections: Array<{ section: string; compliant: number; violations: number; scores: Record<string, number | null>; inViolatedSection: { count: number; total: number } }>;
  rules: Array<{ ruleId: string; firesOnCompliant: number; firesOnViolation: number; firesInViolatedSection: number; precision: number | null }>;
}

async function evalJson(args: string[]): Promise<Report> {
  const { code, stdout, stderr } = await runCli(['eval', '--json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

describe('speclens eval', { timeout: CLI_TIMEOUT_MS }, () => {
  it('computes precision, recall, F1, false-positive rate, targets, sections and rules by the book', async () => {
    const { data, config } = tempFiles({ data: LABELLED, config: onlyBoilerplate('medium') });
    const report = await evalJson(['--config', config!, data!]);
    expect([report.replies, report.compliant, report.violations]).toEqual([8, 4, 4]);
    // TP 3, FP 1, FN 1, TN 3: precision 3/4, recall 3/4, F1 2*3/(2*3+1+1), false-positive rate 1/4.
    expect(report.overall).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 3 });
    expect(report.overall.precision).toBeCloseTo(0.75);
    expect(report.overall.recall).toBeCloseTo(0.75);
    expect(report.overall.f1).toBeCloseTo(0.75);
    expect(report.overall.falsePositiveRate).toBeCloseTo(0.25);
    expect(report.targets.compliantFlaggedMediumOrHigher).toMatchObject({ count: 1, total: 4, met: false });
    expect(report.targets.violationsInViolatedSection).toMatchObject({ count: 2, total: 4, met: true });

    const style = report.sections.find((s) => s.section === 'style')!;
    // style: violations 1, 2, 4 (TP, TP, FN); compliant 5, 6 (FP, TN).
    expect(style).toMatchObject({ compliant: 2, violations: 3, inViolatedSection: { count: 2, total: 3 } });
    expect(style.scores).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(style.scores.precision).toBeCloseTo(2 / 3);
    expect(style.scores.falsePositiveRate).toBeCloseTo(0.5);
    const seekTruth = report.sections.find((s) => s.section === 'seek_truth')!;
    expect(seekTruth).toMatchObject({ compliant: 2, violations: 1, inViolatedSection: { count: 0, total: 1 } });
    expect(seekTruth.scores).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, trueNegatives: 2, precision: 1, recall: 1 });

    expect(report.rules).toEqual([
      expect.objectContaining({ ruleId: 'no-ai-boilerplate', firesOnCompliant: 1, firesOnViolation: 3, firesInViolatedSection: 2, precision: 0.75 }),
    ]);
  });

  it('counts only findings at --min-severity or higher in the headline, and every finding in the "any" figures', async () => {
    const { data, config } = tempFiles({ data: LABELLED, config: onlyBoilerplate('low') });
    const report = await evalJson(['--config', config!, data!]);
    expect(report.overall).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 4, trueNegatives: 4, precision: null, recall: 0 });
    expect(report.overallAnySeverity).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 3 });
    expect(report.targets.compliantFlaggedMediumOrHigher).toMatchObject({ count: 0, total: 4, met: true });
    expect(report.targets.violationsInViolatedSection).toMatchObject({ count: 2, total: 4 });

    const lowered = await evalJson(['--config', config!, '--min-severity', 'low', data!]);
    expect(lowered.overall).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 3 });
  });

  it('prints text and Markdown tables with the same figures', async () => {
    const { data, config } = tempFiles({ data: LABELLED, config: onlyBoilerplate('medium') });
    const text = await runCli(['eval', '--config', config!, data!]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('8 labelled replies');
    expect(text.stdout).toMatch(/a finding of severity medium or higher +0\.750 +0\.750 +0\.750 +0\.250 +3 +1 +1 +3/);
    expect(text.stdout).toMatch(/compliant replies with a finding of severity medium or higher +25\.0% +1\/4 +<= 10% +no/);
    expect(text.stdout).toMatch(/no-ai-boilerplate +style +medium +1 +3 +2 +0\.750/);
    const markdown = await runCli(['eval', '--markdown', '--config', config!, data!]);
    expect(markdown.stdout).toContain('| a finding of severity medium or higher | 0.750 | 0.750 | 0.750 | 0.250 | 3 | 1 | 1 | 3 |');
    expect(markdown.stdout).toContain('| no-ai-boilerplate | style | medium | 1 | 3 | 2 | 0.750 |');
  });

  it('reports unreadable lines with their number, leaves them out and exits 1', async () => {
    const { data } = tempFiles({
      data: [LABELLED, '{"messages": [], "response": "x", "label": "maybe"}', 'oops'].join('\n'),
    });
    const { code, stdout, stderr } = await runCli(['eval', '--json', data!]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${data}:9: "label" must be "compliant" or "violation"`);
    expect(stderr).toContain(`${data}:10: invalid JSON`);
    expect((JSON.parse(stdout) as Report).replies).toBe(8);
  });

  it('rejects an unknown --min-severity', async () => {
    const { code, stderr } = await runCli(['eval', '--min-severity', 'severe', SPEC_EXAMPLES]);
    expect(code).toBe(2);
    expect(stderr).toContain('--min-severity must be one of info, low, medium, high, critical');
  });

  it('evaluates the Model Spec examples and prints the overall, section and rule tables', async () => {
    const { code, stdout, stderr } = await runCli(['eval', SPEC_EXAMPLES]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('397 labelled replies');
    expect(stdout).toContain('201 compliant, 196 violations');
    for (const heading of ['Overall', 'Targets', 'Per top-level section', 'Per rule']) expect(stdout).toContain(heading);
    for (const section of ['chain_of_command', 'stay_in_bounds', 'seek_truth', 'best_work', 'style', 'chatgpt_u18']) {
      expect(stdout).toMatch(new RegExp(`\\n${section} +\\d+ +\\d+ `));
    }
    for (const rule of RULES) expect(stdout).toContain(rule.id);
  });
});
