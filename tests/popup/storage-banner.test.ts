// @vitest-environment happy-dom
/** The popup's storage-problem banner, with fake answers from the background: full disk, another failure, none. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { describePage } from '../../components/popup/current-page';
import { failedAction, storageProblemWords, unsavedReplyNotice, type StorageProblem } from '../../components/storage-problem';
import type { DataRequester } from '../../components/dashboard/data';
import type { DataRequest } from '../../messaging/data-protocol';
import { classifyStorageError, storageError } from '../../storage/errors';
import { click, text, waitFor } from '../dashboard/helpers';

const AT = Date.UTC(2026, 10, 30, 7, 5);
const QUOTA: StorageProblem = { ...classifyStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'save the captured reply'), at: AT };
const UNAVAILABLE: StorageProblem = { ...classifyStorageError(new DOMException('backing store gone', 'UnknownError'), 'save the review'), at: AT };

/** Answers as the background would, with `problem` as the latest failed write. */
function answering(problem: StorageProblem | null): { request: DataRequester; asked: DataRequest[] } {
  const asked: DataRequest[] = [];
  const request = (async (req: DataRequest) => {
    asked.push(req);
    if (req.type === 'speclens/data/health') return { ok: true, value: { events: [], latestPerSite: [], lastStorageError: problem } };
    if (req.type === 'speclens/data/list-findings') return { ok: true, value: { total: 0, offset: 0, findings: [], reviews: [], facets: {} } };
    return { ok: false, error: storageError('invalid', 'do that', 'not expected in this test.') };
  }) as DataRequester;
  return { request, asked };
}

let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(problem: StorageProblem | null, url = 'https://chatgpt.com/c/conv-0') {
  const { request, asked } = answering(problem);
  const openDashboard = vi.fn();
  const openDataSettings = vi.fn();
  await act(() =>
    render(
      h(Popup, { request, page: describePage(url), controlsArea: fakeBrowser.storage.local, analyze: vi.fn(), openDashboard, openDataSettings }),
      container,
    ),
  );
  return { openDashboard, openDataSettings, asked };
}

const banner = () => container.querySelector('.sl-storage-problem');
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => text(b) === label);

describe('popup storage banner', () => {
  it('says in plain words that the disk is full, when, and opens the data settings to delete old data', async () => {
    const { openDataSettings, openDashboard } = await mount(QUOTA);
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(banner()!.getAttribute('role')).toBe('alert');
    expect(text(banner()!.querySelector('.sl-storage-problem__title'))).toBe("Your disk is full: SpecLens could not save the last reply's findings.");
    expect(text(banner()!.querySelector('.sl-storage-problem__detail'))).toBe('Free space or delete old data (Options → Retention).');
    const when = banner()!.querySelector('time')!;
    expect(when.getAttribute('datetime')).toBe(new Date(AT).toISOString());
    expect(text(banner()!.querySelector('.sl-storage-problem__when'))).toContain('Nothing already stored was lost.');
    // at the top: right after the header, before the site card
    expect(container.querySelector('.popup__head')!.nextElementSibling).toBe(banner());

    await click(button('Delete old data…'));
    expect(openDataSettings).toHaveBeenCalledOnce();
    await click(button('Health log'));
    expect(openDashboard).toHaveBeenCalledWith('#health');
  });

  it('shows another kind of failure with its reason, without the delete action', async () => {
    await mount(UNAVAILABLE);
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(text(banner()!.querySelector('.sl-storage-problem__title'))).toBe('SpecLens could not save the review.');
    expect(text(banner()!.querySelector('.sl-storage-problem__detail'))).toBe(
      'The SpecLens database is not available right now. Nothing that was already stored has been lost. Reload the extension if this persists.',
    );
    expect(button('Delete old data…')).toBeUndefined();
    expect(button('Health log')).toBeDefined();
  });

  it('shows nothing when the last write succeeded, also on pages SpecLens does not read', async () => {
    const { asked } = await mount(null);
    await waitFor(() => expect(asked.some((r) => r.type === 'speclens/data/health')).toBe(true));
    expect(banner()).toBeNull();
    render(null, container);
    await mount(QUOTA, 'about:blank');
    await waitFor(() => expect(banner()).not.toBeNull());
  });

  it('asks again when the popup comes back into view', async () => {
    let problem: StorageProblem | null = QUOTA;
    const request = (async (req: DataRequest) =>
      req.type === 'speclens/data/health'
        ? { ok: true, value: { events: [], latestPerSite: [], lastStorageError: problem } }
        : { ok: true, value: { total: 0, offset: 0, findings: [], reviews: [], facets: {} } }) as DataRequester;
    await act(() => render(h(Popup, { request, page: null, controlsArea: fakeBrowser.storage.local, analyze: vi.fn(), openDashboard: vi.fn() }), container));
    await waitFor(() => expect(banner()).not.toBeNull());
    problem = null;
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(banner()).toBeNull());
  });
});

describe('storage problem words', () => {
  it('finds the failed action in the store’s message, and names the capture the way users see it', () => {
    expect(failedAction(QUOTA)).toBe("save the last reply's findings");
    expect(failedAction(UNAVAILABLE)).toBe('save the review');
    expect(failedAction({ message: 'Something else broke.', reason: 'x' })).toBeNull();
    expect(storageProblemWords({ kind: 'quota', message: 'Something else broke.', reason: 'x' }).title).toBe('Your disk is full: SpecLens could not save its data.');
    expect(storageProblemWords({ kind: 'failed', message: 'Something else broke.', reason: 'x' })).toEqual({ title: 'SpecLens could not save its data.', detail: 'Something else broke.' });
  });

  it('words the note of a reply shown but not saved', () => {
    expect(unsavedReplyNotice('quota', 'Could not store the capture: full')).toBe(
      'Shown here but not saved: your disk is full. Free space or delete old data (SpecLens options → Retention).',
    );
    expect(unsavedReplyNotice('aborted', 'Could not store the capture: the write was interrupted.')).toBe('Shown here but not saved: the write was interrupted.');
  });
});
