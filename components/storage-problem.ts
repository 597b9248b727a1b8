/**
 * Plain words for a failed write: the banner of the popup and the dashboard, and the note on a reply
 * whose findings were shown on the page but not saved.
 */
import type { StorageError } from '../storage/errors';

/** The latest failed write, as the background's health overview reports it. */
export type StorageProblem = StorageError & { at: number };

/** What the store names its writes (store.ts's actions), as a user reads them. */
const ACTION_WORDS: Record<string, string> = {
  'save the captured reply': "save the last reply's findings",
  'record the health event': 'record a problem with a chat page',
};

export const FREE_SPACE_HINT = 'Free space or delete old data (Options → Retention).';

/** The action of "Could not <action>: <reason>" (errors.ts builds every message that way); null when the message says otherwise. */
export function failedAction(error: Pick<StorageError, 'message' | 'reason'>): string | null {
  const opening = 'Could not ';
  const closing = `: ${error.reason}`;
  if (!error.message.startsWith(opening) || !error.message.endsWith(closing)) return null;
  const action = error.message.slice(opening.length, error.message.length - closing.length);
  return action ? (ACTION_WORDS[action] ?? action) : null;
}

export interface StorageProblemWords {
  /** One sentence: what went wrong. */
  title: string;
  /** What to do about it. */
  detail: string;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function storageProblemWords(error: Pick<StorageError, 'kind' | 'message' | 'reason'>): StorageProblemWords {
  const action = failedAction(error);
  if (error.kind === 'quota') {
    return { title: `Your disk is full: SpecLens could not ${action ?? 'save its data'}.`, detail: FREE_SPACE_HINT };
  }
  if (!action) return { title: 'SpecLens could not save its data.', detail: error.message };
  return { title: `SpecLens could not ${action}.`, detail: sentence(error.reason) };
}

/**
 * The note on a reply whose findings the page shows although the background could not store them.
 * `error` is the capture answer's "Could not store the capture: <reason>".
 */
export function unsavedReplyNotice(kind: string, error: string): string {
  if (kind === 'quota') return 'Shown here but not saved: your disk is full. Free space or delete old data (SpecLens options → Retention).';
  const reason = error.replace(/^Could not store the capture:\s*/, '');
  return `Shown here but not saved: ${reason || 'the database refused the write.'}`;
}
