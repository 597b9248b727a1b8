/** Capture keys: which reply version a finished turn is, and which exchange slot it fills. */
import type { SiteId } from '../sites/types';

export interface ReplyIdentity {
  site: SiteId;
  /** The conversation id from the URL, or null (new chat, temporary chat). */
  conversationId: string | null;
  /** The page path, which stands in for the conversation when the URL carries no id. */
  path: string;
  /** Index of the reply among the turns the adapter found, user turns included. */
  position: number;
  messageId: string | null;
  /** Fingerprint of the user turn the reply answers ('' when none precedes it). */
  promptFingerprint: string;
  fingerprint: string;
}

function conversationPart(id: Pick<ReplyIdentity, 'conversationId' | 'path'>): string {
  return id.conversationId !== null ? `c:${id.conversationId}` : `path:${id.path}`;
}

/**
 * A message id identifies the reply wherever a virtualised thread mounts it. Without one, the
 * conversation and the prompt the reply answers do: not the position, because a position counts only
 * the turns mounted at the time, and it shifts when a virtualised thread unmounts turns above, which
 * would make every remount look like a new reply. The reply's text hash is always part of the key, so
 * an edit that keeps the message id is still a new version.
 */
export function replyKey(id: ReplyIdentity): string {
  const where = id.messageId !== null ? `id:${id.messageId}` : `${conversationPart(id)}|prompt:${id.promptFingerprint}`;
  return `${id.site}|${where}|${id.fingerprint}`;
}

/** The exchange's place in the conversation; a regenerated reply fills the same slot as the one it replaces. */
export function slotKey(id: Pick<ReplyIdentity, 'site' | 'conversationId' | 'path' | 'position'>): string {
  return `${id.site}|${conversationPart(id)}|${id.position}`;
}

function textKey(id: Pick<ReplyIdentity, 'site' | 'conversationId' | 'path' | 'fingerprint'>): string {
  return `${id.site}|${conversationPart(id)}|${id.fingerprint}`;
}

/** Remembers the reply keys seen in this page session and numbers the versions of each slot. */
export class CaptureLedger {
  readonly #keys = new Map<string, number>();
  readonly #slots = new Map<string, number>();
  /** `${site}|${conversation}|${textHash}` of every recorded reply. */
  readonly #texts = new Set<string>();

  has(key: string): boolean {
    return this.#keys.has(key);
  }

  /**
   * Whether a reply with this text was recorded in this conversation. A virtualised thread can mount a
   * reply without the prompt above it; without a message id, its text is then all that identifies it.
   */
  hasText(id: Pick<ReplyIdentity, 'site' | 'conversationId' | 'path' | 'fingerprint'>): boolean {
    return this.#texts.has(textKey(id));
  }

  /** Records a new key and returns its version at the slot (1 for the first). A known key keeps its version. */
  record(key: string, slot: string, id: Pick<ReplyIdentity, 'site' | 'conversationId' | 'path' | 'fingerprint'>): number {
    const known = this.#keys.get(key);
    if (known !== undefined) return known;
    this.#texts.add(textKey(id));
    const version = (this.#slots.get(slot) ?? 0) + 1;
    this.#slots.set(slot, version);
    this.#keys.set(key, version);
    return version;
  }
}
