/** When a Poe reply has finished streaming. */
import type { PageTurn } from '../types';
import { closestSpec, present } from '../shared';
import { isPlaceholder } from './extract';
import { SELECTORS } from './selectors';

/** Poe shows a "Stop" button above the composer while a bot is answering, and "..." before its first token. */
export function isBusy(doc: Document, reply: PageTurn): boolean {
  return present(SELECTORS.stopButton, doc) || isPlaceholder(reply);
}

/** Share / like / copy appear in the reply's row once the reply is complete. */
export function hasReplyActions(reply: PageTurn): boolean {
  const row = closestSpec(reply.element, SELECTORS.messageRow);
  return row !== null && present(SELECTORS.replyActions, row);
}
