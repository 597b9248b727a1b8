/**
 * The findings list behind the virtualised table: the total for the current filters and the rows
 * fetched so far, in blocks, as the table scrolls. A change of filters or sort starts a new
 * generation; answers for an older generation are dropped, so typing fast never shows stale rows.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FindingFilters, SortOrder } from '../../storage/finding-catalog';
import type { Facets } from '../../storage/finding-catalog';
import type { StorageError } from '../../storage/errors';
import type { FindingRecord, ReviewRecord } from '../../storage/records';
import type { DataRequestOf } from '../../messaging/data-protocol';
import type { DataRequester } from './data';

/**
 * Rows fetched per request. A screen shows about 20 (with the table's overscan, up to 30 are
 * rendered); every request reads its full records from IndexedDB, so a small block keeps the first
 * answer (and every filter change) fast.
 */
export const BLOCK_SIZE = 32;

/** The request for one block of the filtered list (also what the page prefetches before its first render). */
export function blockRequest(filters: FindingFilters, sort: SortOrder, block: number): DataRequestOf<'speclens/data/list-findings'> {
  return { type: 'speclens/data/list-findings', query: { ...filters, sort, offset: block * BLOCK_SIZE, limit: BLOCK_SIZE } };
}

export interface FindingsState {
  status: 'loading' | 'ready' | 'error';
  error: StorageError | null;
  total: number;
  facets: Facets;
  /** Rows fetched so far, by their index in the filtered list. */
  rows: ReadonlyMap<number, FindingRecord>;
  reviews: ReadonlyMap<string, ReviewRecord>;
  /** Bumped on every change, so components re-render. */
  version: number;
}

const EMPTY_FACETS: Facets = { sites: [], models: [], ruleIds: [], sections: [] };

export interface FindingsView extends FindingsState {
  /** Makes sure the rows from `start` to `end` (exclusive) are fetched. */
  ensureRange(start: number, end: number): void;
  /** Drops every fetched row and reloads (after reviews change verdicts). */
  reload(): void;
}

export function useFindings(request: DataRequester, filters: FindingFilters, sort: SortOrder): FindingsView {
  const [state, setState] = useState<FindingsState>({ status: 'loading', error: null, total: 0, facets: EMPTY_FACETS, rows: new Map(), reviews: new Map(), version: 0 });
  const generation = useRef(0);
  const rows = useRef(new Map<number, FindingRecord>());
  const reviews = useRef(new Map<string, ReviewRecord>());
  const requested = useRef(new Set<number>());
  const [reloads, setReloads] = useState(0);

  const fetchBlock = useCallback(
    async (block: number, gen: number) => {
      requested.current.add(block);
      const response = await request(blockRequest(filters, sort, block));
      if (gen !== generation.current) return;
      if (!response.ok) {
        requested.current.delete(block);
        setState((s) => ({ ...s, status: 'error', error: response.error, version: s.version + 1 }));
        return;
      }
      const page = response.value;
      page.findings.forEach((f, i) => rows.current.set(page.offset + i, f));
      for (const r of page.reviews) reviews.current.set(r.findingId, r);
      setState((s) => ({ status: 'ready', error: null, total: page.total, facets: page.facets, rows: rows.current, reviews: reviews.current, version: s.version + 1 }));
    },
    [request, filters, sort],
  );

  useEffect(() => {
    const gen = ++generation.current;
    rows.current = new Map();
    reviews.current = new Map();
    requested.current = new Set();
    void fetchBlock(0, gen);
  }, [fetchBlock, reloads]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const gen = generation.current;
      for (let block = Math.floor(start / BLOCK_SIZE); block * BLOCK_SIZE < end; block++) {
        if (!requested.current.has(block)) void fetchBlock(block, gen);
      }
    },
    [fetchBlock],
  );

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, ensureRange, reload };
}
