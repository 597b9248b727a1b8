/**
 * Realistic records for the dashboard benchmark and screenshots: the sample conversations
 * (tests/fixtures/samples) analysed by the real engine and stored by the real store (in
 * fake-indexeddb), then copied with fresh ids, spread over sites, models and 120 days, and partly
 * reviewed, until there are `count` findings.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { emptyStoreRecords, type StoreRecords } from '../exporters/backup';
import { readStoreRecords } from '../exporters/idb-store';
import { analyze } from '../engine/run';
import type { Exchange, Turn } from '../engine/types';
import { RULES } from '../rules';
import { conversationRecordId, type FindingVerdict } from '../storage/records';
import { SpecLensStore } from '../storage/store';

interface Sample {
  id: string;
  site: string;
  model?: string;
  messages: { role: Turn['role']; content: string }[];
}

const SITES = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];
const MODELS: Record<string, (string | null)[]> = {
  chatgpt: ['gpt-5', 'gpt-4o'],
  claude: ['Claude Opus 4', 'Claude Sonnet 4'],
  gemini: ['Gemini 2.5 Pro', null],
  copilot: [null],
  perplexity: ['Sonar', null],
};
const DAY = 86_400_000;

/** The samples as stored by SpecLens: one exchange per sample, with its real findings. */
export async function sampleRecords(samplesPath = 'tests/fixtures/samples/conversations.jsonl'): Promise<StoreRecords> {
  globalThis.indexedDB = new IDBFactory();
  const store = new SpecLensStore({ name: 'bench-samples' });
  const lines = readFileSync(samplesPath, 'utf8').split('\n').filter((l) => l.trim());
  for (const [n, line] of lines.entries()) {
    const s = JSON.parse(line) as Sample;
    const exchange: Exchange = {
      site: s.site,
      conversationId: s.id,
      model: s.model ?? null,
      url: `https://example.invalid/c/${s.id}`,
      capturedAt: new Date(Date.UTC(2026, 10, 20) + n * 3_600_000).toISOString(),
      turns: s.messages.map((m, i) => ({ id: `${s.id}-${i}`, role: m.role, text: m.content })),
    };
    const saved = await store.saveCapture({ exchange, key: `${s.site}|id:${s.id}|h`, result: analyze(exchange, { rules: RULES }) });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const db = await store.database();
  if (!db.ok) throw new Error(db.error.message);
  const records = await readStoreRecords(db.value);
  await store.close();
  return records;
}

const VERDICT_CYCLE: FindingVerdict[] = ['unreviewed', 'unreviewed', 'confirmed', 'unreviewed', 'dismissed', 'confirmed', 'unreviewed', 'unsure'];

/** Copies of the sample exchanges with their findings until there are at least `count` findings (then cut to `count`). */
export function scaledRecords(base: StoreRecords, count: number, newest = Date.UTC(2026, 10, 30, 12)): StoreRecords {
  const withFindings = base.exchanges.filter((e) => base.findings.some((f) => f.exchangeId === e.id));
  if (withFindings.length === 0) throw new Error('the samples gave no findings');
  const findingsOf = new Map(withFindings.map((e) => [e.id, base.findings.filter((f) => f.exchangeId === e.id).sort((a, b) => a.ordinal - b.ordinal)]));
  const out = emptyStoreRecords();
  let made = 0;
  for (let i = 0; made < count; i++) {
    const e = withFindings[i % withFindings.length]!;
    const site = SITES[(i * 7 + Math.floor(i / withFindings.length)) % SITES.length]!;
    const models = MODELS[site]!;
    const model = models[i % models.length]!;
    const capturedAt = newest - Math.floor((i * 7919) % (120 * DAY));
    const conversationId = `conv-${Math.floor(i / 3)}`;
    const convRecord = conversationRecordId(site, conversationId, null);
    const id = `${site}|bench-${i}`;
    const url = `https://${site}.example/c/${conversationId}`;
    const fs = findingsOf.get(e.id)!.slice(0, count - made);
    out.exchanges.push({ ...e, id, slot: `${id}/slot`, site, model, url, conversationId, conversationRecordId: convRecord, capturedAt, storedAt: capturedAt, findingCount: fs.length });
    for (const f of fs) {
      const verdict = VERDICT_CYCLE[(made * 5 + 3) % VERDICT_CYCLE.length]!;
      const findingId = `${f.id}~${i}`;
      out.findings.push({ ...f, id: findingId, exchangeId: id, site, model, conversationId, capturedAt, verdict, evidence: f.evidence.map((s) => ({ ...s })) });
      if (verdict !== 'unreviewed') out.reviews.push({ findingId, exchangeId: id, verdict, note: '', reviewedAt: capturedAt + 60_000 });
      made++;
    }
  }
  // One conversation record per conversation id and site, counting its exchanges.
  const conversations = new Map<string, StoreRecords['conversations'][number]>();
  for (const ex of out.exchanges) {
    const c = conversations.get(ex.conversationRecordId);
    if (c) {
      c.exchangeCount++;
      c.firstCapturedAt = Math.min(c.firstCapturedAt, ex.capturedAt);
      c.lastCapturedAt = Math.max(c.lastCapturedAt, ex.capturedAt);
    } else {
      conversations.set(ex.conversationRecordId, { id: ex.conversationRecordId, site: ex.site, conversationId: ex.conversationId, url: ex.url, model: ex.model, firstCapturedAt: ex.capturedAt, lastCapturedAt: ex.capturedAt, exchangeCount: 1 });
    }
  }
  out.conversations = [...conversations.values()];
  return out;
}
