// @vitest-environment happy-dom
/** The side panel: the popup's content for the active tab, following tab switches and navigation. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel, type ActiveTabSource } from '../../components/popup/SidePanel';
import type { DataRequester } from '../../components/dashboard/data';
import type { SpecLensStore } from '../../storage/store';
import { BOILERPLATE_REPLY, click, seededStore, text, waitFor } from '../dashboard/helpers';

let container: HTMLElement;
let store: SpecLensStore;
let request: DataRequester;

/** A tab source the test drives: `go(url)` makes another tab active (or navigates), as the browser's events do. */
function fakeTabs(first: string | undefined) {
  let url = first;
  const listeners = new Set<() => void>();
  const source: ActiveTabSource = {
    currentUrl: async () => url,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const go = async (next: string | undefined) => {
    url = next;
    await act(async () => listeners.forEach((l) => l()));
  };
  return { source, go, listeners };
}

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

const titles = () => [...container.querySelectorAll('.popup__finding-title')].map((e) => text(e));

describe('side panel', () => {
  it("shows the popup's content for the active tab in the tall layout, and follows tab switches", async () => {
    const tabs = fakeTabs('https://chatgpt.com/c/conv-0');
    const openDashboard = vi.fn();
    await act(() => render(h(SidePanel, { tabs: tabs.source, request, controlsArea: fakeBrowser.storage.local, analyze: vi.fn(), openDashboard }), container));
    await waitFor(() => expect(text(container.querySelector('.popup__count'))).toBe('2 findings'));
    expect(container.querySelector('main')!.className).toBe('popup popup--panel');
    expect(titles()).toEqual(['"As an AI language model" boilerplate', 'Refuses a harmless request']);

    await tabs.go('https://chatgpt.com/c/conv-1');
    await waitFor(() => expect(text(container.querySelector('.popup__count'))).toBe('1 finding'));
    expect(titles()).toEqual(['Flattering opener or praise-only feedback']);

    await tabs.go(undefined);
    await waitFor(() => expect(text(container)).toContain('SpecLens does not read this page.'));
    await click([...container.querySelectorAll('button')].find((b) => text(b) === 'Open the dashboard'));
    expect(openDashboard).toHaveBeenCalledWith('');
  });

  it('stops listening when closed', async () => {
    const tabs = fakeTabs(undefined);
    await act(() => render(h(SidePanel, { tabs: tabs.source, request, controlsArea: fakeBrowser.storage.local, analyze: vi.fn(), openDashboard: vi.fn() }), container));
    await waitFor(() => expect(text(container)).toContain('SpecLens does not read this page.'));
    expect(tabs.listeners.size).toBe(1);
    await act(() => render(null, container));
    expect(tabs.listeners.size).toBe(0);
  });
});
