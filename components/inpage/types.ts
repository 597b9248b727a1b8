/** What the in-page components show for one reply, and what they can ask the page layer to do. */
import type { AnnotationRecord, FindingRecord, Verdict } from '../../storage/records';

export interface ReviewState {
  verdict: Verdict | null;
  note: string;
}

export interface ReplyView {
  findings: FindingRecord[];
  /** By finding id; a finding without an entry is unreviewed. */
  reviews: Record<string, ReviewState>;
  annotations: AnnotationRecord[];
  /** False when the background kept no record of the reply: reviewing and flagging are then unavailable. */
  stored: boolean;
  /** The background has not answered yet: the badge shows that the reply is being checked. */
  pending?: boolean;
  /** The findings were shown but the background could not store them: why, in plain words. */
  unsaved?: string;
}

export interface SelectedText {
  quote: string;
}

export interface ReplyActions {
  /** Stores a verdict and/or note; resolves to an error message for the user, or null when saved. */
  review(findingId: string, verdict: Verdict | null, note: string): Promise<string | null>;
  /** Highlights the finding's evidence in the reply; false when the page no longer shows that text. */
  showEvidence(findingId: string): boolean;
  clearEvidence(): void;
  /** The text the user last selected inside this reply, if any. */
  selection(): SelectedText | null;
  annotate(input: { specAnchor: string; note: string; useSelection: boolean }): Promise<string | null>;
}

export const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;
