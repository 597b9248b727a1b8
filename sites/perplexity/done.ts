/** Whether a Perplexity answer is still streaming, and whether its action row has appeared. */
import { boundary, findAfter, partsOf, present } from '../shared';
import type { PageTurn } from '../types';
import { SELECTORS } from './selectors';

// Each query and its answer share a container; climbing past it would reach the next answer's buttons.
const replyBoundary = boundary(null, SELECTORS.userMessage);

export function isBusy(doc: Document): boolean {
  return present(SELECTORS.stopButton, doc);
}

export function hasReplyActions(reply: PageTurn): boolean {
  const parts = partsOf(reply);
  return findAfter(parts[parts.length - 1]!, SELECTORS.replyActions, replyBoundary) !== null;
}
