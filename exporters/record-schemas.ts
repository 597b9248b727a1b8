/**
 * Valibot schemas of the stored records (storage/records.ts), used to validate a backup before any
 * of it is restored. Type assertions at the bottom fail to compile when a record type and its schema
 * drift apart, so a field added to storage cannot be silently dropped or rejected by restore.
 */
import * as v from 'valibot';
import { CONFIDENCES, RISK_CATEGORIES, SEVERITIES } from '../engine/types';
import {
  HEALTH_KINDS,
  SETTINGS_ID,
  UNREVIEWED,
  VERDICTS,
  type AnnotationRecord,
  type ConversationRecord,
  type ExchangeRecord,
  type FindingRecord,
  type HealthEventRecord,
  type RecordsByStore,
  type ReviewRecord,
  type SettingsRecord,
  type StoreName,
} from '../storage/records';
import { MESSAGE_ROLES } from './schema';

const text = () => v.string('must be text');
const nonEmpty = () => v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const nullableText = () => v.nullable(v.string('must be text or null'));
const time = () => v.pipe(v.number('must be a time in epoch milliseconds'), v.integer('must be a whole number of milliseconds'), v.minValue(0, 'must not be negative'));
const whole = (min = 0) => v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(min, `must be ${min} or more`));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);

const TurnSchema = v.strictObject({ id: nonEmpty(), role: oneOf(MESSAGE_ROLES), text: text() });
const SpanSchema = v.strictObject({ turnId: nonEmpty(), start: whole(), end: whole(), quote: text() });
const SpecRefSchema = v.strictObject({ anchor: nonEmpty(), version: nonEmpty(), title: nonEmpty(), url: nonEmpty(), section: nonEmpty() });

const SignalsSummarySchema = v.strictObject({
  refusal: oneOf(['none', 'partial', 'full']),
  offersAlternative: v.boolean('must be true or false'),
  requestRisk: oneOf(['benign', 'sensitive', 'harmful']),
  riskCategory: v.nullable(oneOf(RISK_CATEGORIES)),
  userLanguage: nullableText(),
  replyLanguage: nullableText(),
  instructions: v.array(text(), 'must be a list of instruction names'),
});

export const ConversationRecordSchema = v.strictObject({
  id: nonEmpty(),
  site: nonEmpty(),
  conversationId: nullableText(),
  url: nullableText(),
  model: nullableText(),
  firstCapturedAt: time(),
  lastCapturedAt: time(),
  exchangeCount: whole(),
});

export const ExchangeRecordSchema = v.strictObject({
  id: nonEmpty(),
  slot: nonEmpty(),
  version: whole(1),
  site: nonEmpty(),
  url: nullableText(),
  conversationId: nullableText(),
  conversationRecordId: nonEmpty(),
  model: nullableText(),
  capturedAt: time(),
  storedAt: time(),
  turns: v.pipe(v.array(TurnSchema, 'must be a list of turns'), v.minLength(1, 'must hold at least the judged reply')),
  replyTurnId: nonEmpty(),
  signals: SignalsSummarySchema,
  ruleConfigHash: text(),
  engineErrors: v.array(v.strictObject({ ruleId: nonEmpty(), error: text() }), 'must be a list of rule errors'),
  findingCount: whole(),
  redacted: v.boolean('must be true or false'),
});

export const FindingRecordSchema = v.strictObject({
  id: nonEmpty(),
  exchangeId: nonEmpty(),
  exchangeVersion: whole(1),
  ordinal: whole(),
  ruleId: nonEmpty(),
  title: nonEmpty(),
  messageId: nonEmpty(),
  message: text(),
  spec: SpecRefSchema,
  evidence: v.array(SpanSchema, 'must be a list of quoted spans'),
  severity: oneOf(SEVERITIES),
  confidence: oneOf(CONFIDENCES),
  section: nonEmpty(),
  site: nonEmpty(),
  model: nullableText(),
  conversationId: nullableText(),
  capturedAt: time(),
  verdict: oneOf([...VERDICTS, UNREVIEWED]),
});

export const ReviewRecordSchema = v.strictObject({
  findingId: nonEmpty(),
  exchangeId: nonEmpty(),
  verdict: oneOf(VERDICTS),
  note: text(),
  reviewedAt: time(),
});

export const AnnotationRecordSchema = v.strictObject({
  id: nonEmpty(),
  exchangeId: nonEmpty(),
  exchangeVersion: whole(1),
  span: v.nullable(SpanSchema),
  specAnchor: nonEmpty(),
  section: nonEmpty(),
  note: text(),
  site: nonEmpty(),
  model: nullableText(),
  capturedAt: time(),
  createdAt: time(),
});

export const HealthEventRecordSchema = v.strictObject({
  id: nonEmpty(),
  site: nonEmpty(),
  url: nullableText(),
  kind: oneOf(HEALTH_KINDS),
  message: text(),
  missingSelectors: v.array(text(), 'must be a list of selectors'),
  at: time(),
});

export const SettingsRecordSchema = v.strictObject({
  id: v.literal(SETTINGS_ID, `must be "${SETTINGS_ID}"`),
  retentionDays: v.nullable(whole(1)),
  redactPersonalData: v.boolean('must be true or false'),
  updatedAt: time(),
});

export const RECORD_SCHEMAS = {
  conversations: ConversationRecordSchema,
  exchanges: ExchangeRecordSchema,
  findings: FindingRecordSchema,
  reviews: ReviewRecordSchema,
  annotations: AnnotationRecordSchema,
  health: HealthEventRecordSchema,
  settings: SettingsRecordSchema,
} as const satisfies { [S in StoreName]: v.GenericSchema<unknown, RecordsByStore[S]> };

// ---- compile-time agreement with storage/records.ts ----

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type RecordSchemasMatchStorage = [
  Expect<Same<v.InferOutput<typeof ConversationRecordSchema>, ConversationRecord>>,
  Expect<Same<v.InferOutput<typeof ExchangeRecordSchema>, ExchangeRecord>>,
  Expect<Same<v.InferOutput<typeof FindingRecordSchema>, FindingRecord>>,
  Expect<Same<v.InferOutput<typeof ReviewRecordSchema>, ReviewRecord>>,
  Expect<Same<v.InferOutput<typeof AnnotationRecordSchema>, AnnotationRecord>>,
  Expect<Same<v.InferOutput<typeof HealthEventRecordSchema>, HealthEventRecord>>,
  Expect<Same<v.InferOutput<typeof SettingsRecordSchema>, SettingsRecord>>,
];
