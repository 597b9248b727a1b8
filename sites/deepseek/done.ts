/** When a DeepSeek reply has finished streaming. */
import type { PageTurn } from '../types';
import { closestSpec, present } from '../shared';
import { SELECTORS } from './selectors';

/** The composer shows a stop button while a reply streams. */
export function isBusy(doc: Document, _reply: PageTurn): boolean {
  return present(SELECTORS.stopButton, doc);
}

/** Copy / regenerate / rate icons appear under a reply only once it is complete. */
export function hasReplyActions(reply: PageTurn): boolean {
  const row = closestSpec(reply.element, SELECTORS.row) ?? reply.element.parentElement;
  return row !== null && present(SELECTORS.replyActions, row);
}
