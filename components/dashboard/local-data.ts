/**
 * Export, backup and restore read and write the database from the dashboard page itself: the page
 * shares the extension's origin, so it opens the same IndexedDB as the background, and tens of
 * megabytes never have to cross the messaging channel. After a restore the background is told to
 * re-read its findings catalog.
 */
import { backupFile, readBackup, type BackupReadResult } from '../../exporters/backup';
import { exportToBlobParts, type BlobExport } from '../../exporters/export';
import type { FormatName } from '../../exporters/export-file';
import type { ScenarioFilter } from '../../exporters/filter';
import { readStoreRecords, restoreRecords, type WriteSummary } from '../../exporters/idb-store';
import { encodedChunks } from '../../exporters/sink';
import type { SpecLensDb } from '../../storage/db';
import type { FindingFilters } from '../../storage/finding-catalog';
import type { ScenarioVerdict } from '../../exporters/schema';

export type OpenDatabase = () => Promise<SpecLensDb>;

/** The dashboard filters that the export understands (text search, severity and confidence have no scenario field). */
export function scenarioFilterFrom(filters: FindingFilters, verdicts: readonly ScenarioVerdict[]): ScenarioFilter {
  const out: { -readonly [K in keyof ScenarioFilter]: ScenarioFilter[K] } = { verdicts: [...verdicts] };
  if (filters.sites?.length) out.sites = [...filters.sites];
  const models = filters.models?.filter((m): m is string => m !== null);
  if (models?.length) out.models = models;
  if (filters.ruleIds?.length) out.rules = [...filters.ruleIds];
  if (filters.sections?.length) out.sections = [...filters.sections];
  if (filters.from !== undefined) out.since = filters.from;
  // The dashboard's upper bound is exclusive, the export's inclusive.
  if (filters.to !== undefined) out.until = filters.to - 1;
  return out;
}

export async function exportFindings(open: OpenDatabase, options: { formats: readonly FormatName[]; filter: ScenarioFilter; redact: boolean }): Promise<BlobExport> {
  const records = await readStoreRecords(await open());
  return exportToBlobParts(records, { ...options, zip: true });
}

export async function backupDatabase(open: OpenDatabase, now = new Date()): Promise<{ parts: Uint8Array[]; fileName: string; counts: Record<string, number> }> {
  const records = await readStoreRecords(await open());
  const file = backupFile(records, now);
  const counts = Object.fromEntries(Object.entries(records).map(([store, list]) => [store, list.length]));
  return { parts: [...encodedChunks(file)], fileName: file.path, counts };
}

/** The file's text in chunks, streamed where the browser can, so a large backup is not one string. */
export async function* fileChunks(file: Blob): AsyncGenerator<string> {
  if (typeof file.stream === 'function' && typeof TextDecoderStream === 'function') {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  yield await file.text();
}

export type RestoreOutcome = { ok: true; summary: WriteSummary } | { ok: false; read: BackupReadResult } | { ok: false; error: string };

/** Validates the whole backup first; writes only when it has no problem at all. */
export async function restoreBackup(open: OpenDatabase, file: Blob): Promise<RestoreOutcome> {
  const read = await readBackup(fileChunks(file));
  if (read.problems.length > 0) return { ok: false, read };
  try {
    return { ok: true, summary: await restoreRecords(await open(), read.records) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
