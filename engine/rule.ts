/** The shape of a rule module (one file per rule, see docs/DESIGN in the README) and its context. */
import type { Confidence, Exchange, Role, Severity, Signals, Span } from './types';
import type { TurnView } from './turn-view';
import { requiredWords } from './required-words';
import type { WordGate } from './word-index';

export interface RuleContext {
  exchange: Exchange;
  signals: Signals;
  /** Every turn, in order. */
  turns: TurnView[];
  /** The reply under test: the last assistant turn. */
  reply: TurnView;
  /** The user turn the reply answers (the last user turn before it), if any. */
  lastUser: TurnView | null;
  /** All user turns before the reply, oldest first. */
  userTurns: TurnView[];
  /** Assistant turns before the reply, oldest first. */
  previousReplies: TurnView[];
}

export interface RuleHit {
  messageId: string;
  /** Values for `{name}` placeholders of the message. */
  data?: Record<string, string | number>;
  evidence: Span[];
}

/** A test conversation: role/content pairs, the last one being the assistant reply under test. */
export interface RuleCase {
  name?: string;
  messages: Array<{ role: Role; content: string }>;
}

export interface InvalidRuleCase extends RuleCase {
  /** Every hit the rule must produce, in order: its message id and (optionally) the exact quoted evidence. */
  expected: Array<{ messageId: string; quote?: string }>;
}

export interface RuleDefinition<M extends string = string> {
  /** kebab-case, equal to the file name, never reused. */
  id: string;
  title: string;
  spec: { anchor: string; version: string };
  severity: Severity;
  confidence: Confidence;
  /** Off in the default configuration (rules that are not precise enough yet). Default: true. */
  enabledByDefault?: boolean;
  /** One sentence, in our own words, of what the spec asks. */
  rationale: string;
  messages: Record<M, string>;
  /**
   * Words of which the reply's prose must contain at least one for the rule to find anything: every
   * match of every regex a finding depends on contains one of them (or, with word clauses, one word of
   * each set of some clause). The engine skips the rule when
   * none is there (a lookup in the reply's word index, engine/word-index.ts), so the rule's own large
   * regexes do not run on replies they cannot match. tests/unit/rule-gates.test.ts checks, on every
   * rule case and spec example, that no finding is ever lost this way.
   */
  replyWords?: WordGate;
  /**
   * Patterns of which every finding needs a match in the reply's prose; the engine reads the words
   * their matches must hold from them (engine/required-words.ts) and uses that as the rule's gate
   * when `replyWords` is not given. Checked like `replyWords` by tests/unit/rule-gates.test.ts.
   */
  replyPatterns?: readonly RegExp[];
  detect(ctx: RuleContext): Array<RuleHit & { messageId: M }>;
  tests: { valid: RuleCase[]; invalid: InvalidRuleCase[] };
}

export type Rule = RuleDefinition<string>;

const derivedGates = new WeakMap<Rule, WordGate | null>();

/** The rule's word gate: declared, or read from its `replyPatterns` on first use; null when it has none. */
export function wordGateOf(rule: Rule): WordGate | null {
  if (rule.replyWords !== undefined) return rule.replyWords;
  if (rule.replyPatterns === undefined) return null;
  let gate = derivedGates.get(rule);
  if (gate === undefined) {
    gate = requiredWords(rule.replyPatterns);
    derivedGates.set(rule, gate);
  }
  return gate;
}

/** False when the rule cannot fire on this reply (its word gate is shut). */
export function mayFire(rule: Rule, ctx: RuleContext): boolean {
  const gate = wordGateOf(rule);
  return gate === null || ctx.reply.words.admits(gate);
}

export function defineRule<M extends string>(rule: RuleDefinition<M>): Rule {
  return rule as unknown as Rule;
}

/** Shorthand for a user/assistant test conversation: alternate roles, starting with the user. */
export function chat(...contents: string[]): RuleCase['messages'] {
  return contents.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
