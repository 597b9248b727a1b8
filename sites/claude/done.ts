/** Whether a Claude reply is still streaming, and whether its action bar has appeared. */
import { boundary, findAfter, matchesSpec, present } from '../shared';
import type { PageTurn } from '../types';
import { SELECTORS } from './selectors';

const replyBoundary = boundary(SELECTORS.turn, SELECTORS.userMessage);

/** `data-is-streaming="true"` on the reply is Claude's own busy flag; the stop button backs it up. */
export function isBusy(doc: Document, reply: PageTurn): boolean {
  return matchesSpec(reply.element, SELECTORS.streaming) || present(SELECTORS.streaming, reply.element) || present(SELECTORS.stopButton, doc);
}

export function hasReplyActions(reply: PageTurn): boolean {
  return findAfter(reply.element, SELECTORS.replyActions, replyBoundary) !== null;
}
