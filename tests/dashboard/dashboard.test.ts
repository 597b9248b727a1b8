// @vitest-environment happy-dom
/** The dashboard against a real store in fake IndexedDB: list, filters, detail, reviews, statistics, health. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Dashboard } from '../../components/dashboard/Dashboard';
import type { SpecLensStore } from '../../storage/store';
import type { DataRequester } from '../../components/dashboard/data';
import { BOILERPLATE_REPLY, click, key, seededStore, text, typeInto, waitFor } from './helpers';

const REPLIES = [BOILERPLATE_REPLY, "Great question! You're absolutely right. Dune is a classic.", "I'm sorry, but I can't help with that."];

let container: HTMLElement;
let store: SpecLensStore;
let request: DataRequester;
let openDatabase: Parameters<typeof Dashboard>[0]['openDatabase'];

beforeEach(async () => {
  ({ store, request, openDatabase } = await seededStore(REPLIES));
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await store.close();
});

const rows = () => [...container.querySelectorAll('.dash-row[data-finding-id]')];
const count = () => text(container.querySelector('[data-testid=finding-count]'));
const button = (label: string, root: ParentNode = container) => [...root.querySelectorAll('button')].find((b) => text(b) === label);

async function mount(props: Partial<Parameters<typeof Dashboard>[0]> = {}) {
  await act(() => render(h(Dashboard, { request, openDatabase, ...props }), container));
  if (!props.initialTab || props.initialTab === 'findings') await waitFor(() => expect(count()).toBe('3 findings'));
}

describe('dashboard findings', () => {
  it('lists every finding, newest first, with its severity, section, site and verdict', async () => {
    await mount();
    expect(rows().map((r) => text(r.querySelector('.dash-row__title')))).toEqual(['Refuses a harmless request', 'Flattering opener or praise-only feedback', expect.stringContaining('boilerplate')]);
    const first = rows()[0]!;
    expect(text(first.querySelector('.sl-badge'))).toBe('Medium');
    expect(text(first.querySelector('.dash-row__section'))).toBe('The chain of command');
    expect(text(first.querySelector('.dash-verdict'))).toBe('Unreviewed');
  });

  it('filters by severity chip, by site, and by text search, and offers to clear', async () => {
    await mount();
    await click(button('Medium'));
    await waitFor(() => expect(count()).toBe('1 finding'));
    await click(button('Medium'));
    await waitFor(() => expect(count()).toBe('3 findings'));
    await typeInto(container.querySelector('input[type=search]'), 'flattering opener');
    await waitFor(() => expect(rows().map((r) => text(r.querySelector('.dash-row__title')))).toEqual(['Flattering opener or praise-only feedback']));
    await typeInto(container.querySelector('input[type=search]'), 'no such words anywhere');
    await waitFor(() => expect(text(container.querySelector('.dash-empty__title'))).toBe('No finding matches these filters'));
    await click(button('Clear filters', container.querySelector('.dash-empty')!));
    await waitFor(() => expect(count()).toBe('3 findings'));
  });

  it('says how to get findings when there are none at all', async () => {
    await store.close();
    ({ store, request, openDatabase } = await seededStore([]));
    await act(() => render(h(Dashboard, { request, openDatabase }), container));
    await waitFor(() => expect(text(container.querySelector('.dash-empty__title'))).toBe('No findings yet'));
    expect(container.querySelector('.dash-bulk')).toBeNull();
  });

  it('opens the detail with the whole exchange, evidence marked, captured markup shown as text', async () => {
    await mount();
    await click(rows().find((r) => text(r).includes('boilerplate')));
    await waitFor(() => expect(container.querySelector('.dash-turn--judged')).not.toBeNull());
    const reply = container.querySelector('.dash-turn--judged .dash-turn__text')!;
    expect(text(container.querySelector('.dash-mark--primary'))).toBe('As an AI language model');
    expect(reply.textContent).toContain('<img src=x onerror="globalThis.__xss=1">');
    expect(reply.querySelector('img')).toBeNull();
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
    expect(text(container.querySelector('.dash-turn--user'))).toContain('Recommend a good sci-fi book');
    expect(container.querySelector<HTMLAnchorElement>('.dash-detail__meta a')!.href).toContain('model-spec.openai.com');
  });

  it("shows the user's own flags on the reply in the detail, with the section, the quote and the note", async () => {
    await mount();
    const first = (await request({ type: 'speclens/data/list-findings', query: { text: 'boilerplate' } }));
    if (!first.ok) throw new Error(first.error.message);
    const finding = first.value.findings[0]!;
    const turnId = finding.evidence[0]!.turnId;
    const added = await request({
      type: 'speclens/data/add-annotation',
      annotation: { exchangeId: finding.exchangeId, span: { turnId, start: 0, end: 23 }, specAnchor: 'avoid_sycophancy', note: 'Also <b>sycophantic</b>' },
    });
    if (!added.ok) throw new Error(added.error.message);
    await click(rows().find((r) => text(r).includes('boilerplate')));
    await waitFor(() => expect(container.querySelector('[data-testid=detail-flags]')).not.toBeNull());
    const flag = container.querySelector('[data-testid=detail-flags] .dash-flag')!;
    expect(text(flag.querySelector('.dash-review__title'))).toBe("Don't be sycophantic");
    expect(text(flag.querySelector('q'))).toBe('As an AI language model');
    expect(text(flag.querySelector('.dash-review__message'))).toBe('Also <b>sycophantic</b>');
    expect(flag.querySelector('b')).toBeNull();
  });

  it('reviews from the detail: the verdict is stored and shown in the list; Esc closes', async () => {
    await mount();
    await click(rows()[0]);
    await waitFor(() => expect(container.querySelector('.dash-review')).not.toBeNull());
    await typeInto(container.querySelector('.dash-note__input'), 'Benign request, clearly refused.');
    await click(button('Confirmed', container.querySelector('.dash-review')!));
    await waitFor(() => expect(text(rows()[0]!.querySelector('.dash-verdict'))).toBe('Confirmed'));
    const page = await request({ type: 'speclens/data/list-findings', query: { verdicts: ['confirmed'] } });
    expect(page.ok && page.value.reviews.map((r) => r.note)).toEqual(['Benign request, clearly refused.']);
    await key(document.body, 'Escape');
    expect(container.querySelector('.dash-detail')).toBeNull();
  });

  it('navigates the list by keyboard: arrows move, Space selects, Enter opens', async () => {
    await mount();
    const list = container.querySelector('[role=listbox]')!;
    expect(list.getAttribute('aria-activedescendant')).toBe('finding-row-0');
    await key(list, 'ArrowDown');
    expect(list.getAttribute('aria-activedescendant')).toBe('finding-row-1');
    await key(list, ' ');
    expect(rows()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(text(container.querySelector('.dash-bulk__target'))).toBe('1 selected finding:');
    await key(list, 'Enter');
    await waitFor(() => expect(text(container.querySelector('#detail-title'))).toBe('Flattering opener or praise-only feedback'));
  });

  it('confirms the selected findings in bulk, then dismisses every finding the filters show', async () => {
    await mount();
    for (const row of rows().slice(0, 2)) await click(row.querySelector('input[type=checkbox]'));
    await click(button('Confirm', container.querySelector('.dash-bulk')!));
    await waitFor(() => expect(text(container.querySelector('.dash-ok'))).toContain('2 findings confirmed.'));
    await waitFor(() => expect(rows().map((r) => text(r.querySelector('.dash-verdict')))).toEqual(['Confirmed', 'Confirmed', 'Unreviewed']));
    await click(button('Unreviewed'));
    await waitFor(() => expect(count()).toBe('1 finding'));
    expect(text(container.querySelector('.dash-bulk__target'))).toBe('all 1 finding shown:');
    await click(button('Dismiss', container.querySelector('.dash-bulk')!));
    await waitFor(() => expect(count()).toBe('0 findings'));
    const stats = await request({ type: 'speclens/data/stats' });
    expect(stats.ok && stats.value.total.verdicts).toEqual({ confirmed: 2, dismissed: 1, unsure: 0, unreviewed: 0 });
  });
});

describe('dashboard statistics and health', () => {
  it('draws bars per spec section and per site, with the same numbers in a table', async () => {
    await mount({ initialTab: 'stats' });
    await waitFor(() => expect(container.querySelectorAll('.dash-chart')).toHaveLength(2));
    const [sections, sites] = [...container.querySelectorAll('.dash-chart')];
    expect(sections!.querySelectorAll('svg g')).toHaveLength(3);
    expect(sections!.querySelector('svg')!.getAttribute('role')).toBe('img');
    const tableRows = [...sites!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c)));
    expect(tableRows).toEqual([['ChatGPT', '3', '0', '0', '3', '0']]);
    expect(text(container.querySelector('.dash-totals'))).toContain('3 findings');
    expect([...container.querySelectorAll('.dash-field__label')].map((l) => text(l))).not.toContain('Sort');
  });

  it('shows "all good" without events, and each event with its plain-words kind', async () => {
    await mount({ initialTab: 'health' });
    await waitFor(() => expect(text(container.querySelector('.dash-empty__title'))).toBe('All good'));
    await store.appendHealthEvent({ site: 'claude', url: 'https://claude.ai/chat/1', kind: 'no-turns', message: 'No turns found.', missingSelectors: ['[data-testid=user-message]'], at: Date.UTC(2026, 10, 2) });
    render(null, container);
    await act(() => render(h(Dashboard, { request, openDatabase, initialTab: 'health' }), container));
    await waitFor(() => expect(container.querySelectorAll('.dash-health__table tbody tr')).toHaveLength(1));
    const row = text(container.querySelector('.dash-health__table tbody tr'));
    expect(row).toContain('Claude');
    expect(row).toContain('Could not find the conversation on the page');
    expect(row).toContain('[data-testid=user-message]');
  });

  it('switches tabs with the arrow keys', async () => {
    await mount();
    await key(container.querySelector('#tab-findings'), 'ArrowRight');
    expect(container.querySelector('#tab-stats')!.getAttribute('aria-selected')).toBe('true');
    expect(container.querySelector('#panel-stats')).not.toBeNull();
  });
});
