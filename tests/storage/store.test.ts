/** Reviews, annotations, health, settings, redaction on capture, retention and delete everything through SpecLensStore. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSpecLensDb } from '../../storage/db';
import { MAX_HEALTH_EVENTS } from '../../storage/health-repo';
import { MASK } from '../../storage/redact';
import { SpecLensStore } from '../../storage/store';
import { BOILERPLATE, capture, freshIndexedDb, withReply } from './helpers';

const DAY = 86_400_000;
let now = Date.UTC(2026, 10, 30);
let store: SpecLensStore;

beforeEach(() => {
  freshIndexedDb();
  now = Date.UTC(2026, 10, 30);
  store = new SpecLensStore({ now: () => now });
});
afterEach(() => store.close());

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function countAll() {
  const db = await openSpecLensDb();
  const out: Record<string, number> = {};
  for (const name of db.objectStoreNames) out[name] = await db.count(name);
  db.close();
  return out;
}

describe('reviews', () => {
  it('sets, changes and withdraws a verdict, keeping finding and catalog in step', async () => {
    const saved = value(await store.saveCapture(capture()));
    await store.warmUp();
    const id = saved.findings[0]!.id;

    expect(value(await store.setReviews([{ findingId: id, verdict: 'confirmed', note: 'lectures the user' }]))).toEqual({
      updated: [{ findingId: id, verdict: 'confirmed' }],
      missing: [],
    });
    let page = value(await store.listFindings({ verdicts: ['confirmed'] }));
    expect(page.findings.map((f) => f.id)).toEqual([id]);
    expect(page.reviews).toEqual([{ findingId: id, exchangeId: saved.exchangeId, verdict: 'confirmed', note: 'lectures the user', reviewedAt: now }]);

    now += 1000;
    value(await store.setReviews([{ findingId: id, verdict: 'unsure' }]));
    const detail = value(await store.getExchange(saved.exchangeId));
    expect(detail.reviews[0]).toMatchObject({ verdict: 'unsure', note: 'lectures the user', reviewedAt: now });
    expect(detail.findings.find((f) => f.id === id)!.verdict).toBe('unsure');

    value(await store.setReviews([{ findingId: id, verdict: null }]));
    page = value(await store.listFindings({ verdicts: ['unreviewed'] }));
    expect(page.findings.map((f) => f.id)).toContain(id);
    expect(value(await store.getExchange(saved.exchangeId)).reviews).toEqual([]);
  });

  it('reports findings that no longer exist and still applies the rest', async () => {
    const saved = value(await store.saveCapture(capture()));
    const outcome = value(await store.setReviews([
      { findingId: 'gone', verdict: 'confirmed' },
      { findingId: saved.findings[0]!.id, verdict: 'dismissed' },
    ]));
    expect(outcome.missing).toEqual(['gone']);
    expect(outcome.updated).toHaveLength(1);
  });

  it('applies the last change when one finding is named twice in a bulk request', async () => {
    const saved = value(await store.saveCapture(capture()));
    const id = saved.findings[0]!.id;
    const outcome = value(await store.setReviews([
      { findingId: id, verdict: 'confirmed', note: 'first' },
      { findingId: id, verdict: 'dismissed' },
    ]));
    expect(outcome.updated).toEqual([{ findingId: id, verdict: 'dismissed' }]);
    expect(value(await store.getExchange(saved.exchangeId)).reviews).toMatchObject([{ findingId: id, verdict: 'dismissed', note: '' }]);
  });

  it('confirms everything a filter shows in one step', async () => {
    value(await store.saveCapture(capture()));
    value(await store.saveCapture(capture({ ...withReply(BOILERPLATE, 'As an AI language model, I think Dune.'), site: 'claude' }, 'claude|k')));
    const outcome = value(await store.setVerdictForMatching({ sites: ['claude'] }, 'confirmed'));
    expect(outcome.updated.length).toBeGreaterThan(0);
    const stats = value(await store.stats());
    expect(stats.bySite.claude!.verdicts.confirmed).toBe(stats.bySite.claude!.total);
    expect(stats.bySite.chatgpt!.verdicts.confirmed).toBe(0);
  });
});

describe('annotations', () => {
  it('stores a flag on a selected span with the quote read from the stored text', async () => {
    const saved = value(await store.saveCapture(capture()));
    const added = value(await store.addAnnotation({
      exchangeId: saved.exchangeId,
      span: { turnId: 'a1', start: 0, end: 23 },
      specAnchor: 'avoid_sycophancy',
      note: 'missed',
    }));
    expect(added).toMatchObject({ exchangeId: saved.exchangeId, span: { quote: 'As an AI language model' }, section: 'seek_truth', site: 'chatgpt', createdAt: now });
    expect(value(await store.getExchange(saved.exchangeId)).annotations).toEqual([added]);
  });

  it('adds an annotation once when the same id is sent twice, and deletes it', async () => {
    const saved = value(await store.saveCapture(capture()));
    const input = { id: 'ann-1', exchangeId: saved.exchangeId, span: null, specAnchor: 'avoid_sycophancy', note: '' };
    const first = value(await store.addAnnotation(input));
    expect(value(await store.addAnnotation(input))).toEqual(first);
    expect((await countAll()).annotations).toBe(1);
    expect(value(await store.deleteAnnotation('ann-1'))).toBe(true);
    expect(value(await store.deleteAnnotation('ann-1'))).toBe(false);
  });

  it.each([
    ['an unknown exchange', { exchangeId: 'nope' }, 'not-found'],
    ['an unknown spec anchor', { specAnchor: 'no_such_section' }, 'invalid'],
    ['a span past the end of the turn', { span: { turnId: 'a1', start: 5, end: 5000 } }, 'invalid'],
    ['a span on a turn that is not stored', { span: { turnId: 'x', start: 0, end: 1 } }, 'invalid'],
  ])('refuses %s', async (_name, patch, kind) => {
    const saved = value(await store.saveCapture(capture()));
    const result = await store.addAnnotation({ exchangeId: saved.exchangeId, span: null, specAnchor: 'avoid_sycophancy', note: '', ...patch });
    expect(result).toMatchObject({ ok: false, error: { kind } });
    expect((await countAll()).annotations).toBe(0);
  });
});

describe('health events', () => {
  it('lists newest first, per site, and the latest of every site', async () => {
    for (const [site, at] of [['claude', 1], ['gemini', 2], ['claude', 3], ['chatgpt', 4]] as const) {
      value(await store.appendHealthEvent({ site, url: `https://${site}.example/`, kind: 'no-turns', message: `${site} ${at}`, missingSelectors: ['turn'], at }));
    }
    const all = value(await store.healthOverview());
    expect(all.events.map((e) => e.message)).toEqual(['chatgpt 4', 'claude 3', 'gemini 2', 'claude 1']);
    expect(all.latestPerSite.map((e) => e.message)).toEqual(['chatgpt 4', 'claude 3', 'gemini 2']);
    expect(all.lastStorageError).toBeNull();
    expect(value(await store.healthOverview({ site: 'claude', limit: 1 })).events.map((e) => e.message)).toEqual(['claude 3']);
  });

  it(`keeps at most ${MAX_HEALTH_EVENTS} events, dropping the oldest`, async () => {
    const db = await openSpecLensDb();
    const tx = db.transaction('health', 'readwrite');
    for (let i = 0; i < MAX_HEALTH_EVENTS; i++) {
      void tx.store.put({ id: `old-${i}`, site: 's', url: null, kind: 'no-turns', message: '', missingSelectors: [], at: i });
    }
    await tx.done;
    db.close();
    value(await store.appendHealthEvent({ site: 's', url: null, kind: 'reply-never-finished', message: 'new', at: 10_000 }));
    expect((await countAll()).health).toBe(MAX_HEALTH_EVENTS);
    const events = value(await store.healthOverview({ limit: MAX_HEALTH_EVENTS })).events;
    expect(events[0]!.message).toBe('new');
    expect(events.some((e) => e.id === 'old-0')).toBe(false);
  });
});

describe('settings', () => {
  it('starts with defaults and saves a patch', async () => {
    expect(value(await store.getSettings())).toMatchObject({ retentionDays: null, redactPersonalData: false });
    expect(value(await store.updateSettings({ redactPersonalData: true }))).toMatchObject({ redactPersonalData: true, retentionDays: null, updatedAt: now });
    expect(value(await store.updateSettings({ retentionDays: 30 }))).toMatchObject({ redactPersonalData: true, retentionDays: 30 });
  });

  it.each([[0], [1.5], [-3], [100_000]])('refuses a retention of %s days', async (days) => {
    expect(await store.updateSettings({ retentionDays: days })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it('redacts turns and findings of captures stored while redaction is on', async () => {
    value(await store.updateSettings({ redactPersonalData: true }));
    const exchange = {
      ...BOILERPLATE,
      turns: [
        { id: 'u1', role: 'user' as const, text: "I'm Ada. Mail me at ada@example.com please." },
        { id: 'a1', role: 'assistant' as const, text: 'As an AI language model, I will not email ada@example.com, Ada.' },
      ],
    };
    const saved = value(await store.saveCapture(capture(exchange)));
    const detail = value(await store.getExchange(saved.exchangeId));
    expect(detail.exchange.redacted).toBe(true);
    const stored = JSON.stringify(detail);
    expect(stored).not.toMatch(/ada@example\.com|\bAda\b/);
    expect(detail.exchange.turns[1]!.text).toBe(`As an AI language model, I will not email ${MASK.repeat(15)}, ${MASK.repeat(3)}.`);
    for (const f of detail.findings) {
      for (const e of f.evidence) expect(detail.exchange.turns.find((t) => t.id === e.turnId)!.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

describe('retention and delete everything', () => {
  async function seed() {
    const old = capture({ ...BOILERPLATE, capturedAt: new Date(now - 40 * DAY).toISOString() }, 'old', 'slot');
    const recent = capture(withReply(BOILERPLATE, 'As an AI language model, I like Dune.', new Date(now - 2 * DAY).toISOString()), 'recent', 'slot');
    const oldSaved = value(await store.saveCapture(old));
    value(await store.saveCapture(recent));
    value(await store.setReviews([{ findingId: oldSaved.findings[0]!.id, verdict: 'confirmed' }]));
    value(await store.addAnnotation({ exchangeId: 'old', span: null, specAnchor: 'avoid_sycophancy', note: '' }));
    value(await store.appendHealthEvent({ site: 'claude', url: null, kind: 'no-turns', message: 'old', at: now - 50 * DAY }));
    value(await store.appendHealthEvent({ site: 'claude', url: null, kind: 'no-turns', message: 'new', at: now - DAY }));
    return oldSaved;
  }

  it('deletes exchanges older than N days with their findings, reviews and annotations', async () => {
    const oldSaved = await seed();
    await store.warmUp();
    const outcome = value(await store.purgeOlderThan(30));
    expect(outcome).toMatchObject({ exchanges: 1, findings: oldSaved.findings.length, reviews: 1, annotations: 1, conversations: 0, healthEvents: 1, exchangeIds: ['old'] });
    expect(await store.getExchange('old')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const recent = value(await store.getExchange('recent'));
    expect(recent.conversation).toMatchObject({ exchangeCount: 1, firstCapturedAt: now - 2 * DAY });
    const page = value(await store.listFindings({}));
    expect(page.findings.every((f) => f.exchangeId === 'recent')).toBe(true);
    expect((await countAll()).reviews).toBe(0);
  });

  it('applies the retention setting as soon as it is saved', async () => {
    await seed();
    value(await store.updateSettings({ retentionDays: 30 }));
    expect((await countAll()).exchanges).toBe(1);
  });

  it('applies retention at most once an hour when due', async () => {
    await seed();
    value(await store.updateSettings({ retentionDays: 30 }));
    value(await store.saveCapture(capture({ ...BOILERPLATE, capturedAt: new Date(now - 100 * DAY).toISOString() }, 'late-import')));
    expect(value(await store.housekeepingIfDue())).toBeNull();
    now += 61 * 60 * 1000;
    expect(value(await store.housekeepingIfDue())).toMatchObject({ exchangeIds: ['late-import'] });
  });

  it('deletes everything but the settings', async () => {
    await seed();
    value(await store.updateSettings({ redactPersonalData: true }));
    await store.warmUp();
    value(await store.deleteEverything());
    expect(await countAll()).toEqual({ annotations: 0, catalog: 0, 'catalog-ops': 0, conversations: 0, exchanges: 0, findings: 0, health: 0, reviews: 0, settings: 1 });
    expect(value(await store.listFindings({})).total).toBe(0);
    expect(value(await store.getSettings()).redactPersonalData).toBe(true);
  });
});
