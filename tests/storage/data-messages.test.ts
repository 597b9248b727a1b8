/** The background's data API end to end in fakeBrowser: captures land in IndexedDB, pages read and change them. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaptureEvent } from '../../capture/types';
import background from '../../entrypoints/background';
import { CAPTURE_MESSAGE, CAPTURES_QUERY, HEALTH_MESSAGE, type CaptureResponse, type CapturesResponse } from '../../messaging/capture-protocol';
import { DATA_MESSAGES, DELETE_ALL_CONFIRMATION, type DataResponse, type DataType } from '../../messaging/data-protocol';
import { ENGINE_CONFIG_KEY } from '../../messaging/engine-config-store';
import { findingRecordIds } from '../../storage/finding-id';
import { freshIndexedDb } from './helpers';

const EXTENSION_PAGE = { url: fakeBrowser.runtime.getURL('/dashboard.html') };
const CONTENT_SCRIPT = { url: 'https://chatgpt.com/c/abc', tab: { id: 4 } };

function captureEvent(n: number, reply = `As an AI language model, I do not read books, but readers love Dune (${n}).`): CaptureEvent {
  return {
    key: `chatgpt|id:m-${n}|h`,
    slot: `chatgpt|c:abc|${n}`,
    version: 1,
    origin: 'live',
    exchange: {
      site: 'chatgpt',
      conversationId: 'abc',
      model: 'gpt-test',
      url: 'https://chatgpt.com/c/abc',
      capturedAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
      turns: [
        { id: `u-${n}`, role: 'user', text: 'Recommend a good sci-fi book.' },
        { id: `m-${n}`, role: 'assistant', text: reply },
      ],
    },
  };
}

async function send<T>(message: unknown, sender: object = EXTENSION_PAGE): Promise<T> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return results.find((r: unknown) => r !== undefined) as T;
}

async function data<T extends DataType>(type: T, body: object = {}, sender: object = EXTENSION_PAGE): Promise<DataResponse<T>> {
  return send<DataResponse<T>>({ type, ...body }, sender);
}

function valueOf<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Starts the background as a (re)started service worker does: fresh listeners, same database. */
function startBackground() {
  fakeBrowser.reset();
  const event = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  Object.assign(fakeBrowser.permissions, { onAdded: event, onRemoved: event, contains: async () => false });
  Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {} });
  background.main();
}

beforeEach(() => {
  freshIndexedDb();
  startBackground();
});

describe('captures reach IndexedDB', () => {
  it('stores a capture once and lists its findings to the dashboard', async () => {
    const first = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: captureEvent(1) }, CONTENT_SCRIPT);
    expect(first).toMatchObject({ ok: true, created: true, version: 1 });
    expect(await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: captureEvent(1) }, CONTENT_SCRIPT)).toMatchObject({ ok: true, created: false });

    const page = valueOf(await data(DATA_MESSAGES.listFindings, { query: {} }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.findings.every((f) => f.exchangeId === 'chatgpt|id:m-1|h')).toBe(true);
    // the content script can name the stored findings from its own capture response
    if (!first.ok) return;
    expect(page.findings.map((f) => f.id).sort()).toEqual(findingRecordIds('chatgpt|id:m-1|h', first.result.findings).sort());

    const detail = valueOf(await data(DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-1|h' }));
    expect(detail.exchange.turns.at(-1)!.text).toBe(captureEvent(1).exchange.turns[1]!.text);
    expect(detail.exchange.ruleConfigHash).toMatch(/^[0-9a-f]{32}$/);

    const session = await send<CapturesResponse>({ type: CAPTURES_QUERY });
    expect(session.ok && session.captures.map((c) => [c.key, c.version])).toEqual([['chatgpt|id:m-1|h', 1]]);
  });

  it('hashes the engine configuration the findings were made with', async () => {
    await send({ type: CAPTURE_MESSAGE, capture: captureEvent(1) }, CONTENT_SCRIPT);
    await fakeBrowser.storage.local.set({ [ENGINE_CONFIG_KEY]: { rules: { 'no-ai-boilerplate': { severity: 'critical' } } } });
    await send({ type: CAPTURE_MESSAGE, capture: captureEvent(2) }, CONTENT_SCRIPT);
    const a = valueOf(await data(DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-1|h' }));
    const b = valueOf(await data(DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-2|h' }));
    expect(a.exchange.ruleConfigHash).not.toBe(b.exchange.ruleConfigHash);
  });

  it('stores health events from the content script', async () => {
    const event = { kind: 'no-turns', site: 'claude', url: 'https://claude.ai/chat/1', missingSelectors: ['assistant turn'], detail: 'No turns.', at: '2026-11-01T10:00:00.000Z' };
    expect(await send({ type: HEALTH_MESSAGE, event }, CONTENT_SCRIPT)).toEqual({ ok: true });
    const health = valueOf(await data(DATA_MESSAGES.health));
    expect(health.latestPerSite).toMatchObject([{ site: 'claude', kind: 'no-turns', message: 'No turns.', missingSelectors: ['assistant turn'], at: Date.parse(event.at) }]);
  });

  it('tells the content script when the disk is full, keeps what was stored readable, and clears the warning after the next good write', async () => {
    await send({ type: CAPTURE_MESSAGE, capture: captureEvent(1) }, CONTENT_SCRIPT);
    const storedBefore = valueOf(await data(DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-1|h' }));
    const listedBefore = valueOf(await data(DATA_MESSAGES.listFindings, { query: {} }));
    expect(listedBefore.total).toBeGreaterThan(0);
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { add: (v: unknown) => IDBRequest } } }).IDBObjectStore.prototype;
    const realAdd = proto.add;
    proto.add = function (this: IDBObjectStore, v: unknown) {
      if (this.name === 'exchanges') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.call(this, v);
    };
    let response: CaptureResponse;
    try {
      response = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: captureEvent(2) }, CONTENT_SCRIPT);
    } finally {
      proto.add = realAdd;
    }
    expect(response).toMatchObject({
      ok: false,
      error:
        "Could not store the capture: the browser's storage for SpecLens is full. Nothing that was already stored has been lost. Delete old data in the options (retention) or free disk space.",
      unsaved: { kind: 'quota' },
    });
    // the page still gets the analysis, so it can show the findings marked as not saved
    if (response.ok || !response.unsaved) throw new Error('expected the unsaved analysis');
    expect(response.unsaved.result.findings.length).toBeGreaterThan(0);

    const health = valueOf(await data(DATA_MESSAGES.health));
    expect(health.lastStorageError).toMatchObject({ kind: 'quota', at: expect.any(Number) });
    // what was stored before the failure is intact and readable, and nothing of the failed capture was kept
    expect(valueOf(await data(DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-1|h' }))).toEqual(storedBefore);
    expect(await data(DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-2|h' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const listedAfter = valueOf(await data(DATA_MESSAGES.listFindings, { query: {} }));
    expect(listedAfter.total).toBe(listedBefore.total);
    expect(listedAfter.findings).toEqual(listedBefore.findings);

    // once there is room again, the next write succeeds and the pages stop warning
    expect(await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: captureEvent(2) }, CONTENT_SCRIPT)).toMatchObject({ ok: true, created: true });
    expect(valueOf(await data(DATA_MESSAGES.health)).lastStorageError).toBeNull();
  });
});

describe('data requests', () => {
  beforeEach(async () => {
    for (const n of [1, 2, 3]) await send({ type: CAPTURE_MESSAGE, capture: captureEvent(n) }, CONTENT_SCRIPT);
  });

  it('reviews one finding from the chat page and all matching ones from the dashboard', async () => {
    const page = valueOf(await data(DATA_MESSAGES.listFindings, { query: { limit: 1 } }));
    const one = page.findings[0]!.id;
    const reviewed = await data(DATA_MESSAGES.setReviews, { changes: [{ findingId: one, verdict: 'confirmed', note: 'yes' }] }, CONTENT_SCRIPT);
    expect(valueOf(reviewed).updated).toEqual([{ findingId: one, verdict: 'confirmed' }]);

    const bulk = valueOf(await data(DATA_MESSAGES.setVerdictForMatching, { filters: { verdicts: ['unreviewed'] }, verdict: 'dismissed' }));
    expect(bulk.updated.length).toBe(page.total - 1);
    const stats = valueOf(await data(DATA_MESSAGES.stats));
    expect(stats.total.verdicts).toMatchObject({ confirmed: 1, dismissed: page.total - 1, unreviewed: 0 });
  });

  it('adds and deletes an annotation', async () => {
    const added = valueOf(
      await data(DATA_MESSAGES.addAnnotation, { annotation: { exchangeId: 'chatgpt|id:m-2|h', span: { turnId: 'm-2', start: 0, end: 5 }, specAnchor: 'avoid_sycophancy', note: 'x' } }, CONTENT_SCRIPT),
    );
    expect(added.span!.quote).toBe('As an');
    expect(valueOf(await data(DATA_MESSAGES.deleteAnnotation, { id: added.id }))).toBe(true);
  });

  it('reads and changes the settings, purges and deletes everything', async () => {
    expect(valueOf(await data(DATA_MESSAGES.getSettings))).toMatchObject({ retentionDays: null, redactPersonalData: false });
    expect(valueOf(await data(DATA_MESSAGES.updateSettings, { patch: { redactPersonalData: true } }))).toMatchObject({ redactPersonalData: true });
    expect(valueOf(await data(DATA_MESSAGES.purge, { olderThanDays: 36_500 }))).toMatchObject({ exchanges: 0 });
    expect(valueOf(await data(DATA_MESSAGES.purge, { olderThanDays: 0 }))).toMatchObject({ exchanges: 3 });
    await send({ type: CAPTURE_MESSAGE, capture: captureEvent(9) }, CONTENT_SCRIPT);
    expect(await data(DATA_MESSAGES.deleteAll, { confirm: DELETE_ALL_CONFIRMATION })).toEqual({ ok: true, value: null });
    expect(valueOf(await data(DATA_MESSAGES.listFindings, { query: {} })).total).toBe(0);
  });

  it('answers reads and deletions only to extension pages', async () => {
    for (const [type, body] of [
      [DATA_MESSAGES.listFindings, { query: {} }],
      [DATA_MESSAGES.getExchange, { exchangeId: 'chatgpt|id:m-1|h' }],
      [DATA_MESSAGES.deleteAll, { confirm: DELETE_ALL_CONFIRMATION }],
    ] as const) {
      const r = await data(type, body, CONTENT_SCRIPT);
      expect(r).toMatchObject({ ok: false, error: { kind: 'invalid', message: 'Could not do that: stored data is only available to the extension’s own pages.' } });
    }
    expect(valueOf(await data(DATA_MESSAGES.stats)).total.total).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown type', { type: 'speclens/data/drop-tables' }, /type must be one of/],
    ['an unknown filter', { type: DATA_MESSAGES.listFindings, query: { colour: 'red' } }, /query\.colour is not a known field/],
    ['a bad severity', { type: DATA_MESSAGES.listFindings, query: { severities: ['huge'] } }, /a severity must be one of info, low, medium, high, critical/],
    ['a page too large', { type: DATA_MESSAGES.listFindings, query: { limit: 10_000 } }, /limit must be at most 500/],
    ['a retention of 0 days', { type: DATA_MESSAGES.updateSettings, patch: { retentionDays: 0 } }, /retentionDays must be at least 1/],
    ['delete all without the confirmation', { type: DATA_MESSAGES.deleteAll, confirm: 'yes' }, /confirm must be "delete everything"/],
    ['a review with an unknown verdict', { type: DATA_MESSAGES.setReviews, changes: [{ findingId: 'x', verdict: 'maybe' }] }, /verdict must be one of confirmed, dismissed, unsure, null/],
  ])('refuses %s with a readable reason and changes nothing', async (_name, message, reason) => {
    const r = await send<DataResponse>(message);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid');
    expect(r.error.message).toMatch(reason);
    expect(valueOf(await data(DATA_MESSAGES.stats)).total.total).toBeGreaterThan(0);
  });
});

describe('a service worker restart in the middle of a burst', () => {
  it('loses and duplicates nothing when unacknowledged captures are sent again', async () => {
    const events = Array.from({ length: 40 }, (_, i) => captureEvent(i + 1));
    const acknowledged = new Set<string>();
    // The first half arrives; then the worker is stopped while the next ten are in flight (their answers are lost).
    for (const e of events.slice(0, 20)) {
      const r = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: e }, CONTENT_SCRIPT);
      if (r.ok) acknowledged.add(e.key);
    }
    const inFlight = events.slice(20, 30).map((e) => send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: e }, CONTENT_SCRIPT));
    startBackground();
    await Promise.allSettled(inFlight);
    // The content script resends everything it has no answer for, to the new worker.
    for (const e of events) {
      if (acknowledged.has(e.key)) continue;
      const r = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: e }, CONTENT_SCRIPT);
      expect(r.ok).toBe(true);
    }
    const page = valueOf(await data(DATA_MESSAGES.listFindings, { query: { ruleIds: ['no-ai-boilerplate'], limit: 500 } }));
    expect(page.findings.map((f) => f.exchangeId).sort()).toEqual(events.map((e) => e.key).sort());
    const conversation = valueOf(await data(DATA_MESSAGES.getExchange, { exchangeId: events[0]!.key })).conversation;
    expect(conversation!.exchangeCount).toBe(40);
  });
});
