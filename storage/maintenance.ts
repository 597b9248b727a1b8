/** Retention purge and "delete everything". */
import { recordCatalogOp } from './catalog-snapshot';
import type { SpecLensDb } from './db';
import { STORE_NAMES } from './records';
import { inTransaction, issueAll } from './transaction';

export interface PurgeOutcome {
  exchanges: number;
  findings: number;
  reviews: number;
  annotations: number;
  conversations: number;
  healthEvents: number;
  /** Ids of the deleted exchanges (the caller drops their findings from its catalog). */
  exchangeIds: string[];
}

const DAY_MS = 86_400_000;

export function retentionCutoff(retentionDays: number, now: number): number {
  return now - retentionDays * DAY_MS;
}

/**
 * Deletes every exchange captured before `cutoff` (epoch ms) with its findings, reviews and
 * annotations, conversations left with no exchange, and health events older than the cutoff; all in
 * one transaction, so an interrupted purge deletes nothing.
 */
export async function purgeBefore(db: SpecLensDb, cutoff: number): Promise<PurgeOutcome> {
  const stores = ['exchanges', 'findings', 'reviews', 'annotations', 'conversations', 'health', 'catalog-ops'] as const;
  return inTransaction(db.transaction(stores, 'readwrite'), async (tx) => {
    const outcome: PurgeOutcome = { exchanges: 0, findings: 0, reviews: 0, annotations: 0, conversations: 0, healthEvents: 0, exchangeIds: [] };
    const old = IDBKeyRange.upperBound(cutoff, true);
    const affectedConversations = new Set<string>();
    let cursor = await tx.objectStore('exchanges').index('by-captured').openCursor(old);
    while (cursor) {
      const ex = cursor.value;
      outcome.exchangeIds.push(ex.id);
      affectedConversations.add(ex.conversationRecordId);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    outcome.exchanges = outcome.exchangeIds.length;
    if (outcome.exchanges > 0) await recordCatalogOp(tx.objectStore('catalog-ops'), { kind: 'remove-exchanges', exchangeIds: outcome.exchangeIds });

    for (const exchangeId of outcome.exchangeIds) {
      for (const store of ['findings', 'reviews', 'annotations'] as const) {
        const keys = await tx.objectStore(store).index('by-exchange').getAllKeys(exchangeId);
        for (const key of keys) await tx.objectStore(store).delete(key);
        outcome[store] += keys.length;
      }
    }

    // Recount what is left rather than subtract, so a conversation's dates follow its remaining exchanges.
    const conversations = tx.objectStore('conversations');
    for (const id of affectedConversations) {
      const conversation = await conversations.get(id);
      if (!conversation) continue;
      const left = await tx.objectStore('exchanges').index('by-conversation').getAll(id);
      if (left.length === 0) {
        await conversations.delete(id);
        outcome.conversations++;
      } else {
        const times = left.map((e) => e.capturedAt);
        await conversations.put({
          ...conversation,
          exchangeCount: left.length,
          firstCapturedAt: Math.min(...times),
          lastCapturedAt: Math.max(...times),
        });
      }
    }

    let health = await tx.objectStore('health').index('by-at').openCursor(old);
    while (health) {
      await health.delete();
      outcome.healthEvents++;
      health = await health.continue();
    }
    return outcome;
  });
}

/** Clears every store except the settings (so "delete everything" does not silently turn redaction off). */
export async function deleteEverything(db: SpecLensDb): Promise<void> {
  const stores = [...STORE_NAMES.filter((s) => s !== 'settings'), 'catalog', 'catalog-ops'] as const;
  await inTransaction(db.transaction(stores, 'readwrite'), async (tx) => {
    await issueAll(stores.map((s) => () => tx.objectStore(s).clear()));
  });
}
