// @vitest-environment happy-dom
/** The dashboard's storage-problem banner: above every tab's content while the last write failed, gone after a good one. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '../../components/dashboard/Dashboard';
import type { DataRequester } from '../../components/dashboard/data';
import type { StorageProblem } from '../../components/storage-problem';
import type { DataRequest } from '../../messaging/data-protocol';
import { analyze } from '../../engine/run';
import { RULES } from '../../rules';
import type { SpecLensStore } from '../../storage/store';
import { BOILERPLATE_REPLY, click, exchangeOf, seededStore, text, waitFor } from './helpers';

let container: HTMLElement;
let store: SpecLensStore;
let request: DataRequester;
let openDatabase: Parameters<typeof Dashboard>[0]['openDatabase'];

beforeEach(async () => {
  fakeBrowser.reset();
  ({ store, request, openDatabase } = await seededStore([BOILERPLATE_REPLY]));
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await store.close();
});

const banner = () => container.querySelector('.sl-storage-problem');
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => text(b) === label);
const tab = (label: string) => [...container.querySelectorAll('[role=tab]')].find((b) => text(b) === label)!;

/** A capture the store refuses the way a full disk does (the exchange write throws QuotaExceededError). */
async function failACaptureOnAFullDisk(): Promise<void> {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { add: (v: unknown) => IDBRequest } } }).IDBObjectStore.prototype;
  const realAdd = proto.add;
  proto.add = function (this: IDBObjectStore, v: unknown) {
    if (this.name === 'exchanges') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realAdd.call(this, v);
  };
  try {
    const exchange = exchangeOf(7, 'As an AI language model, I cannot browse the web.');
    const saved = await store.saveCapture({ exchange, key: 'chatgpt|id:a-7|h', result: analyze(exchange, { rules: RULES }) });
    expect(saved).toMatchObject({ ok: false, error: { kind: 'quota' } });
  } finally {
    proto.add = realAdd;
  }
}

describe('dashboard storage banner', () => {
  it('shows a full disk above the content of every tab, and the health tab on request', async () => {
    await failACaptureOnAFullDisk();
    const openDataSettings = vi.fn();
    await act(() => render(h(Dashboard, { request, openDatabase, openDataSettings }), container));
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(text(banner()!.querySelector('.sl-storage-problem__title'))).toBe("Your disk is full: SpecLens could not save the last reply's findings.");
    expect(text(banner()!.querySelector('.sl-storage-problem__detail'))).toBe('Free space or delete old data (Options → Retention).');
    // above the tabs' content: the first thing in the page body
    expect(container.querySelector('.dash-body')!.firstElementChild).toBe(banner());

    for (const label of ['Statistics', 'Findings']) {
      await click(tab(label));
      await waitFor(() => expect(tab(label).getAttribute('aria-selected')).toBe('true'));
      expect(banner()).not.toBeNull();
    }

    await click(button('Delete old data…'));
    expect(openDataSettings).toHaveBeenCalledOnce();

    await click(button('Health log'));
    await waitFor(() => expect(tab('Health').getAttribute('aria-selected')).toBe('true'));
    expect(banner()).not.toBeNull();
    // already on screen: no button to go there
    expect(button('Health log')).toBeUndefined();
    await waitFor(() => expect(text(container.querySelector('.dash-health__table'))).toContain('Could not save data'));
  });

  it('goes away once a later write succeeds: a review made in the dashboard', async () => {
    await failACaptureOnAFullDisk();
    await act(() => render(h(Dashboard, { request, openDatabase }), container));
    await waitFor(() => expect(banner()).not.toBeNull());
    await waitFor(() => expect(container.querySelector('.dash-bulk')).not.toBeNull());
    await click([...container.querySelector('.dash-bulk')!.querySelectorAll('button')].find((b) => text(b) === 'Confirm'));
    await waitFor(() => expect(banner()).toBeNull());
  });

  it('goes away once a later write succeeds elsewhere (a capture in another tab), on the next tab change', async () => {
    await failACaptureOnAFullDisk();
    await act(() => render(h(Dashboard, { request, openDatabase, initialTab: 'stats' }), container));
    await waitFor(() => expect(banner()).not.toBeNull());
    const exchange = exchangeOf(8, 'As an AI language model, I cannot see images.');
    expect((await store.saveCapture({ exchange, key: 'chatgpt|id:a-8|h', result: analyze(exchange, { rules: RULES }) })).ok).toBe(true);
    await click(tab('Findings'));
    await waitFor(() => expect(banner()).toBeNull());
  });

  it('shows another kind of failure with its reason, and nothing when no write failed', async () => {
    const problem: StorageProblem = {
      kind: 'aborted',
      message: 'Could not save the review: the write was interrupted. Nothing that was already stored has been lost.',
      reason: 'the write was interrupted. Nothing that was already stored has been lost.',
      detail: 'AbortError',
      at: Date.UTC(2026, 10, 30, 7, 0),
    };
    let current: StorageProblem | null = problem;
    const withProblem = ((req: DataRequest) =>
      req.type === 'speclens/data/health'
        ? Promise.resolve({ ok: true, value: { events: [], latestPerSite: [], lastStorageError: current } })
        : request(req as never)) as DataRequester;
    await act(() => render(h(Dashboard, { request: withProblem, openDatabase }), container));
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(text(banner()!.querySelector('.sl-storage-problem__title'))).toBe('SpecLens could not save the review.');
    expect(text(banner()!.querySelector('.sl-storage-problem__detail'))).toBe('The write was interrupted. Nothing that was already stored has been lost.');
    expect(button('Delete old data…')).toBeUndefined();

    current = null;
    await click(tab('Statistics'));
    await waitFor(() => expect(banner()).toBeNull());
  });

  it('opens the options at "Your data" in a new tab by default', async () => {
    await failACaptureOnAFullDisk();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await act(() => render(h(Dashboard, { request, openDatabase, initialTab: 'health' }), container));
    await waitFor(() => expect(button('Delete old data…')).toBeDefined());
    await click(button('Delete old data…'));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/options.html#data') });
  });
});
