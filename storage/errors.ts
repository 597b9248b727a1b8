/** Storage failures as values the UI can show: a kind to branch on and a sentence for the user. */

export const STORAGE_ERROR_KINDS = ['quota', 'not-found', 'invalid', 'blocked', 'unavailable', 'aborted', 'failed'] as const;
export type StorageErrorKind = (typeof STORAGE_ERROR_KINDS)[number];

export interface StorageError {
  kind: StorageErrorKind;
  /** One or two plain sentences for the user: "Could not <action>: <reason>". */
  message: string;
  /** The message without its "Could not <action>" opening, for callers that word their own. */
  reason: string;
  /** The underlying error name and message, for the health log and bug reports. */
  detail: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export const ok = <T>(value: T): StorageResult<T> => ({ ok: true, value });
export const storageError = (kind: StorageErrorKind, action: string, reason: string, detail = ''): StorageError => ({
  kind,
  message: `Could not ${action}: ${reason}`,
  reason,
  detail,
});

export const failure = <T = never>(kind: StorageErrorKind, action: string, reason: string): StorageResult<T> => ({
  ok: false,
  error: storageError(kind, action, reason),
});

/** A request the store refuses (unknown id, bad value); thrown inside repositories, returned as its kind. */
export class StoreRequestError extends Error {
  constructor(
    readonly kind: 'not-found' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'StoreRequestError';
  }
}

const NOTHING_LOST = 'Nothing that was already stored has been lost.';

/** Names the browsers use for "the origin is out of storage" (Firefox before 2020 used the NS_ name). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function nameAndMessage(err: unknown): { name: string; message: string } {
  if (err instanceof Error || (typeof err === 'object' && err !== null && 'name' in err)) {
    const e = err as { name?: unknown; message?: unknown };
    return { name: String(e.name ?? 'Error'), message: String(e.message ?? '') };
  }
  return { name: 'Error', message: String(err) };
}

/**
 * Turns whatever a failed IndexedDB call threw (a DOMException from a request or a transaction, an
 * idb wrapper error, an abort with no error) into a StorageError. `action` completes the sentence
 * "Could not ...", e.g. "save the captured reply".
 */
export function classifyStorageError(err: unknown, action: string): StorageError {
  if (err instanceof StoreRequestError) return storageError(err.kind, action, err.message);
  const { name, message } = nameAndMessage(err);
  const detail = message ? `${name}: ${message}` : name;
  if (QUOTA_NAMES.has(name) || /quota/i.test(message)) {
    const reason = `the browser's storage for SpecLens is full. ${NOTHING_LOST} Delete old data in the options (retention) or free disk space.`;
    return storageError('quota', action, reason, detail);
  }
  if (name === 'VersionError' || name === 'InvalidStateError' || name === 'UnknownError') {
    const reason = `the SpecLens database is not available right now. ${NOTHING_LOST} Reload the extension if this persists.`;
    return storageError('unavailable', action, reason, detail);
  }
  if (name === 'AbortError' || name === 'TransactionInactiveError') {
    return storageError('aborted', action, `the write was interrupted. ${NOTHING_LOST}`, detail);
  }
  if (name === 'DataError' || name === 'DataCloneError' || name === 'ConstraintError') {
    return storageError('invalid', action, `the database did not accept the data. ${NOTHING_LOST}`, detail);
  }
  return storageError('failed', action, `the database reported an error (${detail}). ${NOTHING_LOST}`, detail);
}

/** Runs a storage operation and returns its result or the classified failure; never rejects. */
export async function attempt<T>(action: string, run: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await run());
  } catch (err) {
    return { ok: false, error: classifyStorageError(err, action) };
  }
}
