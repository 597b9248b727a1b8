/**
 * Backup file: the whole database as JSONL. Line 1 is a header naming the format, its version, the
 * database schema and how many records of each store follow; then one `{"store", "record"}` line per
 * record, stores in a fixed order and records by primary key, with object keys sorted, so the same
 * data always gives the same bytes.
 *
 * Reading validates everything (header, every record against its store's schema, duplicate keys,
 * references between stores, the announced counts) and returns the records only when nothing is wrong.
 */
import * as v from 'valibot';
import { KEY_PATHS, SCHEMA_VERSION, STORE_NAMES, UNREVIEWED, type RecordsByStore, type StoreName } from '../storage/records';
import type { ExportFile } from './export-file';
import { numberedLines } from './lines';
import { issueMessages, notAnObject, type Problem } from './problems';
import { parseJsonLine } from './read-scenarios';
import { RECORD_SCHEMAS } from './record-schemas';
import { SCENARIO_FORMAT } from './schema';
import { SPECLENS_VERSION } from './version';

export const BACKUP_FORMAT = 'speclens-backup';
export const BACKUP_VERSION = 1;

export type StoreRecords = { [S in StoreName]: RecordsByStore[S][] };

export function emptyStoreRecords(): StoreRecords {
  return { conversations: [], exchanges: [], findings: [], reviews: [], annotations: [], health: [], settings: [] };
}

const storeList = `one of ${STORE_NAMES.join(', ')}`;
const countsSchema = v.strictObject(
  Object.fromEntries(STORE_NAMES.map((s) => [s, v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'))])) as {
    [S in StoreName]: v.SchemaWithPipe<readonly [v.NumberSchema<string>, v.IntegerAction<number, string>, v.MinValueAction<number, 0, string>]>;
  },
);

export const BackupHeaderSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION} (this SpecLens reads backup format version ${BACKUP_VERSION})`),
  database_schema: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION} (this SpecLens restores backups of database schema ${SCHEMA_VERSION})`),
  created_at: v.string('must be a date-time string'),
  speclens_version: v.string('must be text'),
  counts: countsSchema,
});
export type BackupHeader = v.InferOutput<typeof BackupHeaderSchema>;

const BackupLineSchema = v.strictObject({
  store: v.picklist(STORE_NAMES, `must be ${storeList}`),
  record: v.unknown(),
});

/** JSON with object keys sorted at every level: the same record gives the same text whatever built it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

function keyOf<S extends StoreName>(store: S, record: RecordsByStore[S]): string {
  return String((record as unknown as Record<string, unknown>)[KEY_PATHS[store]]);
}

/** IndexedDB orders string keys by code unit, as `<` does. */
function byKey<S extends StoreName>(store: S, records: readonly RecordsByStore[S][]): RecordsByStore[S][] {
  return [...records].sort((a, b) => {
    const x = keyOf(store, a);
    const y = keyOf(store, b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export function backupFileName(now: Date): string {
  return `speclens-backup-${now.toISOString().slice(0, 10)}.jsonl`;
}

export function backupFile(records: StoreRecords, now: Date): ExportFile {
  return {
    path: backupFileName(now),
    *chunks() {
      const counts = Object.fromEntries(STORE_NAMES.map((s) => [s, records[s].length]));
      const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, database_schema: SCHEMA_VERSION, created_at: now.toISOString(), speclens_version: SPECLENS_VERSION, counts };
      yield `${JSON.stringify(header)}\n`;
      for (const store of STORE_NAMES) {
        for (const record of byKey(store, records[store] as RecordsByStore[typeof store][])) {
          yield `{"store":${JSON.stringify(store)},"record":${canonicalJson(record)}}\n`;
        }
      }
    },
  };
}

export interface BackupReadResult {
  header: BackupHeader | null;
  /** Filled only when `problems` is empty. */
  records: StoreRecords;
  problems: Problem[];
}

/** Problems of references between stores, each on the line of the record that points nowhere. */
function referenceProblems(records: StoreRecords, lineOf: Map<object, number>): Problem[] {
  const problems: Problem[] = [];
  const has = (store: StoreName) => new Set(records[store].map((r) => keyOf(store, r as never)));
  const conversations = has('conversations');
  const exchanges = has('exchanges');
  const verdicts = new Map(records.reviews.map((r) => [r.findingId, r.verdict]));
  const findings = has('findings');
  const at = (record: object) => lineOf.get(record) ?? null;
  for (const e of records.exchanges) {
    if (!conversations.has(e.conversationRecordId)) problems.push({ line: at(e), message: `exchange "${e.id}" belongs to conversation "${e.conversationRecordId}", which is not in the backup` });
  }
  for (const f of records.findings) {
    if (!exchanges.has(f.exchangeId)) problems.push({ line: at(f), message: `finding "${f.id}" belongs to exchange "${f.exchangeId}", which is not in the backup` });
    const reviewed = verdicts.get(f.id) ?? UNREVIEWED;
    if (f.verdict !== reviewed) problems.push({ line: at(f), message: `finding "${f.id}" has verdict "${f.verdict}", but its review says "${reviewed}"` });
  }
  for (const r of records.reviews) {
    if (!findings.has(r.findingId)) problems.push({ line: at(r), message: `review of finding "${r.findingId}", which is not in the backup` });
  }
  for (const a of records.annotations) {
    if (!exchanges.has(a.exchangeId)) problems.push({ line: at(a), message: `manual flag "${a.id}" belongs to exchange "${a.exchangeId}", which is not in the backup` });
  }
  return problems;
}

export async function readBackup(chunks: AsyncIterable<string> | Iterable<string>): Promise<BackupReadResult> {
  const records = emptyStoreRecords();
  const problems: Problem[] = [];
  const keyLines: { [S in StoreName]: Map<string, number> } = Object.fromEntries(STORE_NAMES.map((s) => [s, new Map()])) as never;
  const lineOf = new Map<object, number>();
  let header: BackupHeader | null = null;
  let first = true;

  for await (const { line, text } of numberedLines(chunks)) {
    const json = parseJsonLine(text);
    if (first) {
      first = false;
      if (!json.ok) {
        problems.push({ line, message: `the first line must be the backup header, but it is ${json.message}` });
        return { header, records: emptyStoreRecords(), problems };
      }
      const value = json.value as Record<string, unknown> | null;
      if (value && typeof value === 'object' && value.format === SCENARIO_FORMAT) {
        problems.push({ line, message: 'this is a scenario file, not a backup: import it as scenarios (or check it with speclens validate)' });
        return { header, records: emptyStoreRecords(), problems };
      }
      const shape = notAnObject(json.value, 'the backup header');
      const parsed = shape ? null : v.safeParse(BackupHeaderSchema, json.value);
      if (shape) problems.push({ line, message: shape });
      else if (!parsed!.success) for (const m of issueMessages(parsed!.issues, 'header')) problems.push({ line, message: m });
      else header = parsed!.output;
      if (!header) return { header, records: emptyStoreRecords(), problems };
      continue;
    }
    if (!json.ok) {
      problems.push({ line, message: json.message });
      continue;
    }
    const shape = notAnObject(json.value, 'a backup line');
    if (shape) {
      problems.push({ line, message: shape });
      continue;
    }
    const outer = v.safeParse(BackupLineSchema, json.value);
    if (!outer.success) {
      for (const m of issueMessages(outer.issues)) problems.push({ line, message: m });
      continue;
    }
    const store = outer.output.store;
    const shapeOfRecord = notAnObject(outer.output.record, `the ${store} record`);
    if (shapeOfRecord) {
      problems.push({ line, message: shapeOfRecord });
      continue;
    }
    const parsed = v.safeParse(RECORD_SCHEMAS[store], outer.output.record);
    if (!parsed.success) {
      for (const m of issueMessages(parsed.issues, 'record')) problems.push({ line, message: `${store} ${m}` });
      continue;
    }
    const record = parsed.output as RecordsByStore[typeof store];
    const key = keyOf(store, record);
    const earlier = keyLines[store].get(key);
    if (earlier !== undefined) {
      problems.push({ line, message: `${store} record "${key}" appears twice (also on line ${earlier})` });
      continue;
    }
    keyLines[store].set(key, line);
    lineOf.set(record, line);
    (records[store] as RecordsByStore[typeof store][]).push(record);
  }

  if (first) return { header, records: emptyStoreRecords(), problems: [{ line: null, message: 'the file is empty: a backup starts with its header line' }] };
  if (header) {
    for (const store of STORE_NAMES) {
      const announced = header.counts[store];
      const found = keyLines[store].size;
      if (problems.length === 0 && announced !== found) {
        problems.push({ line: null, message: `the header announces ${announced} ${store} records, but the file holds ${found} (is the file cut short?)` });
      }
    }
  }
  if (problems.length === 0) problems.push(...referenceProblems(records, lineOf));
  return problems.length === 0 ? { header, records, problems } : { header, records: emptyStoreRecords(), problems };
}
