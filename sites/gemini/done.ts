/**
 * Whether a Gemini reply is still generating, and whether its action bar has appeared. Gemini's stop
 * button and `.pending` class have been seen to outlive the reply, so the watcher's quiet period and the
 * action bar decide together with these markers.
 */
import { boundary, findAfter, present } from '../shared';
import type { PageTurn } from '../types';
import { SELECTORS } from './selectors';

const replyBoundary = boundary(SELECTORS.turn, SELECTORS.userMessage);

export function isBusy(doc: Document, reply: PageTurn): boolean {
  if (present(SELECTORS.busyMarker, reply.element)) return true;
  // A stop button left over after the reply finished must not hold the reply back forever.
  return present(SELECTORS.stopButton, doc) && !hasReplyActions(reply);
}

export function hasReplyActions(reply: PageTurn): boolean {
  return findAfter(reply.element, SELECTORS.replyActions, replyBoundary) !== null;
}
