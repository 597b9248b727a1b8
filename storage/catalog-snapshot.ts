/**
 * The findings catalog, kept in IndexedDB between service-worker runs so the dashboard's first page
 * does not wait for every finding record to be read: one packed `base` record (columns and small
 * dictionaries, which the browser clones in a fraction of the time 20,000 separate records take) and
 * a log of the changes since (`catalog-ops`, one small record per write).
 *
 * Every write through the store appends its op in the same transaction as the data it changes, so
 * base + ops always equals the findings store. Loading applies the ops; compaction (folding the ops
 * into a new base) happens when the in-memory catalog has seen every op (no write in flight). This is
 * derived data: it is not part of a backup, and anything that writes findings behind the store must
 * drop it (dropCatalogSnapshot), after which the next load reads every finding once and packs a new
 * base. As a safety net the store also compares the loaded catalog with the number of findings, after
 * answering (counting is a full scan in Chromium, too slow to do before the first page).
 */
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../engine/types';
import type { SpecLensDb, SpecLensSchema } from './db';
import type { FindingRow } from './finding-catalog';
import { UNREVIEWED, VERDICTS, type FindingVerdict } from './records';
import type { IDBPObjectStore, StoreNames } from 'idb';
import { inTransaction, issueAll } from './transaction';

export type CatalogOp =
  | { kind: 'upsert'; rows: FindingRow[] }
  | { kind: 'verdicts'; changes: [findingId: string, verdict: FindingVerdict][] }
  | { kind: 'remove-exchanges'; exchangeIds: string[] };

// 2: conversation ids added. A base of another format is not read; the catalog is rebuilt from the findings.
export const PACKED_FORMAT = 2;
export const BASE_KEY = 'base';

/** Many strings as one string and where each ends: one value to clone instead of thousands. */
export interface PackedStrings {
  joined: string;
  ends: Uint32Array;
}

/**
 * Column-wise rows: per-row strings joined into one string each, strings that repeat stored once in
 * a dictionary and referenced by index, everything else in typed arrays.
 */
export interface PackedCatalog {
  format: typeof PACKED_FORMAT;
  count: number;
  ids: PackedStrings;
  exchangeIds: PackedStrings;
  texts: PackedStrings;
  ordinals: Int32Array;
  capturedAt: Float64Array;
  dictionaries: { site: string[]; model: (string | null)[]; conversationId: (string | null)[]; ruleId: string[]; section: string[] };
  site: Uint32Array;
  model: Uint32Array;
  conversationId: Uint32Array;
  ruleId: Uint32Array;
  section: Uint32Array;
  severity: Uint8Array;
  confidence: Uint8Array;
  verdict: Uint8Array;
}

const FINDING_VERDICTS: readonly FindingVerdict[] = [...VERDICTS, UNREVIEWED];

function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((v, i) => (ends[i] = end += v.length));
  return { joined: values.join(''), ends };
}

function unpackStrings(p: PackedStrings, count: number): string[] | null {
  if (typeof p?.joined !== 'string' || !(p.ends instanceof Uint32Array) || p.ends.length !== count) return null;
  if (count > 0 && p.ends[count - 1] !== p.joined.length) return null;
  const out = new Array<string>(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    out[i] = p.joined.slice(start, p.ends[i]);
    start = p.ends[i]!;
  }
  return out;
}

class Dictionary<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  ref(value: T): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

export function packRows(rows: readonly FindingRow[]): PackedCatalog {
  const n = rows.length;
  const site = new Dictionary<string>();
  const model = new Dictionary<string | null>();
  const conversationId = new Dictionary<string | null>();
  const ruleId = new Dictionary<string>();
  const section = new Dictionary<string>();
  const packed: PackedCatalog = {
    format: PACKED_FORMAT,
    count: n,
    ids: packStrings(rows.map((r) => r.id)),
    exchangeIds: packStrings(rows.map((r) => r.exchangeId)),
    texts: packStrings(rows.map((r) => r.text)),
    ordinals: new Int32Array(n),
    capturedAt: new Float64Array(n),
    dictionaries: { site: site.values, model: model.values, conversationId: conversationId.values, ruleId: ruleId.values, section: section.values },
    site: new Uint32Array(n),
    model: new Uint32Array(n),
    conversationId: new Uint32Array(n),
    ruleId: new Uint32Array(n),
    section: new Uint32Array(n),
    severity: new Uint8Array(n),
    confidence: new Uint8Array(n),
    verdict: new Uint8Array(n),
  };
  rows.forEach((r, i) => {
    packed.ordinals[i] = r.ordinal;
    packed.capturedAt[i] = r.capturedAt;
    packed.site[i] = site.ref(r.site);
    packed.model[i] = model.ref(r.model);
    packed.conversationId[i] = conversationId.ref(r.conversationId);
    packed.ruleId[i] = ruleId.ref(r.ruleId);
    packed.section[i] = section.ref(r.section);
    packed.severity[i] = SEVERITIES.indexOf(r.severity);
    packed.confidence[i] = CONFIDENCES.indexOf(r.confidence);
    packed.verdict[i] = FINDING_VERDICTS.indexOf(r.verdict);
  });
  return packed;
}

/** The rows of a packed catalog, or null when it is not one this version can read. */
export function unpackRows(packed: unknown): FindingRow[] | null {
  const p = packed as PackedCatalog | undefined;
  if (!p || p.format !== PACKED_FORMAT || !Number.isInteger(p.count)) return null;
  const ids = unpackStrings(p.ids, p.count);
  const exchangeIds = unpackStrings(p.exchangeIds, p.count);
  const texts = unpackStrings(p.texts, p.count);
  if (!ids || !exchangeIds || !texts) return null;
  const d = p.dictionaries;
  const rows = new Array<FindingRow>(p.count);
  for (let i = 0; i < p.count; i++) {
    rows[i] = {
      id: ids[i]!,
      exchangeId: exchangeIds[i]!,
      ordinal: p.ordinals[i]!,
      site: d.site[p.site[i]!]!,
      model: d.model[p.model[i]!]!,
      conversationId: d.conversationId[p.conversationId[i]!]!,
      ruleId: d.ruleId[p.ruleId[i]!]!,
      section: d.section[p.section[i]!]!,
      severity: SEVERITIES[p.severity[i]!] as Severity,
      confidence: CONFIDENCES[p.confidence[i]!] as Confidence,
      verdict: FINDING_VERDICTS[p.verdict[i]!]!,
      capturedAt: p.capturedAt[i]!,
      text: texts[i]!,
    };
  }
  return rows;
}

type OpsStore = IDBPObjectStore<SpecLensSchema, StoreNames<SpecLensSchema>[], 'catalog-ops', 'readwrite'>;

/** Appends an op inside the caller's transaction (which must include `catalog-ops`); resolves to its sequence number. */
export function recordCatalogOp(ops: OpsStore, op: CatalogOp): Promise<number> {
  return ops.add(op);
}

export interface StoredCatalog {
  /** Null when there is no base yet or it is unreadable: the caller rebuilds from the findings store. */
  rows: FindingRow[] | null;
  /** The logged changes since the base, oldest first. */
  ops: CatalogOp[];
}

/** Reads base and ops in one transaction (a consistent view). */
export async function readStoredCatalog(db: SpecLensDb): Promise<StoredCatalog> {
  const tx = db.transaction(['catalog', 'catalog-ops']);
  const [base, ops] = await Promise.all([tx.objectStore('catalog').get(BASE_KEY), tx.objectStore('catalog-ops').getAll(), tx.done]);
  return { rows: unpackRows(base), ops };
}

/** Writes `rows` as the new base and deletes the logged ops, in one transaction. */
export async function compactCatalog(db: SpecLensDb, rows: readonly FindingRow[]): Promise<void> {
  const packed = packRows(rows);
  await inTransaction(db.transaction(['catalog', 'catalog-ops'], 'readwrite'), (tx) =>
    issueAll([() => tx.objectStore('catalog').put(packed, BASE_KEY), () => tx.objectStore('catalog-ops').clear()]),
  );
}

/** Forgets the stored catalog (after a restore or import wrote findings directly); the next load rebuilds it. */
export async function dropCatalogSnapshot(db: SpecLensDb): Promise<void> {
  const tx = db.transaction(['catalog', 'catalog-ops'], 'readwrite');
  await Promise.all([tx.objectStore('catalog').clear(), tx.objectStore('catalog-ops').clear(), tx.done]);
}
