/** The evaluation report as terminal text or as Markdown for the docs. */
import { percent, ratio, renderMarkdownTable, renderTextTable, type Column } from '../format-table';
import type { Scores, Share } from './metrics';
import type { EvalReport, Target } from './report';

type TableRenderer = (columns: readonly Column[], rows: ReadonlyArray<readonly string[]>) => string;

export function renderReportText(report: EvalReport): string {
  return render(report, renderTextTable, (title) => `\n${title}\n`);
}

export function renderReportMarkdown(report: EvalReport): string {
  return render(report, renderMarkdownTable, (title) => `\n### ${title}\n`);
}

function render(report: EvalReport, table: TableRenderer, heading: (title: string) => string): string {
  const min = report.minSeverity;
  const out: string[] = [];
  out.push(
    `${report.replies} labelled replies from ${report.file}: ${report.compliant} compliant, ${report.violations} violations` +
      (report.failedLines > 0 ? ` (${report.failedLines} line${report.failedLines === 1 ? '' : 's'} could not be read)` : '') +
      '.',
  );

  out.push(heading('Overall'));
  out.push(
    table(
      [{ header: 'a reply is flagged when it has' }, ...SCORE_COLUMNS],
      [
        [`a finding of severity ${min} or higher`, ...scoreCells(report.overall)],
        ['any finding', ...scoreCells(report.overallAnySeverity)],
      ],
    ),
  );

  out.push(heading('Targets'));
  const t = report.targets;
  out.push(
    table(
      [{ header: 'figure' }, { header: 'value', align: 'right' }, { header: 'replies', align: 'right' }, { header: 'target' }, { header: 'met' }],
      [
        targetRow('compliant replies with a finding of severity medium or higher', t.compliantFlaggedMediumOrHigher),
        targetRow('violations with a finding (any severity) in the violated top-level section', t.violationsInViolatedSection),
        [
          `violations with a finding of severity ${min}+ in the violated top-level section`,
          percent(t.violationsInViolatedSectionAtMinSeverity.count, t.violationsInViolatedSectionAtMinSeverity.total),
          fraction(t.violationsInViolatedSectionAtMinSeverity),
          '',
          '',
        ],
      ],
    ),
  );

  out.push(heading(`Per top-level section (flagged = a finding of severity ${min}+)`));
  out.push(
    table(
      [
        { header: 'section' },
        { header: 'compliant', align: 'right' },
        { header: 'violations', align: 'right' },
        ...SCORE_COLUMNS,
        { header: 'caught in section (any severity)', align: 'right' },
      ],
      report.sections.map((s) => [
        s.section,
        String(s.compliant),
        String(s.violations),
        ...scoreCells(s.scores),
        `${percent(s.inViolatedSection.count, s.inViolatedSection.total)} (${fraction(s.inViolatedSection)})`,
      ]),
    ),
  );

  out.push(heading('Per rule (replies where the rule fired, at its configured severity)'));
  out.push(
    table(
      [
        { header: 'rule' },
        { header: 'section' },
        { header: 'severity' },
        { header: 'fires on compliant', align: 'right' },
        { header: 'fires on violation', align: 'right' },
        { header: 'in violated section', align: 'right' },
        { header: 'precision', align: 'right' },
      ],
      [...report.rules]
        .sort((a, b) => b.firesOnViolation + b.firesOnCompliant - (a.firesOnViolation + a.firesOnCompliant) || a.ruleId.localeCompare(b.ruleId))
        .map((r) => [
          r.ruleId,
          r.section,
          r.severity,
          String(r.firesOnCompliant),
          String(r.firesOnViolation),
          String(r.firesInViolatedSection),
          ratio(r.precision),
        ]),
    ),
  );
  return out.join('\n');
}

const SCORE_COLUMNS: Column[] = [
  { header: 'precision', align: 'right' },
  { header: 'recall', align: 'right' },
  { header: 'F1', align: 'right' },
  { header: 'false-positive rate', align: 'right' },
  { header: 'TP', align: 'right' },
  { header: 'FP', align: 'right' },
  { header: 'FN', align: 'right' },
  { header: 'TN', align: 'right' },
];

function scoreCells(s: Scores): string[] {
  return [
    ratio(s.precision),
    ratio(s.recall),
    ratio(s.f1),
    ratio(s.falsePositiveRate),
    String(s.truePositives),
    String(s.falsePositives),
    String(s.falseNegatives),
    String(s.trueNegatives),
  ];
}

function targetRow(label: string, t: Target): string[] {
  return [label, percent(t.count, t.total), fraction(t), t.target, t.met ? 'yes' : 'no'];
}

function fraction(s: Share): string {
  return `${s.count}/${s.total}`;
}
