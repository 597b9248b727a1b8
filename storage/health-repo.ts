/** Health events: the log of pages SpecLens could not read and writes that failed, bounded in size. */
import type { SpecLensDb } from './db';
import type { HealthEventRecord, HealthKind } from './records';
import { inTransaction } from './transaction';

/** Older events beyond this many are deleted as new ones arrive, so a broken site cannot fill the disk. */
export const MAX_HEALTH_EVENTS = 1000;

export interface HealthEventInput {
  site: string;
  url: string | null;
  kind: HealthKind;
  message: string;
  missingSelectors?: string[];
  at: number;
}

export async function appendHealthEvent(db: SpecLensDb, input: HealthEventInput): Promise<HealthEventRecord> {
  const record: HealthEventRecord = {
    id: crypto.randomUUID(),
    site: input.site,
    url: input.url,
    kind: input.kind,
    message: input.message,
    missingSelectors: input.missingSelectors ?? [],
    at: input.at,
  };
  return inTransaction(db.transaction('health', 'readwrite'), async (tx) => {
    await tx.store.add(record);
    let excess = (await tx.store.count()) - MAX_HEALTH_EVENTS;
    let cursor = excess > 0 ? await tx.store.index('by-at').openCursor() : null;
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
    return record;
  });
}

/** The newest events first, optionally of one site. */
export async function listHealthEvents(db: SpecLensDb, options: { site?: string; limit?: number } = {}): Promise<HealthEventRecord[]> {
  const limit = options.limit ?? 100;
  const tx = db.transaction('health');
  const cursorSource =
    options.site === undefined
      ? tx.store.index('by-at').openCursor(null, 'prev')
      : tx.store.index('by-site-at').openCursor(IDBKeyRange.bound([options.site, -Infinity], [options.site, Infinity]), 'prev');
  const events: HealthEventRecord[] = [];
  for (let cursor = await cursorSource; cursor && events.length < limit; cursor = await cursor.continue()) events.push(cursor.value);
  await tx.done;
  return events;
}

/** The latest event of every site that has any, newest first. */
export async function latestHealthPerSite(db: SpecLensDb): Promise<HealthEventRecord[]> {
  const tx = db.transaction('health');
  const latest: HealthEventRecord[] = [];
  let cursor = await tx.store.index('by-site-at').openCursor(null, 'prev');
  while (cursor) {
    latest.push(cursor.value);
    // Walking backwards, [site, -Infinity] is below every event of this site: jump to the previous site's newest.
    cursor = await cursor.continue([cursor.value.site, -Infinity]);
  }
  await tx.done;
  return latest.sort((a, b) => b.at - a.at);
}
