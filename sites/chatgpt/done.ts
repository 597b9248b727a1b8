/** Whether a ChatGPT reply is still streaming, and whether its action bar has appeared. */
import { boundary, findAfter, matchesSpec, partsOf, present } from '../shared';
import type { PageTurn } from '../types';
import { SELECTORS } from './selectors';

const replyBoundary = boundary(SELECTORS.turn, SELECTORS.userMessage);

export function isBusy(doc: Document, reply: PageTurn): boolean {
  return (
    present(SELECTORS.stopButton, doc) ||
    partsOf(reply).some((part) => matchesSpec(part, SELECTORS.streamingMarker) || present(SELECTORS.streamingMarker, part))
  );
}

export function hasReplyActions(reply: PageTurn): boolean {
  const parts = partsOf(reply);
  return findAfter(parts[parts.length - 1]!, SELECTORS.replyActions, replyBoundary) !== null;
}
