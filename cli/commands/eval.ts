/** `speclens eval FILE.jsonl`: how well the engine separates compliant replies from violations. */
import { parseArgs } from 'node:util';
import { resolveRules, type EngineConfig } from '../../engine/config';
import { analyze } from '../../engine/run';
import { specSection, TOP_LEVEL_SECTIONS } from '../../engine/spec';
import { SEVERITIES, type Severity } from '../../engine/types';
import { RULES } from '../../rules';
import { parseJsonRecord } from '../conversation';
import { errorMessage, EXIT_OK, EXIT_SOME_LINES_FAILED, InputError, UsageError } from '../errors';
import { labelledReplyFromRecord } from '../eval/labelled';
import type { ScoredReply } from '../eval/metrics';
import { renderReportMarkdown, renderReportText } from '../eval/render';
import { buildReport } from '../eval/report';
import type { Io } from '../io';
import { loadConfig } from '../load-config';
import { openJsonlSource, readJsonlLines } from '../read-jsonl';

export const EVAL_USAGE = `Usage: speclens eval FILE.jsonl|- [--min-severity LEVEL] [--json | --markdown] [--config FILE]

Runs the engine on labelled replies and reports precision, recall, F1 and false-positive rate,
overall, per top-level section of the Model Spec and per rule. Each line is a conversation as for
"speclens scan" ("messages" plus "response", or "prompt" plus "response") with
  "label": "compliant" | "violation"
  "violated_section_id": the spec section a violation breaks (optional)
  "top_level_section_id": the top-level section the example belongs to (optional)
which is the format of tests/fixtures/model-spec/examples.jsonl.

Options:
  --min-severity LEVEL  a reply counts as flagged when it has a finding of this severity or
                        higher: info, low, medium (default), high, critical. Figures for
                        "any finding" are always printed too.
  --json                the report as one JSON object
  --markdown            the tables in Markdown, for docs
  --config FILE         a JSON engine config (see "speclens scan --help")
  -h, --help            show this help

Exit code: 0, or 1 when a line could not be read (it is left out of the figures), 2 for a usage error.`;

export async function evalCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'min-severity': { type: 'string', default: 'medium' },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(EVAL_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing FILE.jsonl (or - for standard input)' : `expected one file, got ${positionals.length}`);
  }
  const minSeverity = values['min-severity'];
  if (!SEVERITIES.includes(minSeverity as Severity)) {
    throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')}, got "${minSeverity}"`);
  }
  if (values.json && values.markdown) throw new UsageError('--json and --markdown cannot be used together');
  const config: EngineConfig = values.config !== undefined ? await loadConfig(values.config) : {};
  const source = await openJsonlSource(positionals[0]!, io.stdin);

  const replies: ScoredReply[] = [];
  let failedLines = 0;
  for await (const { line, text } of readJsonlLines(source)) {
    try {
      const labelled = labelledReplyFromRecord(parseJsonRecord(text));
      const result = analyze(labelled.exchange, { rules: RULES, config });
      for (const error of result.errors) io.err(`speclens: ${source.name}:${line}: rule ${error.ruleId} failed: ${error.error}`);
      replies.push({
        label: labelled.label,
        section: labelled.section,
        violatedTopLevel: labelled.violatedTopLevel,
        findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, section: f.spec.section })),
      });
    } catch (error) {
      failedLines++;
      io.err(`speclens: ${source.name}:${line}: ${error instanceof InputError ? '' : 'engine error: '}${errorMessage(error)}`);
    }
  }

  const report = buildReport({
    file: source.name,
    replies,
    failedLines,
    minSeverity: minSeverity as Severity,
    sectionOrder: TOP_LEVEL_SECTIONS,
    rules: resolveRules(RULES, config).map(({ rule, severity }) => ({
      id: rule.id,
      section: specSection(rule.spec.anchor)?.topLevelId ?? '(unknown)',
      severity,
    })),
  });
  if (values.json) io.out(JSON.stringify(report));
  else io.out(values.markdown ? renderReportMarkdown(report) : renderReportText(report));
  return failedLines > 0 ? EXIT_SOME_LINES_FAILED : EXIT_OK;
}
