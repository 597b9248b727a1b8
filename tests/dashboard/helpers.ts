/** A real store in fake IndexedDB answering the dashboard's data requests, and DOM helpers. */
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { analyze } from '../../engine/run';
import type { Exchange } from '../../engine/types';
import { handleDataMessage } from '../../messaging/data-handler';
import type { DataRequester } from '../../components/dashboard/data';
import { RULES } from '../../rules';
import { openSpecLensDb } from '../../storage/db';
import { SpecLensStore } from '../../storage/store';

export const ORIGIN = 'chrome-extension://speclens-test/';

export function exchangeOf(n: number, reply: string, site = 'chatgpt'): Exchange {
  return {
    site,
    conversationId: `conv-${n % 2}`,
    model: n % 2 ? 'gpt-5' : null,
    url: `https://chatgpt.com/c/conv-${n % 2}`,
    capturedAt: new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString(),
    turns: [
      { id: `u-${n}`, role: 'user', text: `Recommend a good sci-fi book, number ${n}.` },
      { id: `a-${n}`, role: 'assistant', text: reply },
    ],
  };
}

export const BOILERPLATE_REPLY = 'As an AI language model, I do not read books, but many readers love Dune <img src=x onerror="globalThis.__xss=1">.';

export async function seededStore(replies: string[]): Promise<{ store: SpecLensStore; request: DataRequester; openDatabase: () => ReturnType<typeof openSpecLensDb> }> {
  globalThis.indexedDB = new IDBFactory();
  const store = new SpecLensStore({ name: 'speclens' });
  for (const [n, reply] of replies.entries()) {
    const exchange = exchangeOf(n, reply);
    const saved = await store.saveCapture({ exchange, key: `chatgpt|id:a-${n}|h`, result: analyze(exchange, { rules: RULES }) });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const request = ((message: unknown) => handleDataMessage(message, { url: `${ORIGIN}dashboard.html` }, store, ORIGIN)) as DataRequester;
  return { store, request, openDatabase: () => openSpecLensDb({ name: 'speclens' }) };
}

/** Lets promises, IndexedDB callbacks and Preact effects settle until `check` passes (or fails after `ms`). */
export async function waitFor(check: () => void, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 5));
      });
      check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
    }
  }
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

export async function typeInto(el: Element | null | undefined, value: string): Promise<void> {
  const input = el as HTMLInputElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function key(el: Element | null | undefined, name: string): Promise<void> {
  await act(async () => {
    el!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}
