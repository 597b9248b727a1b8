/** When an Open WebUI reply has finished streaming. */
import type { PageTurn } from '../types';
import { closestSpec, present } from '../shared';
import { SELECTORS } from './selectors';

/** The composer's send button becomes a stop button while a reply streams. */
export function isBusy(doc: Document, _reply: PageTurn): boolean {
  return present(SELECTORS.stopButton, doc);
}

/** The row's action bar is rendered empty until the message is done, then gets copy / rate / regenerate. */
export function hasReplyActions(reply: PageTurn): boolean {
  const row = closestSpec(reply.element, SELECTORS.messageRow);
  return row !== null && present(SELECTORS.replyActions, row);
}
