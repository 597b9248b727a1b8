/**
 * One pass over the prose for several kinds of phrase. Each regex scan of a reply costs about the
 * same whatever the pattern, so rules that look for several kinds merge them into one alternation
 * of capture groups and learn the kind of each match from the group that took part.
 */
import { HOISTED, topLevelAlternatives } from '../../engine/regex-hoist';
import type { TurnView } from '../../engine/turn-view';
import type { Span } from '../../engine/types';

export interface GroupedMatch {
  /** Index into the `kinds` list the regex was built from. */
  kind: number;
  span: Span;
}

/**
 * A global, case-insensitive regex whose top-level alternatives are the given patterns, each as a
 * capture group. The patterns themselves must use only non-capturing groups.
 */
export function groupedRegex(kinds: readonly RegExp[]): RegExp {
  const written = new RegExp(kinds.map((re) => `(${re.source})`).join('|'), 'gi');
  const alternatives = kinds.map((re) => topLevelAlternatives(re.source));
  if (!alternatives.every((alts) => alts.every((a) => a.startsWith('\\b')))) return written;
  // Every alternative of every kind starts at a word boundary: check it once (see engine/regex-hoist.ts).
  const hoisted = new RegExp(`\\b(?:${alternatives.map((alts) => `(${alts.map((a) => a.slice(2)).join('|')})`).join('|')})`, 'gi');
  HOISTED.push([written, hoisted]);
  return hoisted;
}

/**
 * Every match of a `groupedRegex` in the prose, in order, with its kind; at most `limit`. With a
 * `range`, only that part of the prose is scanned (so the cost does not grow with the reply).
 */
export function groupedMatches(
  view: TurnView,
  re: RegExp,
  limit = 50,
  range: { start: number; end: number } = { start: 0, end: view.prose.length },
): GroupedMatch[] {
  const whole = range.start === 0 && range.end >= view.prose.length;
  const text = whole ? view.prose : view.prose.slice(range.start, range.end);
  const offset = whole ? 0 : range.start;
  const out: GroupedMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let kind = 1;
    while (kind < m.length && m[kind] === undefined) kind++;
    out.push({ kind: kind - 1, span: view.span(offset + m.index, offset + m.index + m[0].length) });
  }
  re.lastIndex = 0;
  return out;
}

/** The spans of one kind. */
export function spansOf(matches: readonly GroupedMatch[], kind: number): Span[] {
  return matches.filter((m) => m.kind === kind).map((m) => m.span);
}
