/** Shared helpers of the exporter tests: fixture records exported to text, and file contents of a plan. */
import { planExport, type ExportOptions } from '../../exporters/export';
import type { ExportFile } from '../../exporters/export-file';
import type { StoreRecords } from '../../exporters/backup';
import { SCENARIO_VERDICTS } from '../../exporters/schema';

export const FIXED_NOW = new Date('2026-11-30T12:00:00.000Z');
export const ALL_VERDICTS = { verdicts: SCENARIO_VERDICTS };

export function fileText(file: ExportFile): string {
  return [...file.chunks()].join('');
}

/** Every file of an export, by path. */
export function exportTexts(records: StoreRecords, options: Partial<ExportOptions> = {}): Record<string, string> {
  const plan = planExport(records, { formats: ['jsonl', 'inspect', 'promptfoo', 'openai-evals', 'csv', 'markdown'], now: FIXED_NOW, ...options });
  return Object.fromEntries(plan.files.map((f) => [f.path, fileText(f)]));
}

export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
