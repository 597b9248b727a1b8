/**
 * The background's one entry point to the database: opens it lazily, keeps the findings catalog in
 * step with every write (catalog-keeper.ts), and returns every outcome as a StorageResult (never
 * rejects), so message handlers can hand failures to the UI as they are.
 */
import type { FailureMemory, NotedFailure } from './failure-memory';
import { CatalogKeeper } from './catalog-keeper';
import { captureProblem, saveCapture, type CaptureInput, type SaveCaptureOutcome } from './capture-store';
import { openSpecLensDb, type SpecLensDb } from './db';
import { addAnnotation, deleteAnnotation, type AnnotationInput } from './annotations-repo';
import { attempt, classifyStorageError, failure, ok, StoreRequestError, type StorageError, type StorageResult } from './errors';
import { getExchangeDetail, getFindings, getReviews, type ExchangeDetail } from './exchanges-repo';
import type { Facets, FindingCatalog, FindingFilters, FindingQuery, FindingStats } from './finding-catalog';
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
  /** The latest failed write since the last successful one (kept across worker restarts), also when it could not be logged (a full disk). */
  lastStorageError: NotedFailure | null;
}

export interface StoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  now?: () => number;
  /** Where the latest failed write is kept across service-worker restarts (see failure-memory.ts). */
  failureMemory?: FailureMemory;
}

/** Retention and catalog upkeep run at most this often when triggered by captures. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
/** Logged catalog changes beyond which upkeep folds them even when no page has asked for findings. */
export const MAX_CATALOG_OPS = 500;

export class SpecLensStore {
  private dbPromise: Promise<SpecLensDb> | null = null;
  private readonly catalog = new CatalogKeeper(() => this.db());
  private lastStorageError: NotedFailure | null = null;
  /** The failure remembered by an earlier worker, read once before the first health answer or write. */
  private failureRecalled: Promise<void> | null = null;
  private lastRetentionRun = -Infinity;
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

  /** A write that changes findings: its catalog change is applied in memory after the commit. */
  private findingsWrite<T>(
    action: string,
    run: (db: SpecLensDb) => Promise<T>,
    apply: (catalog: FindingCatalog, value: T) => void,
  ): Promise<StorageResult<T>> {
    return this.catalog.write(
      () => this.write(action, run),
      (catalog, result) => result.ok && apply(catalog, result.value),
      (result) => result.ok,
    );
  }

  /** The catalog's upkeep, for tests and housekeeping: fold the change log now, check against the findings now. */
  compactCatalogNow(): Promise<boolean> {
    return this.catalog.compactNow();
  }

  verifyCatalogNow(): Promise<boolean> {
    return this.catalog.verifyNow();
  }

  private recallFailure(): Promise<void> {
    const memory = this.options.failureMemory;
    this.failureRecalled ??= memory
      ? memory.load().then((remembered) => {
          // A failure noted by this worker meanwhile is newer.
          if (remembered && !this.lastStorageError) this.lastStorageError = remembered;
        })
      : Promise.resolve();
    return this.failureRecalled;
  }

  private setLastStorageError(noted: NotedFailure | null): Promise<void> {
    this.lastStorageError = noted;
    return this.options.failureMemory?.save(noted) ?? Promise.resolve();
  }

  private async write<T>(action: string, run: (db: SpecLensDb) => Promise<T>): Promise<StorageResult<T>> {
    await this.recallFailure();
    const failureBefore = this.lastStorageError;
    try {
      const value = await run(await this.db());
      // Writing works again: the UI stops warning. A failure noted while this write ran is newer and stays.
      if (failureBefore && this.lastStorageError === failureBefore) await this.setLastStorageError(null);
      return ok(value);
    } catch (err) {
      const error = classifyStorageError(err, action);
      if (!(err instanceof StoreRequestError)) await this.noteWriteFailure(error);
      return { ok: false, error };
    }
  }

  /** Keeps the failure for the UI and logs it as a health event when the database still accepts that. */
  private async noteWriteFailure(error: StorageError): Promise<void> {
    const at = this.now();
    await this.setLastStorageError({ ...error, at });
    try {
      const db = await this.db();
      await appendHealthEvent(db, { site: 'speclens', url: null, kind: 'storage-error', message: error.message, at });
    } catch {
      // The database refuses writes (often the same full disk); lastStorageError still reaches the UI.
    }
  }

  /** Loads the findings catalog ahead of the first dashboard request. */
  async warmUp(): Promise<StorageResult<number>> {
    return attempt('load the findings', async () => (await this.catalog.get()).size);
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
      const catalog = await this.catalog.get();
      const { rows, total } = catalog.query(query);
      const db = await this.db();
      const ids = rows.map((r) => r.id);
      const [findings, reviews] = await Promise.all([getFindings(db, ids), getReviews(db, ids)]);
      return { total, offset: query.offset ?? 0, findings, reviews, facets: catalog.facets() };
    });
  }

  async stats(filters: FindingFilters = {}): Promise<StorageResult<FindingStats>> {
    return attempt('compute the statistics', async () => (await this.catalog.get()).stats(filters));
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
      ids = (await this.catalog.get()).matchingIds(filters);
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
      await this.recallFailure();
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
        await this.catalog.get();
        await this.catalog.compactNow();
      }
    } catch {
      // Derived data: the next dashboard request reads the log instead.
    }
    return retention;
  }

  async deleteEverything(): Promise<StorageResult<void>> {
    const result = await this.findingsWrite('delete the stored data', (db) => deleteEverything(db), (c) => c.clear());
    if (result.ok) await this.setLastStorageError(null);
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
    return this.write('refresh the findings list', (db) => this.catalog.dropAll(db));
  }

  async close(): Promise<void> {
    this.catalog.close();
    const pending = this.dbPromise;
    this.dbPromise = null;
    if (pending) (await pending.catch(() => null))?.close();
  }
}
