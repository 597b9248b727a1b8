/** Verdicts on findings: one review per finding, mirrored onto the finding's `verdict` in the same transaction. */
import type { SpecLensDb } from './db';
import { UNREVIEWED, type FindingVerdict, type ReviewRecord, type Verdict } from './records';
import { inTransaction } from './transaction';

export interface ReviewChange {
  findingId: string;
  /** The new verdict, or null to withdraw the review. */
  verdict: Verdict | null;
  /** The reviewer's note; left out keeps the stored note, '' clears it. */
  note?: string;
}

export interface ReviewOutcome {
  updated: { findingId: string; verdict: FindingVerdict }[];
  /** Findings that no longer exist (deleted by retention or by the user since they were listed). */
  missing: string[];
}

export const MAX_NOTE_CHARS = 10_000;

/** Applies every change in one transaction: all of them are stored or none. */
export async function setReviews(db: SpecLensDb, changes: readonly ReviewChange[], now: number): Promise<ReviewOutcome> {
  return inTransaction(db.transaction(['findings', 'reviews'], 'readwrite'), async (tx) => {
    const findings = tx.objectStore('findings');
    const reviews = tx.objectStore('reviews');
    const outcome: ReviewOutcome = { updated: [], missing: [] };
    for (const change of changes) {
      const finding = await findings.get(change.findingId);
      if (!finding) {
        outcome.missing.push(change.findingId);
        continue;
      }
      const previous = await reviews.get(change.findingId);
      const verdict: FindingVerdict = change.verdict ?? UNREVIEWED;
      if (change.verdict === null) {
        if (previous) await reviews.delete(change.findingId);
      } else {
        const review: ReviewRecord = {
          findingId: finding.id,
          exchangeId: finding.exchangeId,
          verdict: change.verdict,
          note: change.note ?? previous?.note ?? '',
          reviewedAt: now,
        };
        await reviews.put(review);
      }
      if (finding.verdict !== verdict) await findings.put({ ...finding, verdict });
      outcome.updated.push({ findingId: finding.id, verdict });
    }
    return outcome;
  });
}
