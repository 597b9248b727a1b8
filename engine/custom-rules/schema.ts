/** The JSON shape of a user's declarative rule, as a valibot schema (the single source of its type). */
import * as v from 'valibot';
import { CONFIDENCES, SEVERITIES } from '../types';

export const CUSTOM_RULE_KINDS = ['existence', 'conditional', 'occurrence'] as const;
export const CUSTOM_RULE_SCOPES = ['user', 'reply'] as const;
/** Regex flags a custom pattern may use; `g` is added by the engine itself. */
export const ALLOWED_PATTERN_FLAGS = 'imsu';

export const MAX_PHRASES = 500;
export const MAX_PATTERNS = 50;
const MAX_PHRASE_LENGTH = 200;
const MAX_PATTERN_LENGTH = 500;

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
/** For strict objects: a key that is not in the schema, or a required key that is absent. */
export const keyMessage = (issue: v.BaseIssue<unknown>): string => (issue.expected === 'never' ? 'is not a known key' : 'is required');

const flags = v.pipe(
  v.string('must be a string of regex flags'),
  v.check(
    (f) => [...f].every((c) => ALLOWED_PATTERN_FLAGS.includes(c)) && new Set(f).size === f.length,
    `may only use the flags ${[...ALLOWED_PATTERN_FLAGS].join(', ')}, each at most once`,
  ),
);

const phrases = v.pipe(
  v.array(
    v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_PHRASE_LENGTH, `must be at most ${MAX_PHRASE_LENGTH} characters`)),
    'must be an array of strings',
  ),
  v.maxLength(MAX_PHRASES, `must have at most ${MAX_PHRASES} entries`),
);

const patterns = v.pipe(
  v.array(
    v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), v.maxLength(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`)),
    'must be an array of regular expression sources',
  ),
  v.maxLength(MAX_PATTERNS, `must have at most ${MAX_PATTERNS} entries`),
);

const scope = v.picklist(CUSTOM_RULE_SCOPES, oneOf(CUSTOM_RULE_SCOPES));

/** What to look for: phrases (whole words, any case) and/or regular expressions. */
const matcherEntries = {
  phrases: v.optional(phrases),
  patterns: v.optional(patterns),
  /** Flags for `patterns` (default: `i`). */
  flags: v.optional(flags),
};

const count = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'));

const commonEntries = {
  id: v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)'), v.maxLength(80, 'must be at most 80 characters')),
  title: v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'must be at most 200 characters')),
  scope,
  ...matcherEntries,
  /** Shown for each hit; `{match}` is the matched text, `{count}` the number of matches. */
  message: v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(500, 'must be at most 500 characters')),
  /** A Model Spec anchor, e.g. `avoid_sycophancy`. */
  spec: v.string('must be a Model Spec anchor (a string)'),
  severity: v.picklist(SEVERITIES, oneOf(SEVERITIES)),
  confidence: v.picklist(CONFIDENCES, oneOf(CONFIDENCES)),
};

export const ExistenceRuleSchema = v.strictObject({ ...commonEntries, kind: v.literal('existence') }, keyMessage);

export const ConditionalRuleSchema = v.strictObject(
  {
    ...commonEntries,
    kind: v.literal('conditional'),
    /** The trigger: the main check only runs when this matches. */
    when: v.strictObject({ scope, ...matcherEntries }, keyMessage),
    /** `found` (default): report when the main phrases/patterns appear; `missing`: when they do not. */
    report: v.optional(v.picklist(['found', 'missing'], oneOf(['found', 'missing']))),
  },
  keyMessage,
);

export const OccurrenceRuleSchema = v.strictObject(
  { ...commonEntries, kind: v.literal('occurrence'), min: v.optional(count), max: v.optional(count) },
  keyMessage,
);

export const CustomRuleSchema = v.variant('kind', [ExistenceRuleSchema, ConditionalRuleSchema, OccurrenceRuleSchema], oneOf(CUSTOM_RULE_KINDS));

export type CustomRuleSpec = v.InferOutput<typeof CustomRuleSchema>;
export type CustomMatcher = Pick<CustomRuleSpec, 'phrases' | 'patterns' | 'flags'>;
