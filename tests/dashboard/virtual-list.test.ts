// @vitest-environment happy-dom
/** The findings list stays small in the DOM at 20,000 findings: only the rows in view are rendered. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { ROW_HEIGHT } from '../../components/dashboard/FindingsTable';
import type { DataRequester } from '../../components/dashboard/data';
import type { DataRequest } from '../../messaging/data-protocol';
import { FindingCatalog } from '../../storage/finding-catalog';
import type { FindingRecord } from '../../storage/records';
import { syntheticFindings } from '../storage/synthetic';
import { text, waitFor } from './helpers';

const FINDINGS = syntheticFindings(20_000);
const byId = new Map(FINDINGS.map((f) => [f.id, f]));
const catalog = new FindingCatalog();
catalog.upsert(FINDINGS);
let requests: DataRequest[] = [];

/** Answers list requests from an in-memory catalog, as the background does, and records them. */
const request = (async (req: DataRequest) => {
  // The storage-problem banner asks for the latest failed write: there is none.
  if (req.type === 'speclens/data/health') return { ok: true, value: { events: [], latestPerSite: [], lastStorageError: null } };
  requests.push(req);
  if (req.type !== 'speclens/data/list-findings') throw new Error(`unexpected ${req.type}`);
  const { rows, total } = catalog.query(req.query);
  return { ok: true, value: { total, offset: req.query.offset ?? 0, findings: rows.map((r) => byId.get(r.id)!) as FindingRecord[], reviews: [], facets: catalog.facets() } };
}) as DataRequester;

let container: HTMLElement;
beforeEach(() => {
  requests = [];
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const renderedRows = () => [...container.querySelectorAll('.dash-row')];

describe('virtualised findings list', () => {
  it('renders a window of rows for 20,000 findings, sized for all of them, and fetches more as it scrolls', async () => {
    await act(() => render(h(Dashboard, { request, openDatabase: () => Promise.reject(new Error('not used')) }), container));
    await waitFor(() => expect(text(container.querySelector('[data-testid=finding-count]'))).toBe('20,000 findings'));
    const spacer = container.querySelector<HTMLElement>('.dash-table__spacer')!;
    expect(spacer.style.height).toBe(`${20_000 * ROW_HEIGHT}px`);
    expect(renderedRows().length).toBeGreaterThan(5);
    expect(renderedRows().length).toBeLessThan(60);
    expect(requests.every((r) => r.type === 'speclens/data/list-findings' && (r.query.limit ?? 0) <= 500)).toBe(true);

    const scroller = container.querySelector<HTMLElement>('.dash-table')!;
    await act(async () => {
      scroller.scrollTop = 12_345 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(container.querySelector('#finding-row-12345[data-finding-id]')).not.toBeNull());
    expect(renderedRows().length).toBeLessThan(60);
    const row = container.querySelector<HTMLElement>('#finding-row-12345')!;
    expect(row.style.transform).toBe(`translateY(${12_345 * ROW_HEIGHT}px)`);
    const expected = catalog.query({ sort: 'newest', offset: 12_345, limit: 1 }).rows[0]!;
    expect(row.dataset.findingId).toBe(expected.id);
  });

  it('drops the answer of an older filter when a newer one was asked for', async () => {
    let release: (() => void) | null = null;
    const slowFirst = (async (req: DataRequest) => {
      if (req.type === 'speclens/data/list-findings' && req.query.text === 'slow') await new Promise<void>((r) => (release = r));
      return request(req as never);
    }) as DataRequester;
    await act(() => render(h(Dashboard, { request: slowFirst, openDatabase: () => Promise.reject(new Error('not used')), initialFilters: { text: 'slow' } }), container));
    const search = container.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      search.value = 'certainly';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const certainly = catalog.query({ text: 'certainly', limit: 1 }).total;
    await waitFor(() => expect(text(container.querySelector('[data-testid=finding-count]'))).toBe(`${certainly.toLocaleString('en-US')} findings`));
    await act(async () => release!());
    await waitFor(() => expect(text(container.querySelector('[data-testid=finding-count]'))).toBe(`${certainly.toLocaleString('en-US')} findings`));
  });
});
