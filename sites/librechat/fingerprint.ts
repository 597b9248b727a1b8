/** Whether a page on a user-added origin is LibreChat. */
import { present } from '../shared';
import { SELECTORS } from './selectors';

/** Its message rows (`.message-render` with a user or agent turn) or its composer. */
export function fingerprint(doc: Document): boolean {
  return present(SELECTORS.appMarker, doc) || (present(SELECTORS.messageRow, doc) && (present(SELECTORS.userTurn, doc) || present(SELECTORS.assistantTurn, doc)));
}
