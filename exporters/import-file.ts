/**
 * Reading a file to import: a backup or a scenario file, told apart by the first line. Everything is
 * validated before the caller writes anything; `problems` lists every issue with its line.
 */
import { BACKUP_FORMAT, readBackup, type BackupHeader, type StoreRecords } from './backup';
import { numberedLines } from './lines';
import type { Problem } from './problems';
import { readScenarioFile } from './read-scenarios';
import type { Scenario } from './schema';
import { recordsFromScenarios, type ImportedRecords } from './to-records';

export type Chunks = AsyncIterable<string> | Iterable<string>;

export type ImportFile =
  | { kind: 'backup'; header: BackupHeader | null; records: StoreRecords; problems: Problem[] }
  | { kind: 'scenarios'; scenarios: Scenario[]; records: ImportedRecords | null; problems: Problem[] };

/**
 * The text of a File or Blob as string chunks, read as a stream (for the dashboard's import):
 * `readImportFile(() => blobChunks(file))`.
 */
export async function* blobChunks(blob: Blob): AsyncGenerator<string> {
  const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** `backup` when the first line is a backup header, else `scenarios` (whose validation explains any other content). */
export async function detectFileKind(chunks: Chunks): Promise<'backup' | 'scenarios'> {
  for await (const { text } of numberedLines(chunks)) {
    try {
      const first = JSON.parse(text) as { format?: unknown } | null;
      return first !== null && typeof first === 'object' && first.format === BACKUP_FORMAT ? 'backup' : 'scenarios';
    } catch {
      return 'scenarios';
    }
  }
  return 'scenarios';
}

/**
 * Reads and validates a file. `open` is called once or twice (the first line decides the kind), so it
 * must return a fresh reader each time. `now` stamps imported exchanges' `storedAt`.
 */
export async function readImportFile(open: () => Chunks, now: number = Date.now()): Promise<ImportFile> {
  const kind = await detectFileKind(open());
  if (kind === 'backup') return { kind, ...(await readBackup(open())) };
  const file = await readScenarioFile(open());
  if (file.problems.length > 0) return { kind, scenarios: [], records: null, problems: file.problems };
  const { records, problems } = recordsFromScenarios(file.scenarios, file.lines, now);
  return problems.length > 0 ? { kind, scenarios: [], records: null, problems } : { kind, scenarios: file.scenarios, records, problems: [] };
}

