import { describe, expect, it } from 'vitest';
import { backupFile, type StoreRecords } from '../../exporters/backup';
import { planExport } from '../../exporters/export';
import { addScenarioRecords, clearAllStores, readStoreRecords, restoreRecords } from '../../exporters/idb-store';
import { readImportFile } from '../../exporters/import-file';
import { openSpecLensDb, type SpecLensDb } from '../../storage/db';
import { STORE_NAMES } from '../../storage/records';
import { specExampleRecords } from './fixture-records';
import { ALL_VERDICTS, FIXED_NOW, fileText } from './helpers';

let dbCount = 0;
const openFresh = () => openSpecLensDb({ name: `speclens-export-test-${++dbCount}` });
const FORMATS = ['jsonl', 'inspect', 'promptfoo', 'openai-evals', 'csv', 'markdown'] as const;

const backupText = async (db: SpecLensDb) => fileText(backupFile(await readStoreRecords(db), FIXED_NOW));
const exportTexts = async (db: SpecLensDb) => {
  const plan = planExport(await readStoreRecords(db), { formats: [...FORMATS], filter: ALL_VERDICTS, now: FIXED_NOW });
  return Object.fromEntries(plan.files.map((f) => [f.path, fileText(f)]));
};
const counts = (records: StoreRecords) => Object.fromEntries(STORE_NAMES.map((s) => [s, records[s].length]));

/**
 * The fixture without the few Model Spec examples that have no user message before the reply: those
 * cannot become scenarios, so the first export's README counts them as skipped and the second cannot.
 */
function exportableRecords(): StoreRecords {
  const records = specExampleRecords();
  const gone = new Set(records.exchanges.filter((e) => !e.turns.some((t) => t.role === 'user')).map((e) => e.id));
  const findings = records.findings.filter((f) => !gone.has(f.exchangeId));
  const kept = new Set(findings.map((f) => f.id));
  return {
    ...records,
    findings,
    reviews: records.reviews.filter((r) => kept.has(r.findingId)),
    annotations: records.annotations.filter((a) => !gone.has(a.exchangeId)),
  };
}

async function seeded(): Promise<SpecLensDb> {
  const db = await openFresh();
  await restoreRecords(db, exportableRecords());
  return db;
}

// fake-indexeddb is slow; a real browser writes these few hundred records in milliseconds.
describe('backup and restore', { timeout: 60_000 }, () => {
  it('backup, wipe, restore, backup gives the identical file; restoring twice adds nothing', async () => {
    const db = await seeded();
    const first = await backupText(db);
    await clearAllStores(db);
    expect(counts(await readStoreRecords(db))).toEqual(Object.fromEntries(STORE_NAMES.map((s) => [s, 0])));

    const parsed = await readImportFile(() => [first]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.kind).toBe('backup');
    if (parsed.kind !== 'backup') return;
    const restored = await restoreRecords(db, parsed.records);
    expect(restored.findings.added).toBe(parsed.records.findings.length);
    expect(await backupText(db)).toBe(first);

    const again = await restoreRecords(db, parsed.records);
    for (const store of STORE_NAMES) expect(again[store]).toEqual({ added: 0, replaced: 0, unchanged: parsed.records[store].length });
    expect(await backupText(db)).toBe(first);
    db.close();
  });

  it('a backup with one bad line restores nothing and names the line', async () => {
    const db = await seeded();
    const text = await backupText(db);
    await clearAllStores(db);
    const lines = text.split('\n');
    lines[5] = lines[5]!.replace('"site":"', '"site":7,"x":"');
    const parsed = await readImportFile(() => [lines.join('\n')]);
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.every((p) => p.line === 6)).toBe(true);
    expect(parsed.kind === 'backup' && counts(parsed.records)).toEqual(Object.fromEntries(STORE_NAMES.map((s) => [s, 0])));
    expect(counts(await readStoreRecords(db)).exchanges).toBe(0);
    db.close();
  });
});

describe('scenario import', { timeout: 60_000 }, () => {
  it('export, wipe, import, export gives identical files in every format', async () => {
    const db = await seeded();
    const before = await exportTexts(db);
    await clearAllStores(db);
    const parsed = await readImportFile(() => [before['scenarios.jsonl']!], FIXED_NOW.getTime());
    expect(parsed.problems).toEqual([]);
    expect(parsed.kind).toBe('scenarios');
    if (parsed.kind !== 'scenarios' || !parsed.records) return;
    const summary = await addScenarioRecords(db, parsed.records);
    expect(summary.findings.added + summary.annotations.added).toBe(parsed.scenarios.length);
    const after = await exportTexts(db);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const path of Object.keys(before)) expect({ path, text: after[path] }).toEqual({ path, text: before[path] });
    db.close();
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const db = await seeded();
    const text = (await exportTexts(db))['scenarios.jsonl']!;
    await clearAllStores(db);
    const parsed = await readImportFile(() => [text]);
    if (parsed.kind !== 'scenarios' || !parsed.records) throw new Error('expected scenarios');
    await addScenarioRecords(db, parsed.records);
    const once = await backupText(db);
    const second = await addScenarioRecords(db, parsed.records);
    for (const store of STORE_NAMES) expect(second[store].added).toBe(0);
    expect(await backupText(db)).toBe(once);
    db.close();
  });

  it('scenarios of a database import into it without changing a record', async () => {
    const db = await seeded();
    const before = await backupText(db);
    const text = (await exportTexts(db))['scenarios.jsonl']!;
    const parsed = await readImportFile(() => [text]);
    if (parsed.kind !== 'scenarios' || !parsed.records) throw new Error('expected scenarios');
    const summary = await addScenarioRecords(db, parsed.records);
    for (const store of STORE_NAMES) expect(summary[store].added).toBe(0);
    expect(await backupText(db)).toBe(before);
    db.close();
  });

  it('adding a reviewed finding to a stored exchange keeps counts and the verdict copy consistent', async () => {
    const db = await seeded();
    const all = await readStoreRecords(db);
    const finding = all.findings.find((f) => all.reviews.some((r) => r.findingId === f.id))!;
    const text = (await exportTexts(db))['scenarios.jsonl']!.split('\n').find((l) => l.includes(`"id":"${finding.id}"`))!;
    const tx = db.transaction(['findings', 'reviews'], 'readwrite');
    await tx.objectStore('findings').delete(finding.id);
    await tx.objectStore('reviews').delete(finding.id);
    await tx.done;
    const exchangeBefore = (await db.get('exchanges', finding.exchangeId))!;
    await db.put('exchanges', { ...exchangeBefore, findingCount: exchangeBefore.findingCount - 1 });

    const parsed = await readImportFile(() => [text]);
    if (parsed.kind !== 'scenarios' || !parsed.records) throw new Error('expected scenarios');
    const summary = await addScenarioRecords(db, parsed.records);
    expect(summary.findings.added).toBe(1);
    expect(summary.reviews.added).toBe(1);
    expect((await db.get('findings', finding.id))!.verdict).toBe(finding.verdict);
    expect((await db.get('exchanges', finding.exchangeId))!.findingCount).toBe(exchangeBefore.findingCount);
    // The stored exchange names its turns its own way; the finding's evidence points at them again.
    expect((await db.get('findings', finding.id))!.evidence).toEqual(finding.evidence);
    expect((await exportTexts(db))['scenarios.jsonl']!.split('\n')).toContain(text);
    db.close();
  });
});
