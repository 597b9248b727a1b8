/** `speclens export FILE --format ... --out FILE`: a backup (or scenario file) to eval suites and reports. */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { SPEC_SECTIONS } from '../../engine/spec';
import { planExport, writeExport } from '../../exporters/export';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../../exporters/export-file';
import { isScenarioVerdict, parseDateBound, type ScenarioFilter } from '../../exporters/filter';
import { formatProblem } from '../../exporters/problems';
import { SCENARIO_VERDICTS, MANUAL_RULE, type ScenarioVerdict } from '../../exporters/schema';
import { RULES } from '../../rules';
import { EXIT_OK, EXIT_SOME_LINES_FAILED, UsageError } from '../errors';
import { fileSink, stdoutSink } from '../export/file-sink';
import { readInput, recordsOf } from '../export/read-input';
import type { Io } from '../io';

export const EXPORT_USAGE = `Usage: speclens export FILE --out OUT [--format LIST] [filters] [--redact]

Exports the findings of a SpecLens backup (the file the extension's "Back up" button writes) or of
a scenario file as eval suites and reports. The input is validated first; a bad file exports nothing.

Options:
  --out OUT        where to write: NAME.zip for a zip with a README (any formats), or a plain file
                   (or - for standard output) when the chosen format writes a single file
  --format LIST    comma-separated, default all: ${FORMAT_NAMES.join(', ')}
                     jsonl         SpecLens scenarios (docs/SCENARIO_FORMAT.md)
                     inspect       Inspect AI dataset (json_dataset)
                     promptfoo     promptfoo config + test cases (echo re-grade, live replay)
                     openai-evals  OpenAI evals registry: samples, eval, model-graded spec
                     csv           one row per scenario, for spreadsheets
                     markdown      a report: counts per section and site, confirmed findings
Filters (each takes a comma-separated list or may be repeated; a scenario must match every filter):
  --verdict LIST   ${SCENARIO_VERDICTS.join(', ')} or all (default: confirmed)
  --rule LIST      rule ids, or "${MANUAL_RULE}" for flags made by hand
  --section LIST   top-level section (e.g. style) or any Model Spec anchor (e.g. refusal_style)
  --site LIST      chat sites, e.g. chatgpt, claude
  --model LIST     model names as the page showed them (any case)
  --since DATE     captured on or after DATE (2026-11-01 or an ISO date-time)
  --until DATE     captured on or before DATE (a bare date includes that whole day, UTC)
  --redact         mask emails, phone and card numbers and self-introduced names in every text
  -h, --help       show this help

Exit code: 0 when the export was written, 1 when the input file has problems (each is printed
with its line), 2 for a usage error.`;

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

const SECTION_IDS = new Set(SPEC_SECTIONS.map((s) => s.id));
const RULE_IDS = new Set([...RULES.map((r) => r.id), MANUAL_RULE]);

function filterFrom(values: Record<string, string | string[] | boolean | undefined>, io: Io): ScenarioFilter {
  const filter: ScenarioFilter = {};
  const verdicts = list(values.verdict as string[] | undefined);
  if (verdicts.includes('all')) filter.verdicts = SCENARIO_VERDICTS;
  else if (verdicts.length > 0) {
    const unknown = verdicts.filter((v) => !isScenarioVerdict(v));
    if (unknown.length) throw new UsageError(`unknown verdict ${unknown.join(', ')}: use ${SCENARIO_VERDICTS.join(', ')} or all`);
    filter.verdicts = verdicts as ScenarioVerdict[];
  }
  const rules = list(values.rule as string[] | undefined);
  for (const r of rules) if (!RULE_IDS.has(r)) io.err(`speclens export: note: "${r}" is not a built-in rule (a custom rule id matches as given)`);
  if (rules.length) filter.rules = rules;
  const sections = list(values.section as string[] | undefined);
  const unknownSections = sections.filter((s) => !SECTION_IDS.has(s));
  if (unknownSections.length) throw new UsageError(`unknown Model Spec section ${unknownSections.join(', ')} (use a top-level id such as style, or an anchor)`);
  if (sections.length) filter.sections = sections;
  const sites = list(values.site as string[] | undefined);
  if (sites.length) filter.sites = sites;
  const models = list(values.model as string[] | undefined);
  if (models.length) filter.models = models;
  for (const bound of ['since', 'until'] as const) {
    const value = values[bound] as string | undefined;
    if (value === undefined) continue;
    const at = parseDateBound(value, bound);
    if (at === null) throw new UsageError(`--${bound} ${value} is not a date (use 2026-11-30 or 2026-11-30T14:00:00Z)`);
    filter[bound] = at;
  }
  if (filter.since !== undefined && filter.until !== undefined && filter.since > filter.until) throw new UsageError('--since is after --until');
  return filter;
}

function formatsFrom(value: string[] | undefined): FormatName[] {
  const names = list(value);
  if (names.length === 0 || names.includes('all')) return [...FORMAT_NAMES];
  const unknown = names.filter((n) => !isFormatName(n));
  if (unknown.length) throw new UsageError(`unknown format ${unknown.join(', ')}: use ${FORMAT_NAMES.join(', ')} or all`);
  return names as FormatName[];
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', multiple: true },
      verdict: { type: 'string', multiple: true },
      rule: { type: 'string', multiple: true },
      section: { type: 'string', multiple: true },
      site: { type: 'string', multiple: true },
      model: { type: 'string', multiple: true },
      since: { type: 'string' },
      until: { type: 'string' },
      redact: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(EXPORT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the backup or scenario FILE' : `expected one file, got ${positionals.length}`);
  if (values.out === undefined) throw new UsageError('missing --out (NAME.zip, a file name, or - for standard output)');
  const formats = formatsFrom(values.format);
  const filter = filterFrom(values, io);
  const out = values.out;
  const asZip = out.endsWith('.zip');
  if (out !== '-') {
    const folder = dirname(out);
    const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
    if (!isFolder) throw new UsageError(`cannot write ${out}: no such folder ${folder}`);
  }

  const { name, file } = await readInput(positionals[0]!, io.stdin);
  if (file.problems.length > 0) {
    for (const p of file.problems) io.err(`speclens: ${formatProblem(p, name)}`);
    io.err(`speclens export: ${name} has ${file.problems.length} problem${file.problems.length === 1 ? '' : 's'}; nothing was exported.`);
    return EXIT_SOME_LINES_FAILED;
  }

  const plan = planExport(recordsOf(file), { formats, filter, redact: values.redact });
  if (!asZip && !plan.single) {
    throw new UsageError(`this export has ${plan.files.length} files (${plan.files.map((f) => f.path).join(', ')}): use --out NAME.zip`);
  }
  if (out === '-' && asZip) throw new UsageError('a zip cannot go to standard output here: use --out NAME.zip');
  const sink = out === '-' ? stdoutSink() : fileSink(out);
  try {
    await writeExport(plan, sink, { zip: asZip });
    await sink.close(true);
  } catch (error) {
    await sink.close(false).catch(() => {});
    throw error;
  }
  const summary = `speclens export: ${plan.scenarios.length} scenarios (${plan.context.selection}) as ${formats.join(', ')}` + (out === '-' ? '' : ` to ${out} (${size(sink.bytes)})`);
  io.err(summary);
  if (plan.skipped.length > 0) {
    io.err(`speclens export: ${plan.skipped.length} findings skipped:`);
    for (const s of plan.skipped.slice(0, 10)) io.err(`  ${s.id}: ${s.reason}`);
    if (plan.skipped.length > 10) io.err(`  ... and ${plan.skipped.length - 10} more`);
  }
  return EXIT_OK;
}
