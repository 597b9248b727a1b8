/**
 * Exporting: stored records → filtered (optionally redacted) scenarios → the chosen formats, as one
 * zip with a README, or as a single file when one single-file format is chosen. Shared by the
 * extension (exportToBlobParts) and the CLI (writeExport to a file stream).
 */
import { backupFile, type StoreRecords } from './backup';
import type { ExportContext, ExportFile, FormatName } from './export-file';
import { DEFAULT_VERDICTS, scenarioFilter, type ScenarioFilter } from './filter';
import { FORMATS } from './formats';
import { scenariosFromRecords, type ScenarioRecords, type SkippedRecord } from './from-records';
import { redactScenario } from './redact';
import type { Scenario } from './schema';
import { collectingSink, writeFile, type ByteSink } from './sink';
import { SPECLENS_VERSION } from './version';
import { writeZip } from './zip';

export interface ExportOptions {
  formats: readonly FormatName[];
  filter?: ScenarioFilter;
  /** Mask personal data (emails, phone and card numbers, self-introduced names) in every text. */
  redact?: boolean;
  /** Time of the export; defaults to now. Fixed in tests so archives are reproducible. */
  now?: Date;
}

export interface ExportPlan {
  scenarios: Scenario[];
  /** Findings and flags that could not become scenarios (e.g. a reply with no prompt before it). */
  skipped: SkippedRecord[];
  context: ExportContext;
  /** Every file of every chosen format, then README.md. */
  files: ExportFile[];
  /** Whether the export is one plain file rather than a zip. */
  single: boolean;
}

export function describeSelection(filter: ScenarioFilter = {}, redact = false): string {
  const parts = [`verdict ${(filter.verdicts ?? DEFAULT_VERDICTS).join(' or ')}`];
  if (filter.rules?.length) parts.push(`rule ${filter.rules.join(' or ')}`);
  if (filter.sections?.length) parts.push(`section ${filter.sections.join(' or ')}`);
  if (filter.sites?.length) parts.push(`site ${filter.sites.join(' or ')}`);
  if (filter.models?.length) parts.push(`model ${filter.models.join(' or ')}`);
  if (filter.since !== undefined) parts.push(`captured from ${new Date(filter.since).toISOString()}`);
  if (filter.until !== undefined) parts.push(`captured until ${new Date(filter.until).toISOString()}`);
  if (redact) parts.push('personal data masked');
  return parts.join('; ');
}

function readme(plan: Omit<ExportPlan, 'files' | 'single'>, described: string[]): ExportFile {
  const { context, scenarios, skipped } = plan;
  const lines = [
    '# SpecLens export',
    '',
    `${scenarios.length} scenarios exported ${context.createdAt} by SpecLens ${context.speclensVersion}.`,
    `Selection: ${context.selection}.`,
    ...(skipped.length > 0 ? [`${skipped.length} findings could not be exported (no prompt before the reply, or the captured exchange is gone).`] : []),
    '',
    'Each scenario is one judged reply: the conversation before it, the reply, the Model Spec section',
    'it was judged against, the verdict (confirmed, dismissed, unsure or unreviewed) and a rubric',
    'sentence saying what a compliant reply does.',
    '',
    '## Files',
    '',
    ...described.map((d) => `- ${d}`),
    '',
    'Everything was written on this machine; SpecLens sends nothing anywhere.',
    '',
  ];
  return { path: 'README.md', chunks: () => [lines.join('\n')] };
}

export function planExport(records: ScenarioRecords, options: ExportOptions): ExportPlan {
  if (options.formats.length === 0) throw new Error('choose at least one export format');
  const built = scenariosFromRecords(records, SPECLENS_VERSION);
  const keep = scenarioFilter(options.filter);
  let scenarios = built.scenarios.filter(keep);
  if (options.redact) scenarios = scenarios.map(redactScenario);
  const context: ExportContext = {
    createdAt: (options.now ?? new Date()).toISOString(),
    speclensVersion: SPECLENS_VERSION,
    selection: describeSelection(options.filter, options.redact),
  };
  const files: ExportFile[] = [];
  const described: string[] = [];
  for (const name of [...new Set(options.formats)]) {
    const format = FORMATS[name];
    const formatFiles = format.files(scenarios, context);
    files.push(...formatFiles);
    described.push(format.describe(formatFiles.map((f) => f.path)));
  }
  const single = files.length === 1;
  if (!single) files.push(readme({ scenarios, skipped: built.skipped, context }, described));
  return { scenarios, skipped: built.skipped, context, files, single };
}

/** Writes the plan to the sink: the file itself when it is a single file, else a zip. */
export async function writeExport(plan: ExportPlan, sink: ByteSink, options: { zip?: boolean } = {}): Promise<void> {
  if (plan.single && options.zip !== true) await writeFile(plan.files[0]!, sink);
  else await writeZip(plan.files, sink, { mtime: new Date(plan.context.createdAt) });
}

export interface BlobExport {
  /** Pass to `new Blob(parts, { type: mimeType })`. */
  parts: Uint8Array<ArrayBuffer>[];
  mimeType: string;
  fileName: string;
  scenarioCount: number;
  skipped: SkippedRecord[];
}

const MIME_TYPES: Record<string, string> = {
  '.jsonl': 'application/jsonl',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.zip': 'application/zip',
};

/** For the dashboard: the export as Blob parts with a file name such as speclens-2026-11-30.zip. */
export async function exportToBlobParts(records: ScenarioRecords, options: ExportOptions & { zip?: boolean }): Promise<BlobExport> {
  const plan = planExport(records, options);
  const sink = collectingSink();
  await writeExport(plan, sink, options);
  const asZip = !plan.single || options.zip === true;
  const stamp = plan.context.createdAt.slice(0, 10);
  const single = plan.files[0]!.path.split('/').pop()!;
  const extension = asZip ? '.zip' : single.slice(single.lastIndexOf('.'));
  return {
    parts: sink.parts,
    mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
    fileName: asZip ? `speclens-${stamp}.zip` : `speclens-${stamp}-${single}`,
    scenarioCount: plan.scenarios.length,
    skipped: plan.skipped,
  };
}

/** For the dashboard's "Back up" button: the whole database as one JSONL file, as Blob parts. */
export async function backupToBlobParts(records: StoreRecords, now: Date = new Date()): Promise<Omit<BlobExport, 'scenarioCount' | 'skipped'>> {
  const file = backupFile(records, now);
  const sink = collectingSink();
  await writeFile(file, sink);
  return { parts: sink.parts, mimeType: 'application/jsonl', fileName: file.path };
}
