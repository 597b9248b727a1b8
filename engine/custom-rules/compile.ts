/** Turns a validated custom rule spec into an ordinary engine Rule. */
import { normalizeQuotes } from '../text';
import { SPEC_VERSION } from '../spec';
import type { Rule, RuleContext, RuleHit } from '../rule';
import type { TurnView } from '../turn-view';
import type { Span } from '../types';
import type { CustomMatcher, CustomRuleSpec } from './schema';
import { compileUserPattern } from './regex-safety';

/** At most this many hits (and evidence spans) per rule and reply, so a 1 MB reply stays cheap. */
export const MAX_CUSTOM_HITS = 20;
const DEFAULT_PATTERN_FLAGS = 'i';
// Letters, digits and underscore on either side mean the phrase is part of a longer word.
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function escapeRegex(text: string): string {
  // Only syntax characters and '/': with the `u` flag, escaping anything else is a syntax error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** A phrase as regex atoms: one escaped character each, a run of whitespace as `\s+`. */
function atoms(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/(\s+)/)) {
    if (part === '') continue;
    if (/^\s/.test(part)) out.push('\\s+');
    else for (const ch of part) out.push(escapeRegex(ch));
  }
  return out;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([atom, child]) => atom + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${branches.join('|')})?` : body;
}

/**
 * One regex for a list of phrases: whole words, any case, any run of whitespace between words,
 * curly quotes and dashes matching their straight forms (prose is normalised the same way).
 * The phrases are merged into a prefix tree, so the work per position is bounded by the longest
 * phrase, not by the number of phrases (200 phrases sharing a prefix cost one comparison chain).
 * Greedy optional branches make the longest phrase win, falling back to shorter ones.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const atom of atoms(normalizeQuotes(phrase.trim()).toLowerCase())) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return new RegExp(`${WORD_BEFORE}(?:${trieSource(root)})${WORD_AFTER}`, 'giu');
}

/** The compiled regexes of a matcher; throws when a pattern does not compile (validation catches that first). */
function matcherRegexes(matcher: CustomMatcher): RegExp[] {
  const out: RegExp[] = [];
  if (matcher.phrases && matcher.phrases.length > 0) out.push(phraseRegex(matcher.phrases));
  for (const source of matcher.patterns ?? []) {
    const re = compileUserPattern(source, `${matcher.flags ?? DEFAULT_PATTERN_FLAGS}g`);
    if (typeof re === 'string') throw new Error(`pattern ${JSON.stringify(source)} does not compile: ${re}`);
    out.push(re);
  }
  return out;
}

/** Matches of every regex in the prose of `view`, in text order, at most `limit`. */
function matchesIn(view: TurnView, regexes: readonly RegExp[], limit: number): Span[] {
  if (regexes.length === 1) return view.findAll(regexes[0]!, limit);
  const all = regexes.flatMap((re) => view.findAll(re, limit));
  return all.sort((a, b) => a.start - b.start || a.end - b.end).slice(0, limit);
}

function scopeView(ctx: RuleContext, scope: CustomRuleSpec['scope']): TurnView | null {
  return scope === 'reply' ? ctx.reply : ctx.lastUser;
}

const HIT = 'custom';

function hitsFor(spans: Span[], extra: Record<string, string | number> = {}): RuleHit[] {
  return spans.map((span) => ({ messageId: HIT, data: { match: span.quote, ...extra }, evidence: [span] }));
}

type Detect = (ctx: RuleContext) => RuleHit[];

function detector(spec: CustomRuleSpec): Detect {
  const main = matcherRegexes(spec);
  switch (spec.kind) {
    case 'existence':
      return (ctx) => {
        const view = scopeView(ctx, spec.scope);
        return view ? hitsFor(matchesIn(view, main, MAX_CUSTOM_HITS)) : [];
      };
    case 'conditional': {
      const trigger = matcherRegexes(spec.when);
      const reportMissing = spec.report === 'missing';
      return (ctx) => {
        const whenView = scopeView(ctx, spec.when.scope);
        const fired = whenView ? matchesIn(whenView, trigger, 1)[0] : undefined;
        if (!fired) return [];
        const view = scopeView(ctx, spec.scope);
        const found = view ? matchesIn(view, main, reportMissing ? 1 : MAX_CUSTOM_HITS) : [];
        if (!reportMissing) return hitsFor(found);
        return found.length === 0 ? hitsFor([fired]) : [];
      };
    }
    case 'occurrence': {
      const { min, max } = spec;
      // Counting past max + 1 (or min) changes nothing, so the scan stops there.
      const countLimit = Math.max(max !== undefined ? max + 1 : 0, min ?? 0, 1);
      return (ctx) => {
        const view = scopeView(ctx, spec.scope);
        if (!view) return [];
        const spans = matchesIn(view, main, countLimit);
        const data = { count: spans.length, match: spans[0]?.quote ?? '' };
        if (max !== undefined && spans.length > max) {
          const shown = spans.slice(0, MAX_CUSTOM_HITS);
          return [{ messageId: HIT, data: { ...data, count: `more than ${max}` }, evidence: shown }];
        }
        if (min !== undefined && spans.length < min) return [{ messageId: HIT, data, evidence: spans }];
        return [];
      };
    }
  }
}

/**
 * A Rule for `spec`. Custom rules carry no test cases (the meta test covers built-in rules only).
 * A spec that cannot be compiled (a config that skipped validation) gives a rule that fails on
 * every run, which the runner reports as an engine error instead of stopping.
 */
export function compileCustomRule(spec: CustomRuleSpec): Rule {
  let detect: Detect;
  try {
    detect = detector(spec);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    detect = () => {
      throw new Error(`custom rule "${spec.id}" is invalid: ${message}`);
    };
  }
  return {
    id: spec.id,
    title: spec.title,
    spec: { anchor: spec.spec, version: SPEC_VERSION },
    severity: spec.severity,
    confidence: spec.confidence,
    rationale: `User-defined ${spec.kind} rule.`,
    messages: { [HIT]: spec.message },
    detect,
    tests: { valid: [], invalid: [] },
  };
}
