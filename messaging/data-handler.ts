/** Answers the data messages of messaging/data-protocol.ts from the store the background owns. */
import { storageError } from '../storage/errors';
import type { SpecLensStore } from '../storage/store';
import { DATA_MESSAGES, isDataMessage, parseDataRequest, type DataRequest, type DataResponse } from './data-protocol';
import type { MessageSenderLike } from './capture-handler';

/**
 * Requests a chat page's content script may send: reviewing a finding shown beside a reply and
 * flagging something SpecLens missed. Everything else reads or deletes data across sites and is
 * answered only to the extension's own pages.
 */
const CONTENT_SCRIPT_TYPES: ReadonlySet<string> = new Set([DATA_MESSAGES.setReviews, DATA_MESSAGES.addAnnotation]);

async function answer(request: DataRequest, store: SpecLensStore): Promise<DataResponse> {
  switch (request.type) {
    case DATA_MESSAGES.listFindings:
      return store.listFindings(request.query);
    case DATA_MESSAGES.stats:
      return store.stats(request.filters ?? {});
    case DATA_MESSAGES.getExchange:
      return store.getExchange(request.exchangeId);
    case DATA_MESSAGES.setReviews:
      return store.setReviews(request.changes);
    case DATA_MESSAGES.setVerdictForMatching:
      return store.setVerdictForMatching(request.filters, request.verdict);
    case DATA_MESSAGES.addAnnotation:
      return store.addAnnotation(request.annotation);
    case DATA_MESSAGES.deleteAnnotation:
      return store.deleteAnnotation(request.id);
    case DATA_MESSAGES.health:
      return store.healthOverview({ site: request.site, limit: request.limit });
    case DATA_MESSAGES.getSettings:
      return store.getSettings();
    case DATA_MESSAGES.updateSettings:
      return store.updateSettings(request.patch);
    case DATA_MESSAGES.purge:
      return store.purgeOlderThan(request.olderThanDays);
    case DATA_MESSAGES.deleteAll: {
      const result = await store.deleteEverything();
      return result.ok ? { ok: true, value: null } : result;
    }
    case DATA_MESSAGES.reloadFindings: {
      // The page wrote findings straight into the database (a restore): the catalog and its stored copy are stale.
      const dropped = await store.afterExternalWrite();
      return dropped.ok ? store.warmUp() : dropped;
    }
  }
}

/** Checks the request and the sender, then answers; never rejects. */
export async function handleDataMessage(message: unknown, sender: MessageSenderLike, store: SpecLensStore, extensionOrigin: string): Promise<DataResponse> {
  const parsed = parseDataRequest(message);
  if (!parsed.ok) {
    return { ok: false, error: storageError('invalid', 'do that', `the request was not understood (${parsed.problems.join('; ')}).`) };
  }
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (!fromExtensionPage && !CONTENT_SCRIPT_TYPES.has(parsed.request.type)) {
    return { ok: false, error: storageError('invalid', 'do that', 'stored data is only available to the extension’s own pages.') };
  }
  try {
    return await answer(parsed.request, store);
  } catch (err) {
    // The store returns failures as values; this is a bug, reported rather than left unanswered.
    return { ok: false, error: storageError('failed', 'do that', 'an unexpected error occurred.', err instanceof Error ? err.message : String(err)) };
  }
}

/** A `runtime.onMessage` listener (promise style) for data messages; other messages are left to other listeners. */
export function createDataMessageListener(store: SpecLensStore, extensionOrigin: string) {
  return (message: unknown, sender: MessageSenderLike = {}): Promise<DataResponse> | undefined =>
    isDataMessage(message) ? handleDataMessage(message, sender, store, extensionOrigin) : undefined;
}
