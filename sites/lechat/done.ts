/** When a Le Chat reply has finished streaming. */
import type { PageTurn } from '../types';
import { anyOf, matchesSpec, present } from '../shared';
import { followingUntilTurn } from '../shared-b';
import { SELECTORS } from './selectors';

/** The composer's send button turns into a stop button while a reply streams. */
export function isBusy(doc: Document, _reply: PageTurn): boolean {
  return present(SELECTORS.stopButton, doc);
}

const isTurn = (el: Element): boolean =>
  matchesSpec(el, SELECTORS.userTurn) ||
  matchesSpec(el, SELECTORS.assistantTurn) ||
  el.querySelector(`${anyOf(SELECTORS.userTurn)}, ${anyOf(SELECTORS.assistantTurn)}`) !== null;

/** The copy / rate / rewrite bar follows a reply (or sits inside it) once the reply is complete. */
export function hasReplyActions(reply: PageTurn): boolean {
  if (present(SELECTORS.replyActions, reply.element)) return true;
  return followingUntilTurn(reply.element, isTurn).some((el) => present(SELECTORS.replyActions, el));
}
