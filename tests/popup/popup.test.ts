// @vitest-environment happy-dom
/** The popup against a real store: the current conversation's findings, switches, health and the dashboard link. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { describePage } from '../../components/popup/current-page';
import { loadCaptureControls } from '../../storage/capture-controls';
import type { DataRequester } from '../../components/dashboard/data';
import type { SpecLensStore } from '../../storage/store';
import { BOILERPLATE_REPLY, click, seededStore, text, waitFor } from '../dashboard/helpers';

let container: HTMLElement;
let store: SpecLensStore;
let request: DataRequester;

beforeEach(async () => {
  fakeBrowser.reset();
  // Exchanges 0 and 2 are in conversation conv-0, exchange 1 in conv-1 (see helpers.exchangeOf).
  ({ store, request } = await seededStore([BOILERPLATE_REPLY, "Great question! You're absolutely right.", "I'm sorry, but I can't help with that."]));
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await store.close();
});

async function mount(url: string | undefined, openDashboard = vi.fn()) {
  await act(() =>
    render(h(Popup, { request, page: describePage(url), controlsArea: fakeBrowser.storage.local, analyze: vi.fn(), openDashboard }), container),
  );
  return openDashboard;
}

const switchNamed = (label: string) => [...container.querySelectorAll('label.popup__switch')].find((l) => text(l.querySelector('span')) === label)!.querySelector('input')!;

describe('popup', () => {
  it('lists the findings of the conversation in the current tab only, oldest first', async () => {
    await mount('https://chatgpt.com/c/conv-0');
    await waitFor(() => expect(text(container.querySelector('.popup__count'))).toBe('2 findings'));
    expect([...container.querySelectorAll('.popup__finding-title')].map((e) => text(e))).toEqual(['"As an AI language model" boilerplate', 'Refuses a harmless request']);
    expect(text(container.querySelector('.popup__tagline'))).toBe('ChatGPT');
  });

  it('says so when the conversation has no findings, or the page has no conversation yet', async () => {
    await mount('https://chatgpt.com/c/another');
    await waitFor(() => expect(text(container)).toContain('No findings in this conversation so far.'));
    render(null, container);
    await mount('https://chatgpt.com/');
    expect(text(container)).toContain('A new or temporary chat');
  });

  it('turns capture off for this site and pauses everything, stored for the content script', async () => {
    await mount('https://chatgpt.com/c/conv-0');
    await waitFor(() => expect(switchNamed('Capture').disabled).toBe(false));
    expect(switchNamed('Capture').checked).toBe(true);
    await click(switchNamed('Capture'));
    await waitFor(() => expect(switchNamed('Capture').checked).toBe(false));
    expect(await loadCaptureControls(fakeBrowser.storage.local)).toEqual({ paused: false, disabledOrigins: ['https://chatgpt.com'] });
    expect(text(container.querySelector('.popup__status'))).toBe('Not capturing on this page.');
    await click(switchNamed('Pause all'));
    await waitFor(() => expect(text(container)).toContain('Capture is paused everywhere.'));
    expect((await loadCaptureControls(fakeBrowser.storage.local)).paused).toBe(true);
  });

  it("shows the site's health: fine, or its latest problem in plain words", async () => {
    await mount('https://chatgpt.com/c/conv-0');
    await waitFor(() => expect(text(container.querySelector('.popup__status'))).toBe('Reading this site without problems.'));
    await store.appendHealthEvent({ site: 'chatgpt', url: 'https://chatgpt.com/c/x', kind: 'reply-never-finished', message: 'Timed out.', missingSelectors: [], at: Date.UTC(2026, 10, 3) });
    render(null, container);
    await mount('https://chatgpt.com/c/conv-0');
    await waitFor(() => expect(text(container.querySelector('.popup__status'))).toContain('Last problem: A reply never finished streaming'));
  });

  it('explains pages it does not read, and still opens the dashboard', async () => {
    const open = await mount(undefined);
    expect(text(container)).toContain('SpecLens does not read this page.');
    expect(container.querySelector('.popup__findings')).toBeNull();
    await click([...container.querySelectorAll('button')].find((b) => text(b) === 'Open the dashboard'));
    expect(open).toHaveBeenCalledWith('');
  });

  it('opens the dashboard filtered to the current site', async () => {
    const open = await mount('https://claude.ai/chat/123');
    await click([...container.querySelectorAll('button')].find((b) => text(b) === 'Open the dashboard'));
    expect(open).toHaveBeenCalledWith('?site=claude');
  });

  it('keeps "check a reply" available', async () => {
    await mount('https://chatgpt.com/c/conv-0');
    expect(text(container.querySelector('.popup__check summary'))).toBe('Check a reply by hand');
    expect(container.querySelector('.popup__check textarea[name=reply]')).not.toBeNull();
  });
});
