/**
 * Messages from the extension's pages (dashboard, options, popup, side panel) to the background,
 * which owns the database: list and count findings, read an exchange, review, annotate, read the
 * health log, change the data settings, purge and delete. Every request is checked against its
 * valibot schema before it reaches the store; every answer is `{ ok, value }` or `{ ok: false, error }`
 * with a StorageError the page can show as it is.
 */
import * as v from 'valibot';
import { CONFIDENCES, SEVERITIES } from '../engine/types';
import type { AnnotationInput } from '../storage/annotations-repo';
import type { ExchangeDetail } from '../storage/exchanges-repo';
import { MAX_PAGE_SIZE, SORT_ORDERS, type FindingFilters, type FindingQuery, type FindingStats } from '../storage/finding-catalog';
import type { PurgeOutcome } from '../storage/maintenance';
import { MAX_NOTE_CHARS, type ReviewChange, type ReviewOutcome } from '../storage/reviews-repo';
import { MAX_ANNOTATION_NOTE_CHARS } from '../storage/annotations-repo';
import { MAX_RETENTION_DAYS, type SettingsPatch } from '../storage/settings-repo';
import { UNREVIEWED, VERDICTS, type AnnotationRecord, type SettingsRecord, type Verdict } from '../storage/records';
import type { StorageError } from '../storage/errors';
import type { FindingPage, HealthOverview } from '../storage/store';

export const DATA_MESSAGE_PREFIX = 'speclens/data/';

export const DATA_MESSAGES = {
  listFindings: 'speclens/data/list-findings',
  stats: 'speclens/data/stats',
  getExchange: 'speclens/data/get-exchange',
  setReviews: 'speclens/data/set-reviews',
  setVerdictForMatching: 'speclens/data/set-verdict-for-matching',
  addAnnotation: 'speclens/data/add-annotation',
  deleteAnnotation: 'speclens/data/delete-annotation',
  health: 'speclens/data/health',
  getSettings: 'speclens/data/get-settings',
  updateSettings: 'speclens/data/update-settings',
  purge: 'speclens/data/purge',
  deleteAll: 'speclens/data/delete-all',
  reloadFindings: 'speclens/data/reload-findings',
} as const;

/** What the user must confirm with, so a stray message cannot wipe the database. */
export const DELETE_ALL_CONFIRMATION = 'delete everything';

const oneOf = (values: readonly unknown[]) => `must be one of ${values.map((x) => (x === null ? 'null' : String(x))).join(', ')}`;
const id = (what: string) => v.pipe(v.string(`${what} must be a string`), v.minLength(1, `${what} must not be empty`), v.maxLength(1024, `${what} is too long`));
const list = <T extends v.GenericSchema>(item: T, what: string) => v.optional(v.pipe(v.array(item, `${what} must be a list`), v.maxLength(1000, `${what} has too many values`)));
const time = (what: string) => v.optional(v.pipe(v.number(`${what} must be a time in milliseconds`), v.finite(`${what} must be a finite number`)));
const FINDING_VERDICTS = [...VERDICTS, UNREVIEWED] as const;

const FiltersEntries = {
  sites: list(id('a site'), 'sites'),
  models: list(v.nullable(id('a model')), 'models'),
  conversationIds: list(id('a conversation id'), 'conversationIds'),
  ruleIds: list(id('a rule id'), 'ruleIds'),
  sections: list(id('a section'), 'sections'),
  severities: list(v.picklist(SEVERITIES, `a severity ${oneOf(SEVERITIES)}`), 'severities'),
  confidences: list(v.picklist(CONFIDENCES, `a confidence ${oneOf(CONFIDENCES)}`), 'confidences'),
  verdicts: list(v.picklist(FINDING_VERDICTS, `a verdict ${oneOf(FINDING_VERDICTS)}`), 'verdicts'),
  from: time('from'),
  to: time('to'),
  text: v.optional(v.pipe(v.string('text must be a string'), v.maxLength(500, 'text is longer than 500 characters'))),
};

export const FindingFiltersSchema = v.strictObject(FiltersEntries, 'filters must be an object of known filter names');

export const FindingQuerySchema = v.strictObject(
  {
    ...FiltersEntries,
    sort: v.optional(v.picklist(SORT_ORDERS, `sort ${oneOf(SORT_ORDERS)}`)),
    offset: v.optional(v.pipe(v.number('offset must be a number'), v.integer('offset must be a whole number'), v.minValue(0, 'offset must not be negative'))),
    limit: v.optional(
      v.pipe(v.number('limit must be a number'), v.integer('limit must be a whole number'), v.minValue(1, 'limit must be at least 1'), v.maxValue(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`)),
    ),
  },
  'query must be an object of known filter names, sort, offset and limit',
);

const VerdictOrNull = v.nullable(v.picklist(VERDICTS, `verdict ${oneOf([...VERDICTS, null])}`));

const ReviewChangeSchema = v.strictObject({
  findingId: id('findingId'),
  verdict: VerdictOrNull,
  note: v.optional(v.pipe(v.string('note must be a string'), v.maxLength(MAX_NOTE_CHARS, `note is longer than ${MAX_NOTE_CHARS} characters`))),
});

const SpanSchema = v.strictObject({
  turnId: id('span.turnId'),
  start: v.pipe(v.number('span.start must be a number'), v.integer('span.start must be a whole number')),
  end: v.pipe(v.number('span.end must be a number'), v.integer('span.end must be a whole number')),
});

const AnnotationInputSchema = v.strictObject({
  id: v.optional(id('id')),
  exchangeId: id('exchangeId'),
  span: v.nullable(SpanSchema),
  specAnchor: id('specAnchor'),
  note: v.pipe(v.string('note must be a string'), v.maxLength(MAX_ANNOTATION_NOTE_CHARS, `note is longer than ${MAX_ANNOTATION_NOTE_CHARS} characters`)),
});

const SettingsPatchSchema = v.strictObject({
  retentionDays: v.optional(
    v.nullable(
      v.pipe(
        v.number('retentionDays must be a number'),
        v.integer('retentionDays must be a whole number'),
        v.minValue(1, 'retentionDays must be at least 1'),
        v.maxValue(MAX_RETENTION_DAYS, `retentionDays must be at most ${MAX_RETENTION_DAYS}`),
      ),
    ),
  ),
  redactPersonalData: v.optional(v.boolean('redactPersonalData must be true or false')),
});

const message = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) => v.strictObject({ type: v.literal(type), ...entries });

export const DataRequestSchema = v.variant(
  'type',
  [
    message(DATA_MESSAGES.listFindings, { query: FindingQuerySchema }),
    message(DATA_MESSAGES.stats, { filters: v.optional(FindingFiltersSchema) }),
    message(DATA_MESSAGES.getExchange, { exchangeId: id('exchangeId') }),
    message(DATA_MESSAGES.setReviews, {
      changes: v.pipe(v.array(ReviewChangeSchema, 'changes must be a list'), v.minLength(1, 'changes must not be empty'), v.maxLength(50_000, 'changes has too many entries')),
    }),
    message(DATA_MESSAGES.setVerdictForMatching, { filters: FindingFiltersSchema, verdict: VerdictOrNull }),
    message(DATA_MESSAGES.addAnnotation, { annotation: AnnotationInputSchema }),
    message(DATA_MESSAGES.deleteAnnotation, { id: id('id') }),
    message(DATA_MESSAGES.health, {
      site: v.optional(id('site')),
      limit: v.optional(v.pipe(v.number('limit must be a number'), v.integer('limit must be a whole number'), v.minValue(1, 'limit must be at least 1'), v.maxValue(1000, 'limit must be at most 1000'))),
    }),
    message(DATA_MESSAGES.getSettings, {}),
    message(DATA_MESSAGES.updateSettings, { patch: SettingsPatchSchema }),
    message(DATA_MESSAGES.purge, {
      olderThanDays: v.pipe(v.number('olderThanDays must be a number'), v.integer('olderThanDays must be a whole number'), v.minValue(0, 'olderThanDays must not be negative')),
    }),
    message(DATA_MESSAGES.deleteAll, { confirm: v.literal(DELETE_ALL_CONFIRMATION, `confirm must be "${DELETE_ALL_CONFIRMATION}"`) }),
    // After a page restored a backup into the database directly: re-read the findings catalog.
    message(DATA_MESSAGES.reloadFindings, {}),
  ],
  `type must be one of ${Object.values(DATA_MESSAGES).join(', ')}`,
);

export type DataRequest = v.InferOutput<typeof DataRequestSchema>;

/** The value each request answers with. */
export interface DataValues {
  [DATA_MESSAGES.listFindings]: FindingPage;
  [DATA_MESSAGES.stats]: FindingStats;
  [DATA_MESSAGES.getExchange]: ExchangeDetail;
  [DATA_MESSAGES.setReviews]: ReviewOutcome;
  [DATA_MESSAGES.setVerdictForMatching]: ReviewOutcome;
  [DATA_MESSAGES.addAnnotation]: AnnotationRecord;
  [DATA_MESSAGES.deleteAnnotation]: boolean;
  [DATA_MESSAGES.health]: HealthOverview;
  [DATA_MESSAGES.getSettings]: SettingsRecord;
  [DATA_MESSAGES.updateSettings]: SettingsRecord;
  [DATA_MESSAGES.purge]: PurgeOutcome;
  [DATA_MESSAGES.deleteAll]: null;
  /** How many findings the reloaded catalog holds. */
  [DATA_MESSAGES.reloadFindings]: number;
}

export type DataType = keyof DataValues;
export type DataResponse<T extends DataType = DataType> = { ok: true; value: DataValues[T] } | { ok: false; error: StorageError };

/** A request of one type, as pages build it. */
export type DataRequestOf<T extends DataType> = Extract<DataRequest, { type: T }>;

/** Whether a message is meant for the data handler (its content is still unchecked). */
export function isDataMessage(message: unknown): message is { type: string } {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith(DATA_MESSAGE_PREFIX);
}

export type DataParse = { ok: true; request: DataRequest } | { ok: false; problems: string[] };

export function parseDataRequest(message: unknown): DataParse {
  const result = v.safeParse(DataRequestSchema, message);
  if (result.success) return { ok: true, request: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return issue.type === 'strict_object' && issue.expected === 'never' && path ? `${path} is not a known field` : issue.message;
    }),
  };
}

/** Whether a value received from the background has the shape of a DataResponse. */
export function isDataResponse(value: unknown): value is DataResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false;
  const e = r.error as Record<string, unknown>;
  return typeof e.kind === 'string' && typeof e.message === 'string';
}

// The request shapes as plain types, for pages that build them (kept in line with the schemas by the tests).
export type { AnnotationInput, FindingFilters, FindingQuery, ReviewChange, SettingsPatch, Verdict };
