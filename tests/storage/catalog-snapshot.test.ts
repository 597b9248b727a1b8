/** The stored findings catalog: packed base + change log, loaded without reading every finding, never stale. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../storage/catalog-snapshot';
import { openSpecLensDb } from '../../storage/db';
import { FindingCatalog, rowOf } from '../../storage/finding-catalog';
import { SpecLensStore } from '../../storage/store';
import { BOILERPLATE, capture, freshIndexedDb, withReply } from './helpers';
import { syntheticFindings } from './synthetic';

type GetAll = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
const storeProto = () => (globalThis as unknown as { IDBObjectStore: { prototype: { getAll: GetAll } } }).IDBObjectStore.prototype;

/** Counts getAll calls on the findings store while `run` runs. */
async function findingsGetAllCalls(run: () => Promise<unknown>): Promise<number> {
  const proto = storeProto();
  const real = proto.getAll;
  let calls = 0;
  proto.getAll = function (this: IDBObjectStore, ...args: unknown[]) {
    if (this.name === 'findings') calls++;
    return real.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.getAll = real;
  }
  return calls;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function count(store: 'catalog' | 'catalog-ops' | 'findings') {
  const db = await openSpecLensDb();
  const n = await db.count(store);
  db.close();
  return n;
}

const stores: SpecLensStore[] = [];
function newStore() {
  const s = new SpecLensStore({ now: () => Date.UTC(2026, 10, 30) });
  stores.push(s);
  return s;
}

beforeEach(() => {
  freshIndexedDb();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

describe('packRows', () => {
  it('round-trips every field, including unknown models and every verdict', () => {
    const rows = syntheticFindings(500).map(rowOf);
    const packed = packRows(rows);
    expect(packed.dictionaries.site).toHaveLength(4);
    expect(unpackRows(structuredClone(packed))).toEqual(rows);
  });

  it('refuses what it cannot read', () => {
    expect(unpackRows(undefined)).toBeNull();
    expect(unpackRows({ format: 99 })).toBeNull();
    expect(unpackRows({ ...packRows([]), count: 3 })).toBeNull();
  });
});

describe('the stored catalog', () => {
  /** Captures, a review and a purge made by a background that never loaded the catalog. */
  async function writeWithoutLoading() {
    const writer = newStore();
    const old = { ...BOILERPLATE, capturedAt: '2020-01-01T00:00:00.000Z' };
    value(await writer.saveCapture(capture(old, 'old')));
    const a = value(await writer.saveCapture(capture(withReply(BOILERPLATE, 'As an AI language model, I recommend Dune.'), 'a')));
    value(await writer.saveCapture(capture(withReply(BOILERPLATE, 'As an AI language model, try Hyperion.'), 'b')));
    value(await writer.setReviews([{ findingId: a.findings[0]!.id, verdict: 'confirmed' }]));
    value(await writer.purgeOlderThan(365));
    return a.findings[0]!.id;
  }

  it('logs every change in the transaction that makes it, and a later load replays the log', async () => {
    const confirmed = await writeWithoutLoading();
    expect(await count('catalog-ops')).toBe(5);
    const reader = newStore();
    const page = value(await reader.listFindings({ limit: 500 }));
    const db = await openSpecLensDb();
    const reference = FindingCatalog.fromRecords(await db.getAll('findings')).query({ limit: 500 });
    db.close();
    expect(page.findings.map((f) => f.id)).toEqual(reference.rows.map((r) => r.id));
    expect(page.findings.every((f) => f.exchangeId !== 'old')).toBe(true);
    expect(value(await reader.listFindings({ verdicts: ['confirmed'] })).findings.map((f) => f.id)).toEqual([confirmed]);
  });

  it('folds the log into a packed base, which the next start reads instead of every finding', async () => {
    await writeWithoutLoading();
    const first = newStore();
    value(await first.warmUp());
    expect(await first.compactCatalogNow()).toBe(true);
    expect(await count('catalog')).toBe(1);
    expect(await count('catalog-ops')).toBe(0);

    const restarted = newStore();
    let total = 0;
    const calls = await findingsGetAllCalls(async () => {
      total = value(await restarted.listFindings({})).total;
    });
    expect(calls).toBe(0);
    expect(total).toBe(await count('findings'));
  });

  it('keeps base and log equal to the findings when a write fails', async () => {
    value(await newStore().saveCapture(capture()));
    const opsBefore = await count('catalog-ops');
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { add: (v: unknown, k?: unknown) => IDBRequest } } }).IDBObjectStore.prototype;
    const realAdd = proto.add;
    proto.add = function (this: IDBObjectStore, v: unknown, k?: unknown) {
      if (this.name === 'catalog-ops') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.call(this, v, k as IDBValidKey);
    };
    let failed;
    try {
      failed = await newStore().saveCapture(capture(withReply(BOILERPLATE, 'As an AI language model, no.'), 'other'));
    } finally {
      proto.add = realAdd;
    }
    expect(failed).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(await count('catalog-ops')).toBe(opsBefore);
    const page = value(await newStore().listFindings({}));
    expect(page.total).toBe(await count('findings'));
  });

  it('notices findings written behind the store after answering, and reads them all', async () => {
    const s = newStore();
    value(await s.saveCapture(capture()));
    value(await s.warmUp());
    await s.compactCatalogNow();
    const db = await openSpecLensDb();
    await db.put('findings', syntheticFindings(1)[0]!);
    db.close();
    const restarted = newStore();
    const calls = await findingsGetAllCalls(async () => {
      // The first answer comes from the stored catalog; the check that follows finds it short by one.
      expect(value(await restarted.listFindings({})).findings.map((f) => f.id)).not.toContain('f-0');
      expect(await restarted.verifyCatalogNow()).toBe(true);
      expect(value(await restarted.listFindings({})).findings.map((f) => f.id)).toContain('f-0');
    });
    expect(calls).toBe(1);
    expect(await restarted.verifyCatalogNow()).toBe(false);
  });

  it('drops the stored catalog after an external write (a restore that changed verdicts)', async () => {
    const s = newStore();
    const saved = value(await s.saveCapture(capture()));
    value(await s.warmUp());
    await s.compactCatalogNow();
    const db = await openSpecLensDb();
    const f = (await db.get('findings', saved.findings[0]!.id))!;
    await db.put('findings', { ...f, verdict: 'dismissed' });
    db.close();
    value(await s.afterExternalWrite());
    expect(await count('catalog')).toBe(0);
    expect(value(await s.listFindings({ verdicts: ['dismissed'] })).findings.map((x) => x.id)).toEqual([f.id]);
  });

  it('is emptied with everything else', async () => {
    const s = newStore();
    value(await s.saveCapture(capture()));
    value(await s.warmUp());
    await s.compactCatalogNow();
    value(await s.deleteEverything());
    expect([await count('catalog'), await count('catalog-ops')]).toEqual([0, 0]);
    expect(value(await newStore().listFindings({})).total).toBe(0);
  });
});
