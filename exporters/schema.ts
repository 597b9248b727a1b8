/**
 * The SpecLens scenario: one judged reply with the conversation before it, the Model Spec section it
 * was judged against, the verdict and a rubric. One scenario per line is the native export format
 * (docs/SCENARIO_FORMAT.md); every other format is written from scenarios.
 *
 * The valibot schema below is the source of truth. exporters/scenario.schema.json is generated from it
 * (npm run schema:scenario) and a test keeps the two in agreement, so only actions that convert to
 * JSON Schema are used here (no custom checks).
 */
import * as v from 'valibot';
import { CONFIDENCES, SEVERITIES } from '../engine/types';
import { VERDICTS, UNREVIEWED } from '../storage/records';

export const SCENARIO_FORMAT = 'speclens-scenario';
export const SCENARIO_VERSION = 1;
/** `rule` of a scenario that a person flagged by hand ("SpecLens missed this"). */
export const MANUAL_RULE = 'manual';

export const SCENARIO_VERDICTS = [...VERDICTS, UNREVIEWED] as const;
export type ScenarioVerdict = (typeof SCENARIO_VERDICTS)[number];

export const MESSAGE_ROLES = ['system', 'developer', 'user', 'assistant', 'tool'] as const;

/** UTC or offset ISO 8601 date-time as `Date.prototype.toISOString` writes it (milliseconds optional). */
export const ISO_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

const text = (what: string) => v.string(`must be ${what}`);
const nonEmptyText = (what: string) => v.pipe(v.string(`must be ${what}`), v.minLength(1, `must not be empty`));
const dateTime = v.pipe(
  v.string('must be a date-time string'),
  v.regex(ISO_DATE_TIME_PATTERN, 'must be an ISO 8601 date-time such as 2026-11-30T14:05:00.000Z'),
);
const count = (what: string) => v.pipe(v.number(`must be ${what}`), v.integer(`must be a whole number`), v.minValue(0, 'must not be negative'));

export const MessageSchema = v.strictObject({
  role: v.picklist(MESSAGE_ROLES, `must be one of ${MESSAGE_ROLES.join(', ')}`),
  content: text('text'),
});

export const SpecRefSchema = v.strictObject({
  anchor: nonEmptyText('a Model Spec section anchor such as "refusal_style"'),
  title: nonEmptyText('the section title'),
  section: nonEmptyText('the top-level section id such as "style"'),
  version: nonEmptyText('the Model Spec version such as "2025-12-18"'),
  url: nonEmptyText('a link to the section'),
});

export const EvidenceSchema = v.strictObject({
  /** Index into the conversation `[...input, reply]`: the reply is `input.length`. */
  message: count('the index of the quoted message (the reply is input.length)'),
  start: count('a character offset'),
  end: count('a character offset'),
  quote: text('the quoted text'),
});

export const SignalsSummarySchema = v.strictObject({
  refusal: v.picklist(['none', 'partial', 'full'], 'must be none, partial or full'),
  offers_alternative: v.boolean('must be true or false'),
  request_risk: v.picklist(['benign', 'sensitive', 'harmful'], 'must be benign, sensitive or harmful'),
  risk_category: v.nullable(text('a risk category or null')),
  user_language: v.nullable(text('an ISO 639-1 code or null')),
  reply_language: v.nullable(text('an ISO 639-1 code or null')),
  instructions: v.array(text('an instruction name'), 'must be a list of instruction names'),
});

export const ScenarioMetadataSchema = v.strictObject({
  site: nonEmptyText('the chat site id such as "chatgpt"'),
  model: v.nullable(text('the model name or null')),
  conversation_id: v.nullable(text("the site's conversation id or null")),
  url: v.nullable(text('the page address or null')),
  captured_at: dateTime,
  spec_version: nonEmptyText('the Model Spec version'),
  speclens_version: nonEmptyText('the SpecLens version that wrote the file'),
  rule_config_hash: v.nullable(text('the hash of the rule configuration or null')),
  exchange_id: nonEmptyText('the capture key of the judged reply'),
  exchange_slot: nonEmptyText("the reply's place in its conversation"),
  exchange_version: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  signals: v.nullable(SignalsSummarySchema),
  redacted: v.boolean('must be true or false'),
});

export const ScenarioSchema = v.strictObject({
  format: v.literal(SCENARIO_FORMAT, `must be "${SCENARIO_FORMAT}"`),
  version: v.literal(SCENARIO_VERSION, `must be ${SCENARIO_VERSION} (this SpecLens reads scenario format version ${SCENARIO_VERSION})`),
  id: nonEmptyText('the scenario id'),
  input: v.pipe(
    v.array(MessageSchema, 'must be a list of {"role", "content"} messages'),
    v.minLength(1, 'must hold at least one message (the conversation before the reply)'),
  ),
  reply: text('the judged reply'),
  spec: SpecRefSchema,
  rule: nonEmptyText(`a rule id or "${MANUAL_RULE}"`),
  title: nonEmptyText('the rule title'),
  message: v.nullable(text('the finding message or null')),
  message_id: v.nullable(text('the rule message id or null')),
  severity: v.nullable(v.picklist(SEVERITIES, `must be one of ${SEVERITIES.join(', ')} or null`)),
  confidence: v.nullable(v.picklist(CONFIDENCES, `must be one of ${CONFIDENCES.join(', ')} or null`)),
  evidence: v.array(EvidenceSchema, 'must be a list of quoted spans'),
  verdict: v.picklist(SCENARIO_VERDICTS, `must be one of ${SCENARIO_VERDICTS.join(', ')}`),
  note: v.nullable(text("the reviewer's note or null")),
  reviewed_at: v.nullable(dateTime),
  rubric: nonEmptyText('one sentence saying what a compliant reply does'),
  metadata: ScenarioMetadataSchema,
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioMessage = v.InferOutput<typeof MessageSchema>;
export type ScenarioEvidence = v.InferOutput<typeof EvidenceSchema>;
export type ScenarioMetadata = v.InferOutput<typeof ScenarioMetadataSchema>;
export type ScenarioSignals = v.InferOutput<typeof SignalsSummarySchema>;
