/** saveCapture: one transaction per exchange, idempotent by capture key, versions per slot, nothing lost on failure. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCaptureRecords } from '../../storage/capture-store';
import { openSpecLensDb } from '../../storage/db';
import { SpecLensStore } from '../../storage/store';
import { BOILERPLATE, capture, failNextWrite, freshIndexedDb, storeProto, withReply } from './helpers';

let store: SpecLensStore;
beforeEach(() => {
  freshIndexedDb();
  store = new SpecLensStore({ now: () => Date.UTC(2026, 10, 2) });
});
afterEach(() => store.close());

async function counts() {
  const db = await openSpecLensDb();
  const result = {
    exchanges: await db.count('exchanges'),
    findings: await db.count('findings'),
    conversations: await db.count('conversations'),
  };
  db.close();
  return result;
}

describe('saveCapture', () => {
  it('stores the exchange, its findings and its conversation', async () => {
    const input = capture();
    const saved = await store.saveCapture(input);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value).toMatchObject({ created: true, exchangeId: input.key, version: 1 });
    expect(saved.value.findings.length).toBe(input.result.findings.length);
    expect(saved.value.findings.map((f) => f.ruleId)).toContain('no-ai-boilerplate');

    const detail = await store.getExchange(input.key);
    if (!detail.ok) throw new Error(detail.error.message);
    const { exchange, conversation, findings } = detail.value;
    expect(exchange).toMatchObject({
      id: input.key,
      slot: input.key,
      site: 'chatgpt',
      model: 'gpt-test',
      conversationId: 'c-1',
      capturedAt: Date.parse('2026-11-01T10:00:00.000Z'),
      replyTurnId: 'a1',
      redacted: false,
      findingCount: findings.length,
    });
    expect(exchange.turns).toEqual(BOILERPLATE.turns);
    expect(exchange.signals).toMatchObject({ refusal: 'none', requestRisk: 'benign' });
    expect(conversation).toMatchObject({ id: 'chatgpt|c-1', exchangeCount: 1 });
    const boilerplate = findings.find((f) => f.ruleId === 'no-ai-boilerplate')!;
    expect(boilerplate).toMatchObject({ site: 'chatgpt', model: 'gpt-test', section: boilerplate.spec.section, verdict: 'unreviewed' });
    expect(boilerplate.evidence[0]!.quote).toBe('As an AI language model');
  });

  it('stores the same capture key once and reports it as not created', async () => {
    const input = capture();
    const first = await store.saveCapture(input);
    const second = await store.saveCapture(input);
    expect(second).toMatchObject({ ok: true, value: { created: false, exchangeId: input.key, version: 1 } });
    if (!first.ok || !second.ok) return;
    expect(second.value.findings.map((f) => f.id)).toEqual(first.value.findings.map((f) => f.id));
    expect(await counts()).toEqual({ exchanges: 1, findings: first.value.findings.length, conversations: 1 });
  });

  it('gives the same finding ids when the same exchange is analysed again in another store', async () => {
    const first = await store.saveCapture(capture());
    await store.close();
    freshIndexedDb();
    store = new SpecLensStore();
    const again = await store.saveCapture(capture());
    if (!first.ok || !again.ok) throw new Error('save failed');
    expect(again.value.findings.map((f) => f.id)).toEqual(first.value.findings.map((f) => f.id));
  });

  it('stores a regenerated reply as the next version of its slot, keeping the first', async () => {
    const slot = 'chatgpt|c-1|1';
    const v1 = capture(BOILERPLATE, 'chatgpt|id:a1|h1', slot);
    const v2 = capture(withReply(BOILERPLATE, 'Dune by Frank Herbert is a classic.'), 'chatgpt|id:a1|h2', slot);
    expect((await store.saveCapture(v1)).ok).toBe(true);
    const saved = await store.saveCapture(v2);
    expect(saved).toMatchObject({ ok: true, value: { created: true, version: 2 } });
    const detail = await store.getExchange(v2.key);
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.versions.map((v) => [v.id, v.version])).toEqual([
      [v1.key, 1],
      [v2.key, 2],
    ]);
    expect(detail.value.conversation!.exchangeCount).toBe(2);
    // re-sending version 1 after version 2 (a reload) is still one record
    expect(await store.saveCapture(v1)).toMatchObject({ ok: true, value: { created: false, version: 1 } });
    expect((await counts()).exchanges).toBe(2);
  });

  it('keeps only the turns up to the judged reply', async () => {
    const exchange = { ...BOILERPLATE, turns: [...BOILERPLATE.turns, { id: 'u2', role: 'user' as const, text: 'thanks' }] };
    const records = buildCaptureRecords(capture(exchange), 1, { redact: false, now: 1 });
    expect(records.exchange.turns.map((t) => t.id)).toEqual(['u1', 'a1']);
    expect(records.exchange.replyTurnId).toBe('a1');
  });

  it('uses the time of storage when the capture has no valid time', async () => {
    const records = buildCaptureRecords(capture({ ...BOILERPLATE, capturedAt: 'yesterday' }), 1, { redact: false, now: 1234 });
    expect(records.exchange.capturedAt).toBe(1234);
  });

  it('refuses a capture without a key or without a reply, and stores nothing', async () => {
    expect(await store.saveCapture({ ...capture(), key: '' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const noReply = { ...capture(), exchange: { ...BOILERPLATE, turns: [BOILERPLATE.turns[0]!] } };
    expect(await store.saveCapture(noReply)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await counts()).toEqual({ exchanges: 0, findings: 0, conversations: 0 });
  });
});

describe('failed writes', () => {
  it('a quota error on a finding write stores nothing of that exchange and keeps earlier ones', async () => {
    const earlier = capture(withReply(BOILERPLATE, 'As an AI language model, I cannot browse.'), 'chatgpt|id:a0|h0');
    expect((await store.saveCapture(earlier)).ok).toBe(true);
    const before = await counts();

    const undo = failNextWrite('findings');
    let failed;
    try {
      failed = await store.saveCapture(capture());
    } finally {
      undo();
    }
    expect(failed).toMatchObject({ ok: false, error: { kind: 'quota' } });
    if (failed.ok) return;
    expect(failed.error.message).toMatch(/storage for SpecLens is full/);
    expect(failed.error.message).toMatch(/Nothing that was already stored has been lost/);
    expect(await counts()).toEqual(before);
    const earlierDetail = await store.getExchange(earlier.key);
    expect(earlierDetail.ok && earlierDetail.value.findings.length).toBe(before.findings);

    // the failure is kept for the UI and logged as a health event
    const health = await store.healthOverview();
    if (!health.ok) throw new Error(health.error.message);
    expect(health.value.lastStorageError).toMatchObject({ kind: 'quota' });
    expect(health.value.events[0]).toMatchObject({ kind: 'storage-error', site: 'speclens' });

    // and the same capture, sent again once there is room, is stored in full
    const retried = await store.saveCapture(capture());
    expect(retried).toMatchObject({ ok: true, value: { created: true } });
    expect((await counts()).exchanges).toBe(before.exchanges + 1);
    // a write that succeeds ends the warning the pages show
    const after = await store.healthOverview();
    expect(after.ok && after.value.lastStorageError).toBeNull();
  });

  it('a failed conversation write rolls back the exchange and findings already queued', async () => {
    const undo = failNextWrite('conversations', new DOMException('boom', 'UnknownError'));
    let failed;
    try {
      failed = await store.saveCapture(capture());
    } finally {
      undo();
    }
    expect(failed).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(await counts()).toEqual({ exchanges: 0, findings: 0, conversations: 0 });
  });

  it('a transaction aborted from inside (not by a throw) is reported and rolled back', async () => {
    const proto = storeProto();
    const realPut = proto.put;
    proto.put = function (this: IDBObjectStore, value, key) {
      const req = realPut.call(this, value, key);
      if (this.name === 'conversations') this.transaction.abort();
      return req;
    };
    let failed;
    try {
      failed = await store.saveCapture(capture());
    } finally {
      proto.put = realPut;
    }
    expect(failed).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(await counts()).toEqual({ exchanges: 0, findings: 0, conversations: 0 });
  });
});
