/** Verdicts on findings: one review per finding, mirrored onto the finding's `verdict` in the same transaction. */
import { recordCatalogOp } from './catalog-snapshot';
import type { SpecLensDb } from './db';
import { UNREVIEWED, type FindingVerdict, type ReviewRecord, type Verdict } from './records';
import { inTransaction, issueAll } from './transaction';

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

/**
 * Applies every change in one transaction: all of them are stored or none. Reads are issued together
 * and writes are queued without waiting on each other, so a bulk review of thousands of findings
 * costs a few round trips, not four per finding. When one finding is named twice, the last change wins.
 */
export async function setReviews(db: SpecLensDb, changes: readonly ReviewChange[], now: number): Promise<ReviewOutcome> {
  const latest = [...new Map(changes.map((c) => [c.findingId, c])).values()];
  return inTransaction(db.transaction(['findings', 'reviews', 'catalog-ops'], 'readwrite'), async (tx) => {
    const findings = tx.objectStore('findings');
    const reviews = tx.objectStore('reviews');
    const [stored, previous] = await Promise.all([
      Promise.all(latest.map((c) => findings.get(c.findingId))),
      Promise.all(latest.map((c) => reviews.get(c.findingId))),
    ]);
    const outcome: ReviewOutcome = { updated: [], missing: [] };
    const writes: (() => Promise<unknown>)[] = [];
    const verdictChanges: [string, FindingVerdict][] = [];
    latest.forEach((change, i) => {
      const finding = stored[i];
      if (!finding) {
        outcome.missing.push(change.findingId);
        return;
      }
      const verdict: FindingVerdict = change.verdict ?? UNREVIEWED;
      if (change.verdict === null) {
        if (previous[i]) writes.push(() => reviews.delete(change.findingId));
      } else {
        const review: ReviewRecord = {
          findingId: finding.id,
          exchangeId: finding.exchangeId,
          verdict: change.verdict,
          note: change.note ?? previous[i]?.note ?? '',
          reviewedAt: now,
        };
        writes.push(() => reviews.put(review));
      }
      if (finding.verdict !== verdict) {
        writes.push(() => findings.put({ ...finding, verdict }));
        verdictChanges.push([finding.id, verdict]);
      }
      outcome.updated.push({ findingId: finding.id, verdict });
    });
    if (verdictChanges.length > 0) writes.push(() => recordCatalogOp(tx.objectStore('catalog-ops'), { kind: 'verdicts', changes: verdictChanges }));
    await issueAll(writes);
    return outcome;
  });
}
