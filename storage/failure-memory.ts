/**
 * The background's latest failed write, kept outside IndexedDB (in `storage.local`, a separate and
 * tiny store) so that the warning outlives the service worker: Chrome stops an idle worker after
 * about 30 seconds, and the popup or dashboard opened a minute after a full disk must still say so.
 * Best effort: when even this small write fails, the warning lives on in memory until the worker stops.
 */
import { STORAGE_ERROR_KINDS, type StorageError } from './errors';

export type NotedFailure = StorageError & { at: number };

export interface FailureMemory {
  load(): Promise<NotedFailure | null>;
  save(failure: NotedFailure | null): Promise<void>;
}

/** The part of `browser.storage.local` used here (test fakes satisfy it too). */
export interface FailureArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const FAILURE_KEY = 'speclens:lastStorageError';

/** A stored value read strictly: anything malformed counts as no failure. */
export function parseNotedFailure(value: unknown): NotedFailure | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const kind = STORAGE_ERROR_KINDS.find((k) => k === v.kind);
  const strings = [v.message, v.reason, v.detail].every((s) => typeof s === 'string');
  if (!kind || !strings || typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  return { kind, message: v.message as string, reason: v.reason as string, detail: v.detail as string, at: v.at };
}

export function storageAreaFailureMemory(area: FailureArea): FailureMemory {
  return {
    async load() {
      try {
        return parseNotedFailure((await area.get(FAILURE_KEY))[FAILURE_KEY]);
      } catch {
        return null;
      }
    },
    async save(failure) {
      try {
        if (failure) await area.set({ [FAILURE_KEY]: failure });
        else await area.remove(FAILURE_KEY);
      } catch {
        // Nothing more can be done; the in-memory warning still reaches the UI while the worker runs.
      }
    },
  };
}
