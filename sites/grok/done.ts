/** Whether a Grok reply is still streaming, and whether its action row has appeared. */
import { boundary, findAfter, present } from '../shared';
import type { PageTurn } from '../types';
import { SELECTORS } from './selectors';

const replyBoundary = boundary(SELECTORS.row, null);

export function isBusy(doc: Document): boolean {
  return present(SELECTORS.stopButton, doc);
}

export function hasReplyActions(reply: PageTurn): boolean {
  return findAfter(reply.element, SELECTORS.replyActions, replyBoundary) !== null;
}
