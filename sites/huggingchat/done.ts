/** When a HuggingChat reply has finished streaming. */
import type { PageTurn } from '../types';
import { present } from '../shared';
import { SELECTORS } from './selectors';

/** "Stop generating" replaces the send button, and loading dots sit in the reply, while it streams. */
export function isBusy(doc: Document, reply: PageTurn): boolean {
  return present(SELECTORS.stopButton, doc) || present(SELECTORS.loading, reply.element);
}

/** Rating, Retry and copy buttons are rendered under a reply only when it is no longer loading. */
export function hasReplyActions(reply: PageTurn): boolean {
  return present(SELECTORS.replyActions, reply.element);
}
