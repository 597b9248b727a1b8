/**
 * The SpecLens IndexedDB database: object stores, indexes and the upgrade from every earlier schema
 * version. Only the background service worker opens it; pages go through messaging/data-*.
 *
 * Version history
 *   v1  conversations, exchanges, findings, reviews, annotations, health, settings.
 *       A finding's verdict lived only in the reviews store.
 *   v2  findings carry a denormalised `verdict` (copied from reviews, `unreviewed` otherwise) with a
 *       `by-verdict` index, so the dashboard filters by verdict without joining; health gets a
 *       `[site, at]` index for "latest event per site". (Record schema 2.)
 *   v3  `catalog` and `catalog-ops` keep the findings catalog between service-worker runs (see
 *       catalog-snapshot.ts). Derived data only: the records and the record schema are unchanged.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CatalogOp, PackedCatalog } from './catalog-snapshot';
import {
  DB_NAME,
  DB_VERSION,
  UNREVIEWED,
  type AnnotationRecord,
  type ConversationRecord,
  type ExchangeRecord,
  type FindingRecord,
  type FindingVerdict,
  type HealthEventRecord,
  type ReviewRecord,
  type SettingsRecord,
} from './records';

export interface SpecLensSchema extends DBSchema {
  conversations: {
    key: string;
    value: ConversationRecord;
    indexes: { 'by-site': string; 'by-last-captured': number };
  };
  exchanges: {
    key: string;
    value: ExchangeRecord;
    indexes: { 'by-slot': string; 'by-captured': number; 'by-conversation': string };
  };
  findings: {
    key: string;
    value: FindingRecord;
    indexes: {
      'by-exchange': string;
      'by-captured': number;
      'by-rule': string;
      'by-section': string;
      'by-site': string;
      'by-verdict': FindingVerdict;
    };
  };
  reviews: {
    key: string;
    value: ReviewRecord;
    indexes: { 'by-exchange': string };
  };
  annotations: {
    key: string;
    value: AnnotationRecord;
    indexes: { 'by-exchange': string; 'by-created': number };
  };
  health: {
    key: string;
    value: HealthEventRecord;
    indexes: { 'by-at': number; 'by-site-at': [string, number] };
  };
  settings: {
    key: string;
    value: SettingsRecord;
  };
  catalog: {
    key: string;
    value: PackedCatalog;
  };
  'catalog-ops': {
    key: number;
    value: CatalogOp;
  };
}

export type SpecLensDb = IDBPDatabase<SpecLensSchema>;
type UpgradeTransaction = IDBPTransaction<SpecLensSchema, StoreNames<SpecLensSchema>[], 'versionchange'>;

/** v1: every store, and the indexes the first dashboard needed. */
function createV1(db: SpecLensDb): void {
  const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
  conversations.createIndex('by-site', 'site');
  conversations.createIndex('by-last-captured', 'lastCapturedAt');

  const exchanges = db.createObjectStore('exchanges', { keyPath: 'id' });
  exchanges.createIndex('by-slot', 'slot');
  exchanges.createIndex('by-captured', 'capturedAt');
  exchanges.createIndex('by-conversation', 'conversationRecordId');

  const findings = db.createObjectStore('findings', { keyPath: 'id' });
  findings.createIndex('by-exchange', 'exchangeId');
  findings.createIndex('by-captured', 'capturedAt');
  findings.createIndex('by-rule', 'ruleId');
  findings.createIndex('by-section', 'section');
  findings.createIndex('by-site', 'site');

  const reviews = db.createObjectStore('reviews', { keyPath: 'findingId' });
  reviews.createIndex('by-exchange', 'exchangeId');

  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('by-exchange', 'exchangeId');
  annotations.createIndex('by-created', 'createdAt');

  const health = db.createObjectStore('health', { keyPath: 'id' });
  health.createIndex('by-at', 'at');

  db.createObjectStore('settings', { keyPath: 'id' });
}

/** v2: copy each finding's verdict out of the reviews store onto the finding, then index it. */
async function upgradeToV2(tx: UpgradeTransaction): Promise<void> {
  const findings = tx.objectStore('findings');
  findings.createIndex('by-verdict', 'verdict');
  tx.objectStore('health').createIndex('by-site-at', ['site', 'at']);

  const verdicts = new Map<string, FindingVerdict>();
  for (const review of await tx.objectStore('reviews').getAll()) verdicts.set(review.findingId, review.verdict);
  let cursor = await findings.openCursor();
  while (cursor) {
    const verdict = verdicts.get(cursor.value.id) ?? UNREVIEWED;
    if (cursor.value.verdict !== verdict) await cursor.update({ ...cursor.value, verdict });
    cursor = await cursor.continue();
  }
}

/** v3: the stores of the persisted findings catalog (empty: the first load builds it from the findings). */
function createV3(db: SpecLensDb): void {
  db.createObjectStore('catalog');
  db.createObjectStore('catalog-ops', { autoIncrement: true });
}

export interface OpenOptions {
  name?: string;
  /** Called when a newer version of the extension wants to upgrade the schema; this connection is closed first. */
  onBlocking?: () => void;
  /** Called when the browser closed the connection abnormally (e.g. the profile's storage was cleared). */
  onTerminated?: () => void;
}

/** Opens (creating or upgrading as needed) the database at DB_VERSION. */
export function openSpecLensDb(options: OpenOptions = {}): Promise<SpecLensDb> {
  return openDB<SpecLensSchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) createV1(db);
      // The open request reports an aborted upgrade; this promise need not report it again.
      tx.done.catch(() => {});
      if (oldVersion < 2) {
        // A failed migration must abort the version change, so the old data stays at the old version.
        upgradeToV2(tx).catch(() => {
          try {
            tx.abort();
          } catch {
            // already finished or aborted
          }
        });
      }
      if (oldVersion < 3) createV3(db);
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      options.onBlocking?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
}
