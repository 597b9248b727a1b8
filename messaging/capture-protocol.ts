/**
 * Messages of the capture pipeline: the content script reports finished replies (`speclens/capture`)
 * and pages it cannot read (`speclens/health`); extension pages read back what was captured in this
 * background session (`speclens/captures`). Validators check every value that crosses the boundary.
 */
import type { AnalysisResult } from '../engine/run';
import type { AnnotationRecord, FindingRecord, ReviewRecord } from '../storage/records';
import type { CaptureEvent, CaptureOrigin, HealthEvent, HealthKind } from '../capture/types';
import { parseExchange } from './exchange-shape';

export const CAPTURE_MESSAGE = 'speclens/capture';
export const HEALTH_MESSAGE = 'speclens/health';
export const CAPTURES_QUERY = 'speclens/captures';

export interface CaptureRequest {
  type: typeof CAPTURE_MESSAGE;
  capture: CaptureEvent;
}

export interface HealthRequest {
  type: typeof HEALTH_MESSAGE;
  event: HealthEvent;
}

export interface CapturesQuery {
  type: typeof CAPTURES_QUERY;
}

export type CaptureResponse =
  | {
      ok: true;
      /** False when this key was already stored: the reply was captured before (a reload, another tab). */
      created: boolean;
      /** The version the store gave the reply at its slot. */
      version: number;
      result: AnalysisResult;
      /** What the store keeps for this reply (absent from sinks without a database): the in-page review UI works on it. */
      stored?: StoredReply;
    }
  | {
      ok: false;
      error: string;
      /** Present when the reply was analysed but the store refused it: the page still shows the findings, marked unsaved. */
      unsaved?: UnsavedCapture;
    };

/** The analysis of a reply the background could not store, and why (a StorageErrorKind such as 'quota'). */
export interface UnsavedCapture {
  result: AnalysisResult;
  kind: string;
}

/** The stored findings of one captured reply, with the reviews and annotations already made on it. */
export interface StoredReply {
  exchangeId: string;
  /** In engine order. */
  findings: FindingRecord[];
  reviews: ReviewRecord[];
  annotations: AnnotationRecord[];
}

export type HealthResponse = { ok: true } | { ok: false; error: string };

/** A capture as the background keeps it: the event, its analysis and when it arrived. */
export interface CaptureRecord extends CaptureEvent {
  result: AnalysisResult;
  /** Epoch milliseconds. */
  receivedAt: number;
}

export type CapturesResponse = { ok: true; captures: CaptureRecord[]; health: HealthEvent[] } | { ok: false; error: string };

export const CAPTURE_LIMITS = { maxKeyChars: 1024, maxDetailChars: 2000, maxSelectors: 100, maxSelectorNameChars: 200, maxUrlChars: 8192 } as const;

const ORIGINS: ReadonlySet<CaptureOrigin> = new Set(['live', 'existing']);
const HEALTH_KINDS: ReadonlySet<HealthKind> = new Set(['no-turns', 'reply-never-finished', 'content-script-error']);

type Parse<T> = { ok: true; value: T } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const boundedString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function hasType(message: unknown, type: string): message is Record<string, unknown> {
  return isRecord(message) && message.type === type;
}

export const isCaptureMessage = (m: unknown): m is { type: typeof CAPTURE_MESSAGE; capture: unknown } => hasType(m, CAPTURE_MESSAGE);
export const isHealthMessage = (m: unknown): m is { type: typeof HEALTH_MESSAGE; event: unknown } => hasType(m, HEALTH_MESSAGE);
export const isCapturesQuery = (m: unknown): m is CapturesQuery => hasType(m, CAPTURES_QUERY);

export function parseCaptureEvent(value: unknown): Parse<CaptureEvent> {
  if (!isRecord(value)) return { ok: false, error: 'the capture must be an object' };
  for (const name of ['key', 'slot'] as const) {
    if (!boundedString(value[name], CAPTURE_LIMITS.maxKeyChars)) {
      return { ok: false, error: `capture.${name} must be a non-empty string of at most ${CAPTURE_LIMITS.maxKeyChars} characters` };
    }
  }
  if (!Number.isSafeInteger(value.version) || (value.version as number) < 1) return { ok: false, error: 'capture.version must be a whole number from 1' };
  if (!ORIGINS.has(value.origin as CaptureOrigin)) return { ok: false, error: `capture.origin must be one of ${[...ORIGINS].join(', ')}` };
  const exchange = parseExchange(value.exchange);
  if (!exchange.ok) return { ok: false, error: `capture.exchange: ${exchange.error}` };
  if (exchange.exchange.turns.at(-1)!.role !== 'assistant') return { ok: false, error: 'capture.exchange must end with the assistant reply' };
  return {
    ok: true,
    value: {
      key: value.key as string,
      slot: value.slot as string,
      version: value.version as number,
      origin: value.origin as CaptureOrigin,
      exchange: exchange.exchange,
    },
  };
}

export function parseHealthEvent(value: unknown): Parse<HealthEvent> {
  if (!isRecord(value)) return { ok: false, error: 'the health event must be an object' };
  if (!HEALTH_KINDS.has(value.kind as HealthKind)) return { ok: false, error: `event.kind must be one of ${[...HEALTH_KINDS].join(', ')}` };
  if (!boundedString(value.site, 200)) return { ok: false, error: 'event.site must be a non-empty string' };
  if (!boundedString(value.url, CAPTURE_LIMITS.maxUrlChars)) return { ok: false, error: 'event.url must be a non-empty string' };
  if (!boundedString(value.detail, CAPTURE_LIMITS.maxDetailChars)) {
    return { ok: false, error: `event.detail must be a non-empty string of at most ${CAPTURE_LIMITS.maxDetailChars} characters` };
  }
  if (typeof value.at !== 'string' || !Number.isFinite(Date.parse(value.at))) return { ok: false, error: 'event.at must be an ISO 8601 time' };
  const selectors = value.missingSelectors;
  if (
    !Array.isArray(selectors) ||
    selectors.length > CAPTURE_LIMITS.maxSelectors ||
    !selectors.every((s) => boundedString(s, CAPTURE_LIMITS.maxSelectorNameChars))
  ) {
    return { ok: false, error: `event.missingSelectors must be a list of at most ${CAPTURE_LIMITS.maxSelectors} selector names` };
  }
  return {
    ok: true,
    value: {
      kind: value.kind as HealthKind,
      site: value.site as HealthEvent['site'],
      url: value.url as string,
      missingSelectors: [...(selectors as string[])],
      detail: value.detail as string,
      at: value.at as string,
    },
  };
}

/** Whether a value received from the background has the shape of a CaptureResponse. */
export function isCaptureResponse(value: unknown): value is CaptureResponse {
  if (!isRecord(value)) return false;
  if (value.ok === false) return typeof value.error === 'string' && (value.unsaved === undefined || isUnsavedCapture(value.unsaved));
  return value.ok === true && typeof value.created === 'boolean' && Number.isSafeInteger(value.version) && isRecord(value.result);
}

function isUnsavedCapture(value: unknown): value is UnsavedCapture {
  return isRecord(value) && typeof value.kind === 'string' && isRecord(value.result) && Array.isArray(value.result.findings);
}
