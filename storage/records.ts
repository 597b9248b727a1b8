/**
 * The records SpecLens keeps in IndexedDB, one interface per object store. These shapes are also the
 * backup format's payload, so a field is only ever added (with a schema version bump and an upgrade),
 * never renamed in place.
 *
 * Times are epoch milliseconds (numbers sort and range-query in IndexedDB indexes; ISO strings are
 * for display and export only).
 */
import type { Confidence, EngineError, RefusalLevel, RiskCategory, RiskLevel, Severity, Span, SpecRef, Turn } from '../engine/types';

/**
 * The IndexedDB database name; the version of the record shapes below (what a backup's records
 * follow); and the version of the IndexedDB layout (stores and indexes, including derived ones that
 * are not backed up). See db.ts for what each version changed.
 */
export const DB_NAME = 'speclens';
export const SCHEMA_VERSION = 2;
export const DB_VERSION = 3;

export const STORE_NAMES = ['conversations', 'exchanges', 'findings', 'reviews', 'annotations', 'health', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export const VERDICTS = ['confirmed', 'dismissed', 'unsure'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A finding nobody has reviewed yet carries this in its denormalised `verdict` field. */
export const UNREVIEWED = 'unreviewed';
export type FindingVerdict = Verdict | typeof UNREVIEWED;

/** One chat thread on one site. Several exchanges (one per judged reply) point at it. */
export interface ConversationRecord {
  /** `conversationRecordId(site, conversationId, url)`. */
  id: string;
  site: string;
  /** The site's own conversation id; null when the page has none (then `id` is derived from the URL). */
  conversationId: string | null;
  url: string | null;
  /** The model named on the page at the latest capture. */
  model: string | null;
  firstCapturedAt: number;
  lastCapturedAt: number;
  /** Number of exchange records (all versions) that belong to this conversation. */
  exchangeCount: number;
}

/** Compact form of the engine's Signals, enough to filter and explain without keeping every span. */
export interface SignalsSummary {
  refusal: RefusalLevel;
  offersAlternative: boolean;
  requestRisk: RiskLevel;
  riskCategory: RiskCategory | null;
  /** ISO 639-1 codes, null when the engine could not tell. */
  userLanguage: string | null;
  replyLanguage: string | null;
  /** Names of the explicit user instructions found (e.g. `format`, `length`, `emoji`), sorted. */
  instructions: string[];
}

/**
 * One judged reply with the conversation up to it. The capture key names one reply text (the content
 * script's key includes a hash of the text), so the same reply captured again, after a reload or a
 * remount, is the same record. A regenerated or edited reply has a new key and the same `slot`, and is
 * stored as the next `version`, so earlier findings and reviews stay attached to the text they were about.
 */
export interface ExchangeRecord {
  /** The capture key. */
  id: string;
  /** The reply's place in its conversation; every version of a reply shares it. */
  slot: string;
  /** 1 for the first reply stored at this slot, counting up in the order they were stored. */
  version: number;
  site: string;
  url: string | null;
  conversationId: string | null;
  /** Points at ConversationRecord.id. */
  conversationRecordId: string;
  model: string | null;
  capturedAt: number;
  /** When this record was written (differs from capturedAt for imports and late deliveries). */
  storedAt: number;
  /** Every turn up to and including the judged reply, with its text (redacted when `redacted`). */
  turns: Turn[];
  /** Id of the judged reply (the last assistant turn). */
  replyTurnId: string;
  signals: SignalsSummary;
  /** Hash of the engine configuration the findings were produced with; empty when unknown. */
  ruleConfigHash: string;
  /** Rules that threw on this exchange (the run went on without them). */
  engineErrors: EngineError[];
  findingCount: number;
  /** Whether personal data was masked in `turns` (and in the findings' quotes) before storage. */
  redacted: boolean;
}

/**
 * One finding of one exchange. The id is derived from the exchange's capture key + rule id + message
 * id + evidence offsets, so analysing the same exchange again yields the same ids. The site,
 * model, section, severity, confidence, capturedAt and verdict fields are copies kept for filtering.
 */
export interface FindingRecord {
  id: string;
  /** ExchangeRecord.id (the capture key). */
  exchangeId: string;
  exchangeVersion: number;
  /** Position among the exchange's findings, in engine order. */
  ordinal: number;
  ruleId: string;
  title: string;
  messageId: string;
  message: string;
  spec: SpecRef;
  evidence: Span[];
  severity: Severity;
  confidence: Confidence;
  /** Top-level Model Spec section (copy of spec.section). */
  section: string;
  site: string;
  model: string | null;
  conversationId: string | null;
  capturedAt: number;
  /** Copy of the review's verdict, `unreviewed` when there is none (schema v2). */
  verdict: FindingVerdict;
}

/** A person's judgement of a finding; one per finding, replaced when changed. */
export interface ReviewRecord {
  /** Same as the FindingRecord id it reviews. */
  findingId: string;
  exchangeId: string;
  verdict: Verdict;
  /** Free text; empty string when none. */
  note: string;
  reviewedAt: number;
}

/** "SpecLens missed this": a manual flag on an exchange, optionally on a selected span of one turn. */
export interface AnnotationRecord {
  id: string;
  exchangeId: string;
  exchangeVersion: number;
  /** The selected text, or null for a flag on the whole reply. Offsets are into the stored turn text. */
  span: Span | null;
  /** Model Spec anchor the user picked, e.g. `avoid_sycophancy`. */
  specAnchor: string;
  /** Top-level section of `specAnchor`. */
  section: string;
  note: string;
  site: string;
  model: string | null;
  capturedAt: number;
  createdAt: number;
}

export const HEALTH_KINDS = ['no-turns', 'reply-never-finished', 'content-script-error', 'storage-error'] as const;
export type HealthKind = (typeof HEALTH_KINDS)[number];

/** Something went wrong reading a page or storing data; shown to the user as "SpecLens cannot read this page". */
export interface HealthEventRecord {
  id: string;
  site: string;
  url: string | null;
  kind: HealthKind;
  message: string;
  /** Selectors that matched nothing on the page (for `no-turns`). */
  missingSelectors: string[];
  at: number;
}

/** The user's data settings (the engine config lives in extension storage, see messaging/engine-config-store.ts). */
export interface SettingsRecord {
  /** Always SETTINGS_ID: the store holds one record. */
  id: typeof SETTINGS_ID;
  /** Delete exchanges captured more than this many days ago; null keeps everything. */
  retentionDays: number | null;
  /** Mask emails, phone numbers, card numbers and self-introduced names before storing turn text. */
  redactPersonalData: boolean;
  updatedAt: number;
}

export const SETTINGS_ID = 'settings';

export const DEFAULT_SETTINGS: Readonly<SettingsRecord> = Object.freeze({
  id: SETTINGS_ID,
  retentionDays: null,
  redactPersonalData: false,
  updatedAt: 0,
});

/** Every record type by store, for code that walks all stores (backup, delete everything). */
export interface RecordsByStore {
  conversations: ConversationRecord;
  exchanges: ExchangeRecord;
  findings: FindingRecord;
  reviews: ReviewRecord;
  annotations: AnnotationRecord;
  health: HealthEventRecord;
  settings: SettingsRecord;
}

/** The primary key field of each store. */
export const KEY_PATHS = {
  conversations: 'id',
  exchanges: 'id',
  findings: 'id',
  reviews: 'findingId',
  annotations: 'id',
  health: 'id',
  settings: 'id',
} as const satisfies { [S in StoreName]: keyof RecordsByStore[S] };

/** A conversation is named by its site id when the page has one, else by its URL without the fragment. */
export function conversationRecordId(site: string, conversationId: string | null, url: string | null): string {
  if (conversationId) return `${site}|${conversationId}`;
  return `${site}|url:${url ? url.replace(/#.*$/, '') : ''}`;
}
