/** Runs a body inside an IndexedDB transaction so that any failure leaves the database unchanged. */

interface Transaction {
  abort(): void;
  readonly done: Promise<void>;
}

/**
 * Awaits `body`, then the commit. If the body throws (including a synchronous throw from a request
 * method, which IndexedDB itself would not turn into an abort) the transaction is aborted, so writes
 * already queued in it are rolled back, and the error is rethrown.
 */
export async function inTransaction<T, Tx extends Transaction>(tx: Tx, body: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const value = await body(tx);
    await tx.done;
    return value;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // the transaction already committed or aborted on its own
    }
    const txError = await tx.done.then(
      () => null,
      (e: unknown) => e,
    );
    throw rootCause(err, txError);
  }
}

// Errors that only say "the transaction is gone", raised by requests issued after it aborted.
const CONSEQUENCES = new Set(['AbortError', 'TransactionInactiveError', 'InvalidStateError']);
const errorName = (e: unknown) => (typeof e === 'object' && e !== null ? String((e as { name?: unknown }).name) : '');

/** The error to report: the transaction's own (a full disk, an abort) rather than a request's complaint about it. */
function rootCause(thrown: unknown, txError: unknown): unknown {
  if (!txError || !CONSEQUENCES.has(errorName(thrown)) || errorName(thrown) === 'AbortError') return thrown;
  return txError;
}

/**
 * Issues several requests of one transaction and waits for all of them. When issuing one throws, the
 * requests already issued are rejected by the coming abort; they are marked handled here, so only
 * the original error is reported.
 */
export function issueAll(issuers: readonly (() => Promise<unknown>)[]): Promise<unknown[]> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const issue of issuers) issued.push(issue());
  } catch (err) {
    for (const p of issued) p.catch(() => {});
    throw err;
  }
  return Promise.all(issued);
}
