/** Reading one stored exchange with everything attached to it. */
import type { SpecLensDb } from './db';
import type { AnnotationRecord, ConversationRecord, ExchangeRecord, FindingRecord, ReviewRecord } from './records';

export interface ExchangeDetail {
  exchange: ExchangeRecord;
  conversation: ConversationRecord | null;
  /** In engine order. */
  findings: FindingRecord[];
  reviews: ReviewRecord[];
  annotations: AnnotationRecord[];
  /** Every stored version of the same reply (this one included), oldest first. */
  versions: { id: string; version: number; capturedAt: number; findingCount: number }[];
}

/** Everything about one exchange, read in one transaction; null when it is not stored. */
export async function getExchangeDetail(db: SpecLensDb, exchangeId: string): Promise<ExchangeDetail | null> {
  const tx = db.transaction(['exchanges', 'conversations', 'findings', 'reviews', 'annotations']);
  const exchange = await tx.objectStore('exchanges').get(exchangeId);
  if (!exchange) {
    await tx.done;
    return null;
  }
  const [conversation, findings, reviews, annotations, siblings] = await Promise.all([
    tx.objectStore('conversations').get(exchange.conversationRecordId),
    tx.objectStore('findings').index('by-exchange').getAll(exchangeId),
    tx.objectStore('reviews').index('by-exchange').getAll(exchangeId),
    tx.objectStore('annotations').index('by-exchange').getAll(exchangeId),
    tx.objectStore('exchanges').index('by-slot').getAll(exchange.slot),
  ]);
  await tx.done;
  return {
    exchange,
    conversation: conversation ?? null,
    findings: findings.sort((a, b) => a.ordinal - b.ordinal),
    reviews,
    annotations: annotations.sort((a, b) => a.createdAt - b.createdAt),
    versions: siblings
      .map((s) => ({ id: s.id, version: s.version, capturedAt: s.capturedAt, findingCount: s.findingCount }))
      .sort((a, b) => a.version - b.version),
  };
}

/** Full finding records by id, in the order asked; ids no longer stored are left out. */
export async function getFindings(db: SpecLensDb, ids: readonly string[]): Promise<FindingRecord[]> {
  const tx = db.transaction('findings');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((f): f is FindingRecord => f !== undefined);
}

/** Reviews by finding id (missing ids are left out). */
export async function getReviews(db: SpecLensDb, findingIds: readonly string[]): Promise<ReviewRecord[]> {
  const tx = db.transaction('reviews');
  const found = await Promise.all(findingIds.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((r): r is ReviewRecord => r !== undefined);
}
