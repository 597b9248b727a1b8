/** When a reply on an unknown chat UI has finished streaming. */
import type { PageTurn } from '../types';
import { anyOf, present, resolve } from '../shared';
import { ownRow } from '../shared-b';
import { findTurns, inBody } from './extract';
import { SELECTORS } from './selectors';

/** A stop button anywhere, or a streaming marker (`data-is-streaming`, `aria-busy` …) on or in the reply. */
export function isBusy(doc: Document, reply: PageTurn): boolean {
  if (present(SELECTORS.stopButton, doc)) return true;
  return reply.element.closest(anyOf(SELECTORS.streamingMarker)) !== null || present(SELECTORS.streamingMarker, reply.element);
}

/**
 * A copy button in the reply's own row (outside its message body, where code blocks keep theirs). When
 * the reply has none, the answer depends on the page: false if another reply on it has one (this UI
 * shows actions once a reply is done), null if none does (this UI shows none; the quiet period decides).
 */
export function hasReplyActions(reply: PageTurn): boolean | null {
  const turns = findTurns(reply.element.ownerDocument);
  if (hasCopyButton(reply, turns)) return true;
  const others = turns.filter((t) => t.role === 'assistant' && t.element !== reply.element);
  return others.some((other) => hasCopyButton(other, turns)) ? false : null;
}

const CODE_LABEL = /\bcode\b/i;

function hasCopyButton(turn: PageTurn, turns: readonly PageTurn[]): boolean {
  const row = ownRow(turn, turns, anyOf(SELECTORS.pageChrome));
  return resolve(SELECTORS.copyButton, row).elements.some((button) => !inBody(button, turn) && !isCodeCopy(button));
}

/** A code block's own copy button ("Copy code", `copy-code-button`). */
function isCodeCopy(button: Element): boolean {
  const described = [button.getAttribute('aria-label'), button.getAttribute('title'), button.getAttribute('class'), button.textContent];
  return described.some((text) => text !== null && CODE_LABEL.test(text.replace(/[-_]/g, ' ')));
}
