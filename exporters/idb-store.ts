/**
 * The extension's side of backup, restore and import: reads every store of the SpecLens database and
 * writes validated records back in one transaction, so a failed write changes nothing. Only the
 * background (which owns the database) calls this; the CLI never does.
 */
import type { SpecLensDb } from '../storage/db';
import type { Span } from '../engine/types';
import { STORE_NAMES, type ExchangeRecord, type RecordsByStore, type StoreName } from '../storage/records';
import { canonicalJson, emptyStoreRecords, type StoreRecords } from './backup';
import type { ImportedRecords } from './to-records';

export interface StoreWriteCounts {
  added: number;
  replaced: number;
  unchanged: number;
}
export type WriteSummary = Record<StoreName, StoreWriteCounts>;

const emptySummary = (): WriteSummary =>
  Object.fromEntries(STORE_NAMES.map((s) => [s, { added: 0, replaced: 0, unchanged: 0 }])) as WriteSummary;

/** Every record of every store, read in one transaction (a consistent snapshot). */
export async function readStoreRecords(db: SpecLensDb): Promise<StoreRecords> {
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const out = emptyStoreRecords();
  const reads = STORE_NAMES.map(async (store) => {
    (out[store] as unknown[]) = await tx.objectStore(store).getAll();
  });
  await Promise.all([...reads, tx.done]);
  return out;
}

/** The part of an idb object store that restore needs, the same for every store. */
interface PlainStore {
  keyPath: string | string[] | null;
  get(key: string): Promise<unknown>;
  getAllKeys(): Promise<unknown[]>;
  put(value: unknown): Promise<unknown>;
}

/**
 * Restores a validated backup: every record is put, replacing a stored record with the same key.
 * Records not in the backup stay. Restoring the same backup twice adds and replaces nothing.
 */
export async function restoreRecords(db: SpecLensDb, records: StoreRecords): Promise<WriteSummary> {
  const summary = emptySummary();
  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  const work = STORE_NAMES.map(async (store) => {
    const os = tx.objectStore(store) as unknown as PlainStore;
    const stored = new Set(await os.getAllKeys());
    for (const record of records[store] as RecordsByStore[typeof store][]) {
      const key = (record as unknown as Record<string, string>)[os.keyPath as string]!;
      const existing = stored.has(key) ? await os.get(key) : undefined;
      if (existing === undefined) summary[store].added++;
      else if (canonicalJson(existing) === canonicalJson(record)) {
        summary[store].unchanged++;
        continue;
      } else summary[store].replaced++;
      await os.put(record);
    }
  });
  await Promise.all([...work, tx.done]);
  return summary;
}

/**
 * Imports scenario records without touching anything already stored: a record whose key exists is
 * left as it is. What is added still keeps the stored records consistent: a conversation's exchange
 * count and capture times, an exchange's finding count, a finding's copy of its verdict.
 */
export async function addScenarioRecords(db: SpecLensDb, records: ImportedRecords): Promise<WriteSummary> {
  const summary = emptySummary();
  const tx = db.transaction(['conversations', 'exchanges', 'findings', 'reviews', 'annotations'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const exchanges = tx.objectStore('exchanges');
  const findings = tx.objectStore('findings');
  const reviews = tx.objectStore('reviews');
  const annotations = tx.objectStore('annotations');

  const run = async () => {
    const addedExchanges: RecordsByStore['exchanges'][] = [];
    // For an exchange already stored, imported turn ids (t0, t1, ...) → the stored turn ids.
    const turnIdMaps = new Map<string, Map<string, string>>();
    for (const e of records.exchanges) {
      const stored = await exchanges.get(e.id);
      if (stored) {
        turnIdMaps.set(e.id, storedTurnIds(e, stored));
        summary.exchanges.unchanged++;
        continue;
      }
      addedExchanges.push(e);
      summary.exchanges.added++;
    }
    const remap = <T extends { exchangeId: string }>(record: T, spans: (r: T) => Span[], set: (r: T, s: Span[]) => T): T => {
      const ids = turnIdMaps.get(record.exchangeId);
      if (!ids) return record;
      return set(record, spans(record).flatMap((s) => (ids.has(s.turnId) ? [{ ...s, turnId: ids.get(s.turnId)! }] : [])));
    };
    const addedExchangeIds = new Set(addedExchanges.map((e) => e.id));
    const newFindingsPerExchange = new Map<string, number>();
    const addedFindings = new Map<string, RecordsByStore['findings']>();
    for (const f of records.findings) {
      if (await findings.get(f.id)) {
        summary.findings.unchanged++;
        continue;
      }
      addedFindings.set(f.id, remap(f, (r) => r.evidence, (r, evidence) => ({ ...r, evidence })));
      newFindingsPerExchange.set(f.exchangeId, (newFindingsPerExchange.get(f.exchangeId) ?? 0) + 1);
      summary.findings.added++;
    }
    for (const e of addedExchanges) await exchanges.put({ ...e, findingCount: newFindingsPerExchange.get(e.id) ?? 0 });
    for (const [exchangeId, added] of newFindingsPerExchange) {
      if (addedExchangeIds.has(exchangeId)) continue;
      const stored = await exchanges.get(exchangeId);
      if (stored) await exchanges.put({ ...stored, findingCount: stored.findingCount + added });
    }
    for (const r of records.reviews) {
      if (await reviews.get(r.findingId)) {
        summary.reviews.unchanged++;
        continue;
      }
      await reviews.put(r);
      summary.reviews.added++;
      const finding = addedFindings.get(r.findingId) ?? (await findings.get(r.findingId));
      if (finding && finding.verdict !== r.verdict) {
        if (addedFindings.has(r.findingId)) addedFindings.set(r.findingId, { ...finding, verdict: r.verdict });
        else await findings.put({ ...finding, verdict: r.verdict });
      }
    }
    for (const f of addedFindings.values()) await findings.put(f);
    for (const a of records.annotations) {
      if (await annotations.get(a.id)) {
        summary.annotations.unchanged++;
        continue;
      }
      await annotations.put(remap(a, (r) => (r.span ? [r.span] : []), (r, spans) => ({ ...r, span: spans[0] ?? null })));
      summary.annotations.added++;
    }
    for (const c of records.conversations) {
      const mine = addedExchanges.filter((e) => e.conversationRecordId === c.id);
      const stored = await conversations.get(c.id);
      if (!stored) {
        await conversations.put({ ...c, exchangeCount: mine.length });
        summary.conversations.added++;
      } else if (mine.length === 0) {
        summary.conversations.unchanged++;
      } else {
        const latest = mine.reduce((a, b) => (b.capturedAt > a.capturedAt ? b : a));
        await conversations.put({
          ...stored,
          exchangeCount: stored.exchangeCount + mine.length,
          firstCapturedAt: Math.min(stored.firstCapturedAt, ...mine.map((e) => e.capturedAt)),
          lastCapturedAt: Math.max(stored.lastCapturedAt, latest.capturedAt),
          model: latest.capturedAt >= stored.lastCapturedAt ? latest.model : stored.model,
        });
        summary.conversations.replaced++;
      }
    }
  };
  await Promise.all([run(), tx.done]);
  return summary;
}

/**
 * Imported turns are named t0, t1, ...; the same exchange already stored has the site's own turn ids.
 * Turns are matched by position and must have the same role and text, or their spans are dropped.
 */
function storedTurnIds(imported: ExchangeRecord, stored: ExchangeRecord): Map<string, string> {
  const ids = new Map<string, string>();
  imported.turns.forEach((t, i) => {
    const s = stored.turns[i];
    if (s && s.role === t.role && s.text === t.text) ids.set(t.id, s.id);
  });
  return ids;
}

/** Removes every record of every store (for "delete all data" and tests). */
export async function clearAllStores(db: SpecLensDb): Promise<void> {
  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  await Promise.all([...STORE_NAMES.map((s) => tx.objectStore(s).clear()), tx.done]);
}
