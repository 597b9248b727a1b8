/** Whether a page on a user-added origin is Open WebUI. */
import { present } from '../shared';
import { SELECTORS } from './selectors';

/** Its message structure (`#message-{id}` rows with `.chat-user` / `.chat-assistant`) or its page marker. */
export function fingerprint(doc: Document): boolean {
  return (
    present(SELECTORS.appMarker, doc) ||
    (present(SELECTORS.messageRow, doc) && (present(SELECTORS.userTurn, doc) || present(SELECTORS.assistantTurn, doc)))
  );
}
