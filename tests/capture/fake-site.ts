/**
 * A small chat page and its adapter for the watcher tests: turns are `[data-role]` elements, the busy
 * marker is a `button#stop` in the composer, and finished replies carry an `.actions` bar.
 */
import type { PageTurn, SiteAdapter } from '../../sites/types';

export interface FakeSiteOptions {
  /** Replies carry `data-id` message ids (default true). */
  messageIds?: boolean;
  /** The site shows action buttons on finished replies (default true); false makes hasReplyActions null. */
  actions?: boolean;
}

export function fakeAdapter(options: FakeSiteOptions = {}): SiteAdapter & { calls: { findTurns: number; turnText: number } } {
  const messageIds = options.messageIds ?? true;
  const actions = options.actions ?? true;
  const calls = { findTurns: 0, turnText: 0 };
  return {
    calls,
    id: 'chatgpt',
    name: 'Fake Chat',
    matches: (url) => url.hostname === 'chat.example',
    conversationId: (url) => /^\/c\/([\w-]+)/.exec(url.pathname)?.[1] ?? null,
    selectors: {
      turn: { name: 'turn', candidates: ['[data-role]'], counts: {} },
      stop: { name: 'stop button', candidates: ['button#stop'], counts: {}, optional: true },
      ...(actions ? { actions: { name: 'reply actions', candidates: ['.actions'], counts: {} } } : {}),
    },
    findTurns(root: ParentNode): PageTurn[] {
      calls.findTurns++;
      return [...root.querySelectorAll('[data-role]')].map((element) => {
        // A reply continued in a second element (as after a reasoning block): `data-continued-in="<id>"`.
        const continuation = element.getAttribute('data-continued-in');
        const second = continuation ? element.ownerDocument.getElementById(continuation) : null;
        return {
          role: element.getAttribute('data-role') === 'user' ? 'user' : 'assistant',
          element,
          messageId: messageIds ? element.getAttribute('data-id') : null,
          ...(second ? { parts: [element, second] } : {}),
        };
      });
    },
    turnText(turn: PageTurn): string {
      calls.turnText++;
      return (turn.parts ?? [turn.element])
        .flatMap((part) => [...part.querySelectorAll('p, pre')].map((e) => e.textContent ?? ''))
        .join('\n');
    },
    model: () => 'fake-model',
    isBusy: (doc) => doc.querySelector('button#stop') !== null,
    hasReplyActions: (turn) => (actions ? turn.element.querySelector('.actions') !== null : null),
  };
}

export function userTurn(id: string, text: string): string {
  return `<div data-role="user" data-id="${id}"><p>${text}</p></div>`;
}

export function replyTurn(id: string, text: string, withActions = true): string {
  return `<div data-role="assistant" data-id="${id}"><div class="md"><p>${text}</p></div>${withActions ? '<div class="actions"><button>Copy</button></div>' : ''}</div>`;
}

export function setPage(threadHtml: string): HTMLElement {
  document.body.innerHTML = `<nav><a href="/c/other">Other chat</a></nav><main id="thread">${threadHtml}</main><form><button id="send">Send</button></form>`;
  return document.getElementById('thread')!;
}

/** Puts the composer's busy marker on (stop button) or off (send button), the way the site does. */
export function setBusy(on: boolean): void {
  const form = document.querySelector('form')!;
  form.innerHTML = on ? '<button id="stop">Stop</button>' : '<button id="send">Send</button>';
}

/** Starts a new exchange: the user's turn and an empty reply, busy marker on. Returns the reply's text node. */
export function beginReply(thread: HTMLElement, userId: string, prompt: string, replyId: string): Text {
  thread.insertAdjacentHTML('beforeend', userTurn(userId, prompt));
  thread.insertAdjacentHTML('beforeend', `<div data-role="assistant" data-id="${replyId}"><div class="md"><p></p></div></div>`);
  setBusy(true);
  const p = thread.querySelector(`[data-id="${replyId}"] p`)!;
  const text = document.createTextNode('');
  p.appendChild(text);
  return text;
}

/** Ends generation: busy marker off, action bar added to the reply. */
export function endReply(replyId: string, withActions = true): void {
  setBusy(false);
  if (withActions) document.querySelector(`[data-id="${replyId}"]`)!.insertAdjacentHTML('beforeend', '<div class="actions"><button>Copy</button></div>');
}
