/** When a LibreChat reply has finished streaming. */
import type { PageTurn } from '../types';
import { closestSpec, present } from '../shared';
import { SELECTORS } from './selectors';

/** The stop button replaces send, and the latest reply's markdown carries `result-streaming`, while it streams. */
export function isBusy(doc: Document, reply: PageTurn): boolean {
  return present(SELECTORS.stopButton, doc) || present(SELECTORS.streamingMarkdown, reply.element);
}

/** Hover buttons (copy, edit, rate, regenerate) are withheld from the latest message until it is done. */
export function hasReplyActions(reply: PageTurn): boolean {
  const row = closestSpec(reply.element, SELECTORS.messageRow);
  return row !== null && present(SELECTORS.replyActions, row);
}
