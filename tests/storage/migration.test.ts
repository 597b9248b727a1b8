/** Opening a database written by schema v1 with the current code upgrades it without losing anything. */
import { beforeEach, describe, expect, it } from 'vitest';
import { openSpecLensDb } from '../../storage/db';
import { DB_NAME, DB_VERSION, type FindingRecord } from '../../storage/records';
import { freshIndexedDb, syntheticFindings } from './helpers';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/** A v1 finding: everything but the `verdict` field v2 added. */
function v1Finding(f: FindingRecord): Omit<FindingRecord, 'verdict'> {
  const { verdict: _dropped, ...rest } = f;
  return rest;
}

/** Writes the v1 schema and records with raw IndexedDB, the way the v1 extension did. */
async function writeV1Database(findings: FindingRecord[], reviews: { findingId: string; exchangeId: string; verdict: string; note: string; reviewedAt: number }[]) {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
    conversations.createIndex('by-site', 'site');
    conversations.createIndex('by-last-captured', 'lastCapturedAt');
    const exchanges = db.createObjectStore('exchanges', { keyPath: 'id' });
    exchanges.createIndex('by-slot', 'slot');
    exchanges.createIndex('by-captured', 'capturedAt');
    exchanges.createIndex('by-conversation', 'conversationRecordId');
    const f = db.createObjectStore('findings', { keyPath: 'id' });
    for (const [name, path] of [['by-exchange', 'exchangeId'], ['by-captured', 'capturedAt'], ['by-rule', 'ruleId'], ['by-section', 'section'], ['by-site', 'site']]) {
      f.createIndex(name!, path!);
    }
    db.createObjectStore('reviews', { keyPath: 'findingId' }).createIndex('by-exchange', 'exchangeId');
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('by-exchange', 'exchangeId');
    annotations.createIndex('by-created', 'createdAt');
    db.createObjectStore('health', { keyPath: 'id' }).createIndex('by-at', 'at');
    db.createObjectStore('settings', { keyPath: 'id' });
  };
  const db = await request(open);
  const tx = db.transaction(['findings', 'reviews', 'health', 'settings'], 'readwrite');
  for (const f of findings) tx.objectStore('findings').put(v1Finding(f));
  for (const r of reviews) tx.objectStore('reviews').put(r);
  tx.objectStore('health').put({ id: 'h1', site: 'claude', url: null, kind: 'no-turns', message: 'no turns', missingSelectors: ['turn'], at: 5 });
  tx.objectStore('health').put({ id: 'h2', site: 'claude', url: null, kind: 'no-turns', message: 'later', missingSelectors: [], at: 9 });
  tx.objectStore('health').put({ id: 'h3', site: 'gemini', url: null, kind: 'reply-never-finished', message: 'stuck', missingSelectors: [], at: 7 });
  tx.objectStore('settings').put({ id: 'settings', retentionDays: 30, redactPersonalData: true, updatedAt: 1 });
  await done(tx);
  db.close();
}

beforeEach(() => {
  freshIndexedDb();
});

describe('schema upgrade v1 -> v2', () => {
  const findings = syntheticFindings(12);
  const reviews = [
    { findingId: 'f-1', exchangeId: findings[1]!.exchangeId, verdict: 'confirmed', note: 'clear case', reviewedAt: 100 },
    { findingId: 'f-4', exchangeId: findings[4]!.exchangeId, verdict: 'dismissed', note: '', reviewedAt: 101 },
  ];

  it('copies verdicts from reviews onto findings and indexes them', async () => {
    await writeV1Database(findings, reviews);
    const db = await openSpecLensDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('findings')).toBe(12);
    expect((await db.get('findings', 'f-1'))!.verdict).toBe('confirmed');
    expect((await db.get('findings', 'f-4'))!.verdict).toBe('dismissed');
    expect((await db.get('findings', 'f-0'))!.verdict).toBe('unreviewed');
    expect((await db.getAllKeysFromIndex('findings', 'by-verdict', 'confirmed'))).toEqual(['f-1']);
    expect(await db.countFromIndex('findings', 'by-verdict', 'unreviewed')).toBe(10);
    // everything else is untouched
    expect(await db.get('findings', 'f-3')).toEqual({ ...findings[3], verdict: 'unreviewed' });
    expect(await db.get('reviews', 'f-1')).toEqual(reviews[0]);
    expect(await db.get('settings', 'settings')).toMatchObject({ retentionDays: 30, redactPersonalData: true });
    db.close();
  });

  it('adds the [site, at] health index over the existing events', async () => {
    await writeV1Database(findings, reviews);
    const db = await openSpecLensDb();
    const claude = await db.getAllFromIndex('health', 'by-site-at', IDBKeyRange.bound(['claude', -Infinity], ['claude', Infinity]));
    expect(claude.map((e) => e.id)).toEqual(['h1', 'h2']);
    db.close();
  });

  it('leaves the v1 database as it was when the upgrade fails half-way', async () => {
    await writeV1Database(findings, reviews);
    const cursorProto = Object.getPrototypeOf((globalThis as unknown as { IDBCursorWithValue: { prototype: object } }).IDBCursorWithValue.prototype) as {
      update: (value: unknown) => IDBRequest;
    };
    const realUpdate = cursorProto.update;
    let calls = 0;
    cursorProto.update = function (this: IDBCursor, value: unknown) {
      if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realUpdate.call(this, value);
    };
    try {
      await expect(openSpecLensDb()).rejects.toThrow();
    } finally {
      cursorProto.update = realUpdate;
    }
    const raw = await request(indexedDB.open(DB_NAME));
    expect(raw.version).toBe(1);
    expect([...raw.transaction('findings').objectStore('findings').indexNames]).not.toContain('by-verdict');
    const stored = await request(raw.transaction('findings').objectStore('findings').getAll());
    expect(stored).toHaveLength(12);
    expect(stored.every((f) => !('verdict' in f))).toBe(true);
    raw.close();
    // and the next open, without the fault, upgrades it
    const db = await openSpecLensDb();
    expect((await db.get('findings', 'f-1'))!.verdict).toBe('confirmed');
    db.close();
  });

  it('creates an empty current database from nothing', async () => {
    const db = await openSpecLensDb();
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'catalog', 'catalog-ops', 'conversations', 'exchanges', 'findings', 'health', 'reviews', 'settings']);
    expect([...db.transaction('findings').store.indexNames]).toContain('by-verdict');
    db.close();
  });
});
