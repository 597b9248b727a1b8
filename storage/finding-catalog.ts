/**
 * A compact in-memory projection of every stored finding (a few fields and a lowercased search
 * text), kept by the background next to the database. Filtering, text search, sorting, facets and
 * statistics run over it in memory, which stays well under the dashboard's 100 ms budget at 20,000
 * findings, where filtering on IndexedDB cursors would touch every full record on every keystroke.
 * The full records of one page are then read by id.
 */
import type { Confidence, Severity } from '../engine/types';
import { SEVERITIES } from '../engine/types';
import type { CatalogOp } from './catalog-snapshot';
import type { FindingRecord, FindingVerdict } from './records';

export interface FindingRow {
  id: string;
  exchangeId: string;
  ordinal: number;
  site: string;
  model: string | null;
  conversationId: string | null;
  ruleId: string;
  section: string;
  severity: Severity;
  confidence: Confidence;
  verdict: FindingVerdict;
  capturedAt: number;
  /** Lowercased rule id, title, message, spec title and evidence quotes, for text search. */
  text: string;
}

export interface FindingFilters {
  sites?: string[];
  /** `null` in the list matches findings whose model is unknown. */
  models?: (string | null)[];
  /** The site's conversation ids (with `sites`, the findings of one conversation). */
  conversationIds?: string[];
  ruleIds?: string[];
  sections?: string[];
  severities?: Severity[];
  confidences?: Confidence[];
  verdicts?: FindingVerdict[];
  /** Inclusive lower bound on capturedAt (epoch ms). */
  from?: number;
  /** Exclusive upper bound on capturedAt (epoch ms). */
  to?: number;
  /** Every whitespace-separated word must occur in the finding's search text (case-insensitive). */
  text?: string;
}

export const SORT_ORDERS = ['newest', 'oldest', 'severity'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface FindingQuery extends FindingFilters {
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** Distinct values present in the catalog, for the dashboard's filter controls. */
export interface Facets {
  readonly sites: readonly string[];
  readonly models: readonly (string | null)[];
  readonly ruleIds: readonly string[];
  readonly sections: readonly string[];
}

export type VerdictCounts = Record<FindingVerdict, number>;

export interface GroupStats {
  total: number;
  verdicts: VerdictCounts;
  severities: Record<Severity, number>;
}

export interface FindingStats {
  total: GroupStats;
  bySection: Record<string, GroupStats>;
  bySite: Record<string, GroupStats>;
  byRule: Record<string, GroupStats>;
}

export function rowOf(f: FindingRecord): FindingRow {
  const parts = [f.ruleId, f.title, f.message, f.spec.title, ...f.evidence.map((e) => e.quote)];
  return {
    id: f.id,
    exchangeId: f.exchangeId,
    ordinal: f.ordinal,
    site: f.site,
    model: f.model,
    conversationId: f.conversationId,
    ruleId: f.ruleId,
    section: f.section,
    severity: f.severity,
    confidence: f.confidence,
    verdict: f.verdict,
    capturedAt: f.capturedAt,
    text: parts.join('\n').toLowerCase(),
  };
}

const severityRank = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

const COMPARATORS: Record<SortOrder, (a: FindingRow, b: FindingRow) => number> = {
  newest: (a, b) => b.capturedAt - a.capturedAt || cmp(a.exchangeId, b.exchangeId) || a.ordinal - b.ordinal,
  oldest: (a, b) => a.capturedAt - b.capturedAt || cmp(a.exchangeId, b.exchangeId) || a.ordinal - b.ordinal,
  severity: (a, b) => severityRank.get(b.severity)! - severityRank.get(a.severity)! || COMPARATORS.newest(a, b),
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function setOf<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

/** A predicate for the given filters; filters left out (or empty) match everything. */
export function matcher(filters: FindingFilters): (row: FindingRow) => boolean {
  const sites = setOf(filters.sites);
  const models = setOf(filters.models);
  const conversations = setOf(filters.conversationIds);
  const rules = setOf(filters.ruleIds);
  const sections = setOf(filters.sections);
  const severities = setOf(filters.severities);
  const confidences = setOf(filters.confidences);
  const verdicts = setOf(filters.verdicts);
  const words = (filters.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const from = filters.from ?? -Infinity;
  const to = filters.to ?? Infinity;
  return (r) =>
    r.capturedAt >= from &&
    r.capturedAt < to &&
    (!sites || sites.has(r.site)) &&
    (!models || models.has(r.model)) &&
    (!conversations || (r.conversationId !== null && conversations.has(r.conversationId))) &&
    (!rules || rules.has(r.ruleId)) &&
    (!sections || sections.has(r.section)) &&
    (!severities || severities.has(r.severity)) &&
    (!confidences || confidences.has(r.confidence)) &&
    (!verdicts || verdicts.has(r.verdict)) &&
    words.every((w) => r.text.includes(w));
}

function emptyGroup(): GroupStats {
  return {
    total: 0,
    verdicts: { confirmed: 0, dismissed: 0, unsure: 0, unreviewed: 0 },
    severities: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
  };
}

function count(group: GroupStats, r: FindingRow): void {
  group.total++;
  group.verdicts[r.verdict]++;
  group.severities[r.severity]++;
}

export class FindingCatalog {
  private readonly rows = new Map<string, FindingRow>();
  // Sorted arrays are rebuilt lazily after a change, so a burst of writes sorts once.
  private sorted: Partial<Record<SortOrder, FindingRow[]>> = {};
  // Facets change only when rows come or go (not with verdicts); every page of the list carries them.
  private facetCache: Facets | null = null;

  constructor(rows: Iterable<FindingRow> = []) {
    for (const r of rows) this.rows.set(r.id, r);
  }

  static fromRecords(records: Iterable<FindingRecord>): FindingCatalog {
    const catalog = new FindingCatalog();
    catalog.upsert(records);
    return catalog;
  }

  get size(): number {
    return this.rows.size;
  }

  upsert(records: Iterable<FindingRecord>): void {
    this.upsertRows([...records].map(rowOf));
  }

  upsertRows(rows: Iterable<FindingRow>): void {
    for (const r of rows) this.rows.set(r.id, { ...r });
    this.changed();
  }

  /** Applies one logged change (see catalog-snapshot.ts). */
  apply(op: CatalogOp): void {
    if (op.kind === 'upsert') this.upsertRows(op.rows);
    else if (op.kind === 'verdicts') for (const [id, verdict] of op.changes) this.setVerdict(id, verdict);
    else this.removeExchanges(new Set(op.exchangeIds));
  }

  /** Every row, in no particular order (for packing). */
  allRows(): FindingRow[] {
    return [...this.rows.values()];
  }

  setVerdict(findingId: string, verdict: FindingVerdict): void {
    const row = this.rows.get(findingId);
    if (row) row.verdict = verdict;
  }

  removeExchanges(exchangeIds: ReadonlySet<string>): void {
    for (const [id, row] of this.rows) if (exchangeIds.has(row.exchangeId)) this.rows.delete(id);
    this.changed();
  }

  clear(): void {
    this.rows.clear();
    this.changed();
  }

  private changed(): void {
    this.sorted = {};
    this.facetCache = null;
  }

  get(findingId: string): FindingRow | undefined {
    return this.rows.get(findingId);
  }

  private inOrder(order: SortOrder): FindingRow[] {
    let rows = this.sorted[order];
    if (!rows) {
      rows = [...this.rows.values()].sort(COMPARATORS[order]);
      this.sorted[order] = rows;
    }
    return rows;
  }

  /** One page of matching rows, in the requested order, and how many match in total. */
  query(query: FindingQuery): { rows: FindingRow[]; total: number } {
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)));
    const match = matcher(query);
    const rows: FindingRow[] = [];
    let total = 0;
    for (const row of this.inOrder(query.sort ?? 'newest')) {
      if (!match(row)) continue;
      if (total >= offset && rows.length < limit) rows.push(row);
      total++;
    }
    return { rows, total };
  }

  /** Ids of every matching row (for bulk review of "everything the filter shows"). */
  matchingIds(filters: FindingFilters): string[] {
    const match = matcher(filters);
    const ids: string[] = [];
    for (const row of this.rows.values()) if (match(row)) ids.push(row.id);
    return ids;
  }

  facets(): Facets {
    return (this.facetCache ??= this.computeFacets());
  }

  private computeFacets(): Facets {
    const sites = new Set<string>();
    const models = new Set<string | null>();
    const rules = new Set<string>();
    const sections = new Set<string>();
    for (const r of this.rows.values()) {
      sites.add(r.site);
      models.add(r.model);
      rules.add(r.ruleId);
      sections.add(r.section);
    }
    const sorted = (s: Set<string>) => [...s].sort();
    const modelList = sorted(new Set([...models].filter((m): m is string => m !== null)));
    return {
      sites: sorted(sites),
      models: models.has(null) ? [...modelList, null] : modelList,
      ruleIds: sorted(rules),
      sections: sorted(sections),
    };
  }

  stats(filters: FindingFilters = {}): FindingStats {
    const match = matcher(filters);
    const stats: FindingStats = { total: emptyGroup(), bySection: {}, bySite: {}, byRule: {} };
    for (const r of this.rows.values()) {
      if (!match(r)) continue;
      count(stats.total, r);
      count((stats.bySection[r.section] ??= emptyGroup()), r);
      count((stats.bySite[r.site] ??= emptyGroup()), r);
      count((stats.byRule[r.ruleId] ??= emptyGroup()), r);
    }
    return stats;
  }
}
