/**
 * `\bfoo|\bbar|\bbaz` and `\b(?:foo|bar|baz)` match the same text at the same positions, but V8
 * runs the second three to four times faster on prose: it checks the word boundary once per
 * position and only then tries the alternatives. The phrase lists of the rules and signals are
 * written alternative by alternative for readability; this hoists their common leading `\b`.
 */

/** The top-level alternatives of a regex source (split at `|` outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(last, i));
      last = i + 1;
    }
  }
  out.push(source.slice(last));
  return out;
}

/** Pairs of (as written, hoisted), for the test that checks they match alike. */
export const HOISTED: Array<readonly [RegExp, RegExp]> = [];

/** `re` with a `\b` that starts every top-level alternative moved in front of them all; `re` itself when there is none. */
export function hoistWordBoundary<R extends RegExp>(re: R): R {
  const alternatives = topLevelAlternatives(re.source);
  if (alternatives.length < 2 || !alternatives.every((a) => a.startsWith('\\b'))) return re;
  const hoisted = new RegExp(`\\b(?:${alternatives.map((a) => a.slice(2)).join('|')})`, re.flags) as R;
  HOISTED.push([re, hoisted]);
  return hoisted;
}
