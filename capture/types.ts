/** What the reply watcher reports: finished replies (captures) and reasons it cannot read the page (health). */
import type { Exchange } from '../engine/types';
import type { SiteId } from '../sites/types';

/**
 * How a captured reply came to be finished: `live` when the watcher saw it generating (busy marker on),
 * `existing` when it was already finished when the watcher first saw it (on the page at load, after a
 * navigation to another conversation, or remounted by a virtualised thread).
 */
export type CaptureOrigin = 'live' | 'existing';

export interface CaptureEvent {
  /**
   * Identifies one reply version: `${site}|id:${messageId}|${textHash}` when the page gives the reply a
   * message id, else `${site}|${conversation}|prompt:${promptHash}|${textHash}`. The same key twice is
   * the same reply (a remount, a reload); a store keeps one record per key.
   */
  key: string;
  /** The exchange's place in its conversation, `${site}|${conversation}|${position}`: versions share it. */
  slot: string;
  /** 1 for the first reply seen at this slot in this page session, 2 after a regeneration or edit, and so on. */
  version: number;
  origin: CaptureOrigin;
  /** The conversation up to and including the finished reply, its last turn. */
  exchange: Exchange;
}

export type HealthKind =
  /** A supported page with a conversation shows no turns the adapter can read. */
  | 'no-turns'
  /** A reply stayed unfinished (busy, without its action buttons, or changing) for longer than the limit. */
  | 'reply-never-finished'
  /** The watcher or the adapter threw; the page was left alone. */
  | 'content-script-error';

export interface HealthEvent {
  kind: HealthKind;
  site: SiteId;
  url: string;
  /** Names of required selectors (SelectorSpec.name) that match nothing on the page. */
  missingSelectors: string[];
  /** One sentence on what was seen, for the user and for a bug report. */
  detail: string;
  /** ISO 8601 time. */
  at: string;
}
