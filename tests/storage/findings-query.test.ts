/**
 * Dashboard queries over 20,000 findings in fake-indexeddb: every filter, text search, paging, sort
 * orders, facets and statistics agree with a plain filter over the same records. The timings printed
 * here are fake-indexeddb in Node; the real figures come from the Chromium benchmark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSpecLensDb } from '../../storage/db';
import { FindingCatalog, type FindingFilters } from '../../storage/finding-catalog';
import type { FindingRecord } from '../../storage/records';
import { SpecLensStore } from '../../storage/store';
import { freshIndexedDb, syntheticFindings } from './helpers';

const N = 20_000;
const findings = syntheticFindings(N);
let store: SpecLensStore;

/** The reference: a plain filter over the records, newest first like the catalog's default order. */
function reference(filters: FindingFilters): FindingRecord[] {
  const words = (filters.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const inList = <T>(list: readonly T[] | undefined, v: T) => !list || list.length === 0 || list.includes(v);
  return findings
    .filter(
      (f) =>
        inList(filters.sites, f.site) &&
        inList(filters.models, f.model) &&
        (!filters.conversationIds?.length || (f.conversationId !== null && filters.conversationIds.includes(f.conversationId))) &&
        inList(filters.ruleIds, f.ruleId) &&
        inList(filters.sections, f.section) &&
        inList(filters.severities, f.severity) &&
        inList(filters.confidences, f.confidence) &&
        inList(filters.verdicts, f.verdict) &&
        f.capturedAt >= (filters.from ?? -Infinity) &&
        f.capturedAt < (filters.to ?? Infinity) &&
        words.every((w) => [f.ruleId, f.title, f.message, f.spec.title, ...f.evidence.map((e) => e.quote)].join('\n').toLowerCase().includes(w)),
    )
    .sort((a, b) => b.capturedAt - a.capturedAt || (a.exchangeId < b.exchangeId ? -1 : a.exchangeId > b.exchangeId ? 1 : 0) || a.ordinal - b.ordinal);
}

beforeAll(async () => {
  freshIndexedDb();
  const db = await openSpecLensDb();
  const t0 = performance.now();
  const tx = db.transaction('findings', 'readwrite');
  for (const f of findings) void tx.store.put(f);
  await tx.done;
  db.close();
  console.log(`[storage] wrote ${N} findings into fake-indexeddb in ${(performance.now() - t0).toFixed(0)} ms`);
  store = new SpecLensStore();
}, 120_000);
afterAll(() => store.close());

const FILTERS: [string, FindingFilters][] = [
  ['no filter', {}],
  ['one site', { sites: ['claude'] }],
  ['unknown model', { models: [null] }],
  ['one conversation of one site', { sites: ['chatgpt'], conversationIds: ['conv-8'] }],
  ['two rules and a section', { ruleIds: ['over-refusal', 'no-ai-boilerplate'], sections: ['style'] }],
  ['severity and confidence', { severities: ['high', 'critical'], confidences: ['high'] }],
  ['verdicts', { verdicts: ['confirmed', 'unsure'] }],
  ['date range', { from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) }],
  ['text search, two words, any case', { text: 'CERTAINLY great' }],
  ['text in the spec title', { text: 'spec title 3' }],
  ['everything at once', { sites: ['chatgpt'], severities: ['info', 'critical'], verdicts: ['unreviewed'], text: 'finding', from: Date.UTC(2026, 0, 20) }],
  ['nothing matches', { text: 'no such words anywhere' }],
];

describe(`findings queries over ${N} findings`, () => {
  it('loads the catalog', async () => {
    const t0 = performance.now();
    const warm = await store.warmUp();
    console.log(`[storage] catalog of ${N} findings loaded from fake-indexeddb in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(warm).toEqual({ ok: true, value: N });
  });

  it.each(FILTERS)('%s: total and first page equal a plain filter', async (_name, filters) => {
    const expected = reference(filters);
    const t0 = performance.now();
    const page = await store.listFindings({ ...filters, limit: 50 });
    const ms = performance.now() - t0;
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.total).toBe(expected.length);
    expect(page.value.findings).toEqual(expected.slice(0, 50));
    expect(ms).toBeLessThan(1000);
  });

  it('pages through every match without gaps or repeats', async () => {
    const filters: FindingFilters = { sites: ['gemini'], verdicts: ['unreviewed', 'dismissed'] };
    const expected = reference(filters).map((f) => f.id);
    const seen: string[] = [];
    for (let offset = 0; offset < expected.length; offset += 500) {
      const page = await store.listFindings({ ...filters, offset, limit: 500 });
      if (!page.ok) throw new Error(page.error.message);
      seen.push(...page.value.findings.map((f) => f.id));
    }
    expect(seen).toEqual(expected);
  });

  it('sorts oldest first and by severity', async () => {
    const oldest = await store.listFindings({ sort: 'oldest', limit: 5 });
    expect(oldest.ok && oldest.value.findings.map((f) => f.id)).toEqual(['f-0', 'f-1', 'f-2', 'f-3', 'f-4']);
    const bySeverity = await store.listFindings({ sort: 'severity', limit: 500 });
    if (!bySeverity.ok) throw new Error(bySeverity.error.message);
    expect(new Set(bySeverity.value.findings.map((f) => f.severity))).toEqual(new Set(['critical']));
  });

  it('returns the facets for the filter controls', async () => {
    const page = await store.listFindings({ limit: 1 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.facets).toEqual({
      sites: ['chatgpt', 'claude', 'copilot', 'gemini'],
      models: ['claude-opus', 'gemini-pro', 'gpt-5', null],
      ruleIds: ['excessive-disclaimers', 'no-ai-boilerplate', 'over-refusal', 'sycophantic-opener', 'wrong-reply-language'],
      sections: ['best_work', 'chain_of_command', 'seek_truth', 'stay_in_bounds', 'style'],
    });
  });

  it('keeps the facets current as findings come and go (they are cached between changes)', () => {
    const catalog = FindingCatalog.fromRecords(findings.slice(0, 50));
    const before = catalog.facets();
    expect(catalog.facets()).toBe(before);
    const newSite = { ...findings[0]!, id: 'f-new', exchangeId: 'x-new', site: 'deepseek', model: 'deepseek-v3' };
    catalog.upsert([newSite]);
    expect(catalog.facets().sites).toContain('deepseek');
    expect(catalog.facets().models).toContain('deepseek-v3');
    catalog.setVerdict('f-new', 'confirmed');
    expect(catalog.facets().sites).toContain('deepseek');
    catalog.removeExchanges(new Set(['x-new']));
    expect(catalog.facets()).toEqual(before);
    catalog.clear();
    expect(catalog.facets()).toEqual({ sites: [], models: [], ruleIds: [], sections: [] });
  });

  it('counts per section, site and rule, by verdict and severity', async () => {
    const stats = await store.stats({ sites: ['claude'] });
    if (!stats.ok) throw new Error(stats.error.message);
    const claude = findings.filter((f) => f.site === 'claude');
    expect(stats.value.total.total).toBe(claude.length);
    for (const section of new Set(claude.map((f) => f.section))) {
      const inSection = claude.filter((f) => f.section === section);
      expect(stats.value.bySection[section]!.total).toBe(inSection.length);
      expect(stats.value.bySection[section]!.verdicts.confirmed).toBe(inSection.filter((f) => f.verdict === 'confirmed').length);
    }
    expect(Object.keys(stats.value.bySite)).toEqual(['claude']);
    expect(stats.value.total.severities.critical).toBe(claude.filter((f) => f.severity === 'critical').length);
  });

  it('filters the in-memory catalog within the dashboard budget', () => {
    const catalog = FindingCatalog.fromRecords(findings);
    catalog.query({}); // sorts once, as the first render does
    const timings = FILTERS.map(([, filters]) => {
      const t0 = performance.now();
      catalog.query({ ...filters, limit: 50 });
      return performance.now() - t0;
    });
    const worst = Math.max(...timings);
    console.log(`[storage] in-memory filter over ${N} findings: worst ${worst.toFixed(1)} ms of ${FILTERS.length} filters`);
    // Only catches a pathological regression (a quadratic filter takes minutes here): the machines
    // that run this are shared and loaded; the dashboard budget (100 ms) is measured in real Chromium
    // by npm run bench:storage.
    expect(worst).toBeLessThan(2000);
  });
});
