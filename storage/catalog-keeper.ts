/**
 * Keeps the in-memory findings catalog of one background: loads it on first use (from the stored
 * copy, see catalog-snapshot.ts), applies each committed write to it, folds the stored change log
 * into a new base once memory has seen every change, and checks the loaded catalog against the
 * findings store after answering.
 */
import { compactCatalog, dropCatalogSnapshot, readStoredCatalog } from './catalog-snapshot';
import type { SpecLensDb } from './db';
import { FindingCatalog } from './finding-catalog';

/** The stored catalog is folded into a new base this long after the last change to it. */
export const COMPACTION_DELAY_MS = 2000;
/** The loaded catalog is compared with the findings store this long after loading. */
export const VERIFICATION_DELAY_MS = 1000;

export class CatalogKeeper {
  private catalogPromise: Promise<FindingCatalog> | null = null;
  /** Writes to findings whose change has not reached the in-memory catalog yet. */
  private writesInFlight = 0;
  private compactionTimer: ReturnType<typeof setTimeout> | null = null;
  private verificationTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly db: () => Promise<SpecLensDb>) {}

  /** The catalog, loaded on first use. */
  get(): Promise<FindingCatalog> {
    if (!this.catalogPromise) this.replace(this.db().then((db) => this.load(db)));
    return this.catalogPromise!;
  }

  get loaded(): boolean {
    return this.catalogPromise !== null;
  }

  private replace(promise: Promise<FindingCatalog>): void {
    this.catalogPromise = promise;
    promise.catch(() => {
      if (this.catalogPromise === promise) this.catalogPromise = null;
    });
  }

  private async load(db: SpecLensDb): Promise<FindingCatalog> {
    const stored = await readStoredCatalog(db);
    if (!stored.rows) return this.rebuild(db); // none stored yet, or one this version cannot read
    const catalog = new FindingCatalog(stored.rows);
    for (const op of stored.ops) catalog.apply(op);
    if (stored.ops.length > 0) this.scheduleCompaction();
    this.scheduleVerification();
    return catalog;
  }

  private async rebuild(db: SpecLensDb): Promise<FindingCatalog> {
    const catalog = FindingCatalog.fromRecords(await db.getAll('findings'));
    this.scheduleCompaction();
    return catalog;
  }

  /**
   * Runs a write that changes findings, then applies `apply` to the catalog if one is loaded (a
   * catalog loaded later reads the change from the database).
   */
  async write<T>(run: () => Promise<T>, apply: (catalog: FindingCatalog, value: T) => void, succeeded: (value: T) => boolean): Promise<T> {
    this.writesInFlight++;
    try {
      const value = await run();
      const pending = this.catalogPromise;
      if (pending && succeeded(value)) {
        try {
          apply(await pending, value);
        } catch {
          if (this.catalogPromise === pending) this.catalogPromise = null;
        }
      }
      return value;
    } finally {
      this.writesInFlight--;
      if (this.catalogPromise) this.scheduleCompaction();
    }
  }

  private schedule(timer: 'compactionTimer' | 'verificationTimer', delay: number, run: () => Promise<boolean>): void {
    if (this[timer]) clearTimeout(this[timer]);
    this[timer] = setTimeout(() => {
      this[timer] = null;
      void run();
    }, delay);
  }

  private scheduleCompaction(): void {
    this.schedule('compactionTimer', COMPACTION_DELAY_MS, () => this.compactNow());
  }

  private scheduleVerification(): void {
    this.schedule('verificationTimer', VERIFICATION_DELAY_MS, () => this.verifyNow());
  }

  /** The loaded catalog and the database when no write is in flight; otherwise null (try later). */
  private async settled(): Promise<{ catalog: FindingCatalog; db: SpecLensDb; pending: Promise<FindingCatalog> } | null> {
    const pending = this.catalogPromise;
    if (!pending || this.writesInFlight > 0) return null;
    const [catalog, db] = await Promise.all([pending, this.db()]);
    return { catalog, db, pending };
  }

  private stillSettled(pending: Promise<FindingCatalog>): boolean {
    return this.writesInFlight === 0 && pending === this.catalogPromise;
  }

  /**
   * Folds the logged changes into a new stored base when memory has seen every change (no write to
   * findings in flight); otherwise tries again later. Derived data: a failure leaves base and log as
   * they were, still consistent. True when it compacted.
   */
  async compactNow(): Promise<boolean> {
    try {
      const s = await this.settled();
      if (!s || !this.stillSettled(s.pending)) {
        if (this.catalogPromise) this.scheduleCompaction();
        return false;
      }
      await compactCatalog(s.db, s.catalog.allRows());
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Compares the loaded catalog with the number of stored findings and reads every finding anew when
   * they differ (findings written behind the store without dropping its stored copy). Counting is a
   * full scan in Chromium, so this runs after answering, not before. True when it was stale.
   */
  async verifyNow(): Promise<boolean> {
    try {
      const s = await this.settled();
      if (!s) {
        if (this.catalogPromise) this.scheduleVerification();
        return false;
      }
      const stored = await s.db.count('findings');
      if (!this.stillSettled(s.pending)) {
        this.scheduleVerification();
        return false;
      }
      if (stored === s.catalog.size) return false;
      this.replace(this.rebuild(s.db));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the catalog in memory and its stored copy (after findings were written behind the store). */
  async dropAll(db: SpecLensDb): Promise<void> {
    this.catalogPromise = null;
    await dropCatalogSnapshot(db);
  }

  close(): void {
    if (this.compactionTimer) clearTimeout(this.compactionTimer);
    if (this.verificationTimer) clearTimeout(this.verificationTimer);
    this.compactionTimer = null;
    this.verificationTimer = null;
    this.catalogPromise = null;
  }
}
