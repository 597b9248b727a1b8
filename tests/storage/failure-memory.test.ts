/** The latest failed write outlives the service worker: kept in storage.local, recalled by the next worker's store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FAILURE_KEY, parseNotedFailure, storageAreaFailureMemory, type FailureMemory } from '../../storage/failure-memory';
import { SpecLensStore } from '../../storage/store';
import { capture, failNextWrite, freshIndexedDb } from './helpers';

const QUOTA = { kind: 'quota', message: 'Could not save: full.', reason: 'full.', detail: 'QuotaExceededError', at: 1_700_000_000_000 };

describe('parseNotedFailure', () => {
  it('reads a stored failure and rejects anything malformed', () => {
    expect(parseNotedFailure(QUOTA)).toEqual(QUOTA);
    expect(parseNotedFailure(null)).toBeNull();
    expect(parseNotedFailure({ ...QUOTA, kind: 'disk-on-fire' })).toBeNull();
    expect(parseNotedFailure({ ...QUOTA, at: 'yesterday' })).toBeNull();
    expect(parseNotedFailure({ ...QUOTA, message: 42 })).toBeNull();
  });
});

describe('storageAreaFailureMemory', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, loads and forgets the failure in storage.local', async () => {
    const memory = storageAreaFailureMemory(fakeBrowser.storage.local);
    expect(await memory.load()).toBeNull();
    await memory.save(QUOTA as Parameters<FailureMemory['save']>[0]);
    expect(await memory.load()).toEqual(QUOTA);
    await memory.save(null);
    expect(await fakeBrowser.storage.local.get(FAILURE_KEY)).toEqual({});
  });

  it('never throws: a failing area loads as no failure and saves nothing', async () => {
    const broken = { get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('full')), remove: () => Promise.reject(new Error('gone')) };
    const memory = storageAreaFailureMemory(broken);
    await expect(memory.load()).resolves.toBeNull();
    await expect(memory.save(QUOTA as Parameters<FailureMemory['save']>[0])).resolves.toBeUndefined();
  });
});

describe('a store with a failure memory', () => {
  let stores: SpecLensStore[] = [];
  const newStore = () => {
    const store = new SpecLensStore({ now: () => Date.UTC(2026, 10, 2), failureMemory: storageAreaFailureMemory(fakeBrowser.storage.local) });
    stores.push(store);
    return store;
  };
  beforeEach(() => {
    fakeBrowser.reset();
    freshIndexedDb();
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    stores = [];
  });

  it('a full disk seen by one worker is still reported by the next one, until a write succeeds', async () => {
    const first = newStore();
    const undo = failNextWrite('findings');
    try {
      expect(await first.saveCapture(capture())).toMatchObject({ ok: false, error: { kind: 'quota' } });
    } finally {
      undo();
    }
    await first.close();

    // The worker restarted: a new store, the same storage.local.
    const second = newStore();
    const health = await second.healthOverview();
    expect(health.ok && health.value.lastStorageError).toMatchObject({ kind: 'quota', at: Date.UTC(2026, 10, 2) });

    expect((await second.saveCapture(capture())).ok).toBe(true);
    const after = await second.healthOverview();
    expect(after.ok && after.value.lastStorageError).toBeNull();
    expect(await fakeBrowser.storage.local.get(FAILURE_KEY)).toEqual({});
    // And a third worker has nothing to recall.
    const third = await newStore().healthOverview();
    expect(third.ok && third.value.lastStorageError).toBeNull();
  });
});
