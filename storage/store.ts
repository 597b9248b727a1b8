/**
 * The background's one entry point to the database: opens it lazily, keeps the findings catalog in
 * step with every write (in memory, and its stored copy: see catalog-snapshot.ts), and returns every
 * outcome as a StorageResult (never rejects), so message handlers can hand failures to the UI as they are.
 */
import { compactCatalog, dropCatalogSnapshot, readStoredCatalog } from './catalog-snapshot';
import { captureProblem, saveCapture, type CaptureInput, type SaveCaptureOutcome } from './capture-store';
import { openSpecLensDb, type SpecLensDb } from './db';
import { addAnnotation, deleteAnnotation, type AnnotationInput } from './annotations-repo';
import { attempt, classifyStorageError, failure, ok, StoreRequestError, type StorageError, type StorageResult } from './errors';
import { getExchangeDetail, getFindings, getReviews, type ExchangeDetail } from './exchanges-repo';
import { FindingCatalog, type Facets, type FindingFilters, type FindingQuery, type FindingStats } from './finding-catalog';
import { appendHealthEvent, latestHealthPerSite, listHealthEvents, type HealthEventInput } from './health-repo';
import { deleteEverything, purgeBefore, retentionCutoff, type PurgeOutcome } from './maintenance';
import type { AnnotationRecord, FindingRecord, HealthEventRecord, ReviewRecord, SettingsRecord, Verdict } from './records';
import { setReviews, type ReviewChange, type ReviewOutcome } from './reviews-repo';
import { getSettings, updateSettings, type SettingsPatch } from './settings-repo';

export interface FindingPage {
  total: number;
  offset: number;
  findings: FindingRecord[];
  /** Reviews of the findings on this page (unreviewed ones have none). */
  reviews: ReviewRecord[];
  facets: Facets;
}

export interface HealthOverview {
  events: HealthEventRecord[];
  latestPerSite: HealthEventRecord[];
  /** The latest failed write of this background session, also when it could not be logged (a full disk). */
  lastStorageError: (StorageError & { at: number }) | null;
}

export interface StoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  now?: () => number;
}

/** Retention and catalog upkeep run at most this often when triggered by captures. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
/** The stored catalog is folded into a new base this long after the last change to it. */
export const COMPACTION_DELAY_MS = 2000;
/** The loaded catalog is compared with the findings store this long after loading. */
export const VERIFICATION_DELAY_MS = 1000;
/** Logged catalog changes beyond which upkeep folds them even when no page has asked for findings. */
export const MAX_CATALOG_OPS = 500;

export class SpecLensStore {
  private dbPromise: Promise<SpecLensDb> | null = null;
  private catalogPromise: Promise<FindingCatalog> | null = null;
  private lastStorageError: (StorageError & { at: number }) | null = null;
  private lastRetentionRun = -Infinity;
  /** Writes to findings whose change has not reached the in-memory catalog yet. */
  private findingWritesInFlight = 0;
  private compactionTimer: ReturnType<typeof setTimeout> | null = null;
  private verificationTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: StoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  private db(): Promise<SpecLensDb> {
    if (!this.dbPromise) {
      const forget = () => {
        this.dbPromise = null;
      };
      this.dbPromise = openSpecLensDb({ name: this.options.name, onBlocking: forget, onTerminated: forget });
      // A failed open is retried by the next call instead of failing forever.
      this.dbPromise.catch(forget);
    }
    return this.dbPromise;
  }

  private catalog(): Promise<FindingCatalog> {
    if (!this.catalogPromise) {
      this.catalogPromise = this.db().then((db) => this.loadCatalog(db));
      this.catalogPromise.catch(() => {
        this.catalogPromise = null;
      });
    }
    return this.catalogPromise;
  }

  private async loadCatalog(db: SpecLensDb): Promise<FindingCatalog> {
    const stored = await readStoredCatalog(db);
    if (stored.rows) {
      const catalog = new FindingCatalog(stored.rows);
      for (const op of stored.ops) catalog.apply(op);
      if (stored.ops.length > 0) this.scheduleCompaction();
      this.scheduleVerification();
      return catalog;
    }
    // No stored catalog yet, or one this version cannot read.
    return this.rebuildCatalog(db);
  }

  private async rebuildCatalog(db: SpecLensDb): Promise<FindingCatalog> {
    const catalog = FindingCatalog.fromRecords(await db.getAll('findings'));
    this.scheduleCompaction();
    return catalog;
  }

  private scheduleVerification(): void {
    if (this.verificationTimer) clearTimeout(this.verificationTimer);
    this.verificationTimer = setTimeout(() => {
      this.verificationTimer = null;
      void this.verifyCatalogNow();
    }, VERIFICATION_DELAY_MS);
  }

  /**
   * Compares the loaded catalog with the number of stored findings and reads every finding anew when
   * they differ (findings written behind the store without dropping its stored catalog). True when
   * the catalog was found stale.
   */
  async verifyCatalogNow(): Promise<boolean> {
    const pending = this.catalogPromise;
    if (!pending) return false;
    if (this.findingWritesInFlight > 0) {
      this.scheduleVerification();
      return false;
    }
    try {
      const [catalog, db] = await Promise.all([pending, this.db()]);
      const stored = await db.count('findings');
      // A write that started meanwhile makes the comparison meaningless; look again later.
      if (this.findingWritesInFlight > 0 || pending !== this.catalogPromise) {
        this.scheduleVerification();
        return false;
      }
      if (stored === catalog.size) return false;
      this.catalogPromise = this.rebuildCatalog(db);
      this.catalogPromise.catch(() => {
        this.catalogPromise = null;
      });
      return true;
    } catch {
      return false;
    }
  }

  private scheduleCompaction(): void {
    if (this.compactionTimer) clearTimeout(this.compactionTimer);
    this.compactionTimer = setTimeout(() => {
      this.compactionTimer = null;
      void this.compactCatalogNow();
    }, COMPACTION_DELAY_MS);
  }

  /**
   * Folds the logged catalog changes into a new stored base, when the in-memory catalog has seen
   * every change (no write to findings in flight); otherwise tries again later. False when it did not.
   */
  async compactCatalogNow(): Promise<boolean> {
    const pending = this.catalogPromise;
    if (!pending) return false;
    if (this.findingWritesInFlight > 0) {
      this.scheduleCompaction();
      return false;
    }
    try {
      const [catalog, db] = await Promise.all([pending, this.db()]);
      if (this.findingWritesInFlight > 0 || pending !== this.catalogPromise) {
        this.scheduleCompaction();
        return false;
      }
      await compactCatalog(db, catalog.allRows());
      return true;
    } catch {
      // Derived data: a failed compaction leaves the base and the log as they were, still consistent.
      return false;
    }
  }

  /** Applies a change to the catalog once it is loaded; a catalog loaded later reads the change from the database. */
  private async updateCatalog(change: (catalog: FindingCatalog) => void): Promise<void> {
    const pending = this.catalogPromise;
    if (!pending) return;
    try {
      change(await pending);
    } catch {
      this.catalogPromise = null;
    }
  }

  /** A write that changes findings: its catalog change is applied in memory after the commit. */
  private async findingsWrite<T>(
    action: string,
    run: (db: SpecLensDb) => Promise<T>,
    apply: (catalog: FindingCatalog, value: T) => void,
  ): Promise<StorageResult<T>> {
    this.findingWritesInFlight++;
    try {
      const result = await this.write(action, run);
      if (result.ok) await this.updateCatalog((c) => apply(c, result.value));
      return result;
    } finally {
      this.findingWritesInFlight--;
      if (this.catalogPromise) this.scheduleCompaction();
    }
  }

  private async write<T>(action: string, run: (db: SpecLensDb) => Promise<T>): Promise<StorageResult<T>> {
    try {
      return ok(await run(await this.db()));
    } catch (err) {
      const error = classifyStorageError(err, action);
      if (!(err instanceof StoreRequestError)) await this.noteWriteFailure(error);
      return { ok: false, error };
    }
  }

  /** Keeps the failure for the UI and logs it as a health event when the database still accepts that. */
  private async noteWriteFailure(error: StorageError): Promise<void> {
    const at = this.now();
    this.lastStorageError = { ...error, at };
    try {
      const db = await this.db();
      await appendHealthEvent(db, { site: 'speclens', url: null, kind: 'storage-error', message: error.message, at });
    } catch {
      // The database refuses writes (often the same full disk); lastStorageError still reaches the UI.
    }
  }

  /** Loads the findings catalog ahead of the first dashboard request. */
  async warmUp(): Promise<StorageResult<number>> {
    return attempt('load the findings', async () => (await this.catalog()).size);
  }

  async saveCapture(input: CaptureInput): Promise<StorageResult<SaveCaptureOutcome>> {
    const problem = captureProblem(input);
    if (problem) return failure('invalid', 'save the captured reply', `${problem}.`);
    return this.findingsWrite(
      'save the captured reply',
      async (db) => {
        const settings = await getSettings(db);
        return saveCapture(db, input, { redact: settings.redactPersonalData, now: this.now() });
      },
      (c, saved) => {
        if (saved.created) c.upsert(saved.findings);
      },
    );
  }

  async listFindings(query: FindingQuery): Promise<StorageResult<FindingPage>> {
    return attempt('list the findings', async () => {
      const catalog = await this.catalog();
      const { rows, total } = catalog.query(query);
      const db = await this.db();
      const ids = rows.map((r) => r.id);
      const [findings, reviews] = await Promise.all([getFindings(db, ids), getReviews(db, ids)]);
      return { total, offset: query.offset ?? 0, findings, reviews, facets: catalog.facets() };
    });
  }

  async stats(filters: FindingFilters = {}): Promise<StorageResult<FindingStats>> {
    return attempt('compute the statistics', async () => (await this.catalog()).stats(filters));
  }

  async getExchange(exchangeId: string): Promise<StorageResult<ExchangeDetail>> {
    return attempt('read the conversation', async () => {
      const detail = await getExchangeDetail(await this.db(), exchangeId);
      if (!detail) throw new StoreRequestError('not-found', 'it is no longer stored.');
      return detail;
    });
  }

  async setReviews(changes: readonly ReviewChange[]): Promise<StorageResult<ReviewOutcome>> {
    return this.findingsWrite(
      'save the review',
      (db) => setReviews(db, changes, this.now()),
      (c, outcome) => outcome.updated.forEach((u) => c.setVerdict(u.findingId, u.verdict)),
    );
  }

  /** Gives every finding that matches `filters` the same verdict (null withdraws reviews), in one transaction. */
  async setVerdictForMatching(filters: FindingFilters, verdict: Verdict | null): Promise<StorageResult<ReviewOutcome>> {
    let ids: string[];
    try {
      ids = (await this.catalog()).matchingIds(filters);
    } catch (err) {
      return { ok: false, error: classifyStorageError(err, 'save the reviews') };
    }
    return this.setReviews(ids.map((findingId) => ({ findingId, verdict })));
  }

  async addAnnotation(input: AnnotationInput): Promise<StorageResult<AnnotationRecord>> {
    return this.write('save the annotation', (db) => addAnnotation(db, input, this.now()));
  }

  async deleteAnnotation(id: string): Promise<StorageResult<boolean>> {
    return this.write('delete the annotation', (db) => deleteAnnotation(db, id));
  }

  async appendHealthEvent(input: HealthEventInput): Promise<StorageResult<HealthEventRecord>> {
    return this.write('record the health event', (db) => appendHealthEvent(db, input));
  }

  async healthOverview(options: { site?: string; limit?: number } = {}): Promise<StorageResult<HealthOverview>> {
    return attempt('read the health log', async () => {
      const db = await this.db();
      const [events, latestPerSite] = await Promise.all([listHealthEvents(db, options), latestHealthPerSite(db)]);
      return { events, latestPerSite, lastStorageError: this.lastStorageError };
    });
  }

  async getSettings(): Promise<StorageResult<SettingsRecord>> {
    return attempt('read the settings', async () => getSettings(await this.db()));
  }

  /** Saves the settings; a new or shorter retention applies at once. */
  async updateSettings(patch: SettingsPatch): Promise<StorageResult<SettingsRecord>> {
    const result = await this.write('save the settings', (db) => updateSettings(db, patch, this.now()));
    if (result.ok && patch.retentionDays) await this.applyRetention();
    return result;
  }

  async purgeOlderThan(days: number): Promise<StorageResult<PurgeOutcome>> {
    if (!Number.isFinite(days) || days < 0) return failure('invalid', 'delete old data', 'the number of days must be 0 or more.');
    return this.purge(retentionCutoff(days, this.now()));
  }

  private async purge(cutoff: number): Promise<StorageResult<PurgeOutcome>> {
    return this.findingsWrite(
      'delete old data',
      (db) => purgeBefore(db, cutoff),
      (c, outcome) => {
        if (outcome.exchangeIds.length > 0) c.removeExchanges(new Set(outcome.exchangeIds));
      },
    );
  }

  /** Deletes what the retention setting no longer keeps; null when retention is off. */
  async applyRetention(): Promise<StorageResult<PurgeOutcome | null>> {
    this.lastRetentionRun = this.now();
    const settings = await this.getSettings();
    if (!settings.ok) return settings;
    if (settings.value.retentionDays === null) return ok(null);
    return this.purge(retentionCutoff(settings.value.retentionDays, this.now()));
  }

  /**
   * At most once per RETENTION_INTERVAL_MS: applies retention, and folds a long catalog log (captures
   * made while no page asked for findings) into the stored base, so the dashboard's first page stays fast.
   */
  async housekeepingIfDue(): Promise<StorageResult<PurgeOutcome | null>> {
    if (this.now() - this.lastRetentionRun < RETENTION_INTERVAL_MS) return ok(null);
    const retention = await this.applyRetention();
    try {
      const db = await this.db();
      if ((await db.count('catalog-ops')) > MAX_CATALOG_OPS) {
        await this.catalog();
        await this.compactCatalogNow();
      }
    } catch {
      // Derived data: the next dashboard request reads the log instead.
    }
    return retention;
  }

  async deleteEverything(): Promise<StorageResult<void>> {
    const result = await this.findingsWrite('delete the stored data', (db) => deleteEverything(db), (c) => c.clear());
    if (result.ok) this.lastStorageError = null;
    return result;
  }

  /** The open database, for readers outside this facade (backup); opened on first use. */
  async database(): Promise<StorageResult<SpecLensDb>> {
    return attempt('open the database', () => this.db());
  }

  /**
   * Call after findings were written behind this facade (a restore or an import through the open
   * database): forgets the catalog in memory and its stored copy, so the next request reads them anew.
   */
  async afterExternalWrite(): Promise<StorageResult<void>> {
    this.catalogPromise = null;
    return this.write('refresh the findings list', (db) => dropCatalogSnapshot(db));
  }

  async close(): Promise<void> {
    if (this.compactionTimer) clearTimeout(this.compactionTimer);
    if (this.verificationTimer) clearTimeout(this.verificationTimer);
    this.compactionTimer = null;
    this.verificationTimer = null;
    const pending = this.dbPromise;
    this.dbPromise = null;
    this.catalogPromise = null;
    if (pending) (await pending.catch(() => null))?.close();
  }
}
