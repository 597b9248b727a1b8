/**
 * The background side of the capture pipeline: validates what the content script reports, analyses
 * each finished reply with the engine, and hands the result to a sink (the in-memory store below, or
 * IndexedDB). Health events go to a health sink. Every failure becomes `{ ok: false, error }`.
 */
import type { Rule } from '../engine/rule';
import type { HealthEvent } from '../capture/types';
import { handleAnalyzeRequest } from './analyze-handler';
import {
  isCaptureMessage,
  isCapturesQuery,
  isHealthMessage,
  parseCaptureEvent,
  parseHealthEvent,
  type CaptureRecord,
  type CaptureResponse,
  type CapturesResponse,
  type HealthResponse,
  type StoredReply,
} from './capture-protocol';
import type { KeyValueArea } from './engine-config-store';

/** Where analysed captures go. `put` of a key already stored changes nothing and says so. */
export interface CaptureSink {
  put(record: CaptureRecord): Promise<{ created: boolean; version: number; stored?: StoredReply }>;
}

export interface HealthSink {
  put(event: HealthEvent): Promise<void>;
}

/** Answers the `speclens/captures` query; absent when the sink cannot list (the query is then refused). */
export interface CaptureReader {
  list(): Promise<{ captures: CaptureRecord[]; health: HealthEvent[] }>;
}

export interface CaptureHandlerDeps {
  rules: readonly Rule[];
  storage: KeyValueArea;
  sink: CaptureSink;
  health: HealthSink;
  reader?: CaptureReader;
  now?: () => number;
}

/** The sender fields the handler looks at (a subset of runtime.MessageSender). */
export interface MessageSenderLike {
  url?: string;
  tab?: unknown;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function handleCapture(value: unknown, deps: CaptureHandlerDeps): Promise<CaptureResponse> {
  const parsed = parseCaptureEvent(value);
  if (!parsed.ok) return { ok: false, error: `Invalid capture: ${parsed.error}` };
  const analysis = await handleAnalyzeRequest(parsed.value.exchange, deps);
  if (!analysis.ok) return analysis;
  const record: CaptureRecord = { ...parsed.value, result: analysis.result, receivedAt: (deps.now ?? Date.now)() };
  try {
    const { created, version, stored } = await deps.sink.put(record);
    return { ok: true, created, version, result: analysis.result, ...(stored ? { stored } : {}) };
  } catch (err) {
    // The analysis is not lost with the write: the page shows the findings and says they were not saved.
    return { ok: false, error: `Could not store the capture: ${errorText(err)}`, unsaved: { result: analysis.result, kind: storageKindOf(err) } };
  }
}

/** The storage error kind a sink failure carries (storage/capture-sink.ts's CaptureStorageError), else 'failed'. */
function storageKindOf(err: unknown): string {
  const kind = typeof err === 'object' && err !== null ? (err as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? kind : 'failed';
}

export async function handleHealth(value: unknown, deps: Pick<CaptureHandlerDeps, 'health'>): Promise<HealthResponse> {
  const parsed = parseHealthEvent(value);
  if (!parsed.ok) return { ok: false, error: `Invalid health event: ${parsed.error}` };
  try {
    await deps.health.put(parsed.value);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: `Could not store the health event: ${errorText(err)}` };
  }
}

/**
 * A `runtime.onMessage` listener (promise style) for capture, health and captures-query messages;
 * other messages get undefined so other listeners answer them. The query is answered only to the
 * extension's own pages, never to a content script, so one site's page cannot read another's captures.
 */
export function createCaptureMessageListener(deps: CaptureHandlerDeps, extensionOrigin: string) {
  return (message: unknown, sender: MessageSenderLike = {}): Promise<CaptureResponse | HealthResponse | CapturesResponse> | undefined => {
    if (isCaptureMessage(message)) return handleCapture(message.capture, deps);
    if (isHealthMessage(message)) return handleHealth(message.event, deps);
    if (isCapturesQuery(message)) {
      const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
      if (!fromExtensionPage) return Promise.resolve({ ok: false, error: 'Captures are only listed to the extension’s own pages.' });
      if (!deps.reader) return Promise.resolve({ ok: false, error: 'This capture store cannot list its captures.' });
      return deps.reader.list().then(
        (listed): CapturesResponse => ({ ok: true, ...listed }),
        (err): CapturesResponse => ({ ok: false, error: `Could not list the captures: ${errorText(err)}` }),
      );
    }
    return undefined;
  };
}
