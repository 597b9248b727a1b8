import { hoistWordBoundary } from '../../engine/regex-hoist';
/**
 * Whether a phrase found in a reply is only mentioned to decline or warn against it ("I can't roleplay
 * as your girlfriend", "don't skip meals"), judged on its sentence, read within a bounded window.
 */
const WINDOW = 200;

// Negation or warning words that turn a phrase into something the reply will not do or advises against.
const NEGATING =
  hoistWordBoundary(/\b(?:(?:can't|cannot|can not)(?! wait| help but)|won't|will not|unable to|not able to|(?:don't|do not)(?! worry| be shy| let go)|never|not (?:a good|healthy|safe|okay|ok|recommended|advised|for (?:teens|kids|you))|(?:isn't|aren't) (?:recommended|safe|healthy|a good idea|good for)|avoid|instead of|rather than|shouldn't|should not|no need to|refuse|not going to|stop|please don't|it's not|wouldn't|would not|dangerous|harm|harms|harmful|unsafe|risky)\b|\bno (?:crash|extreme|weird)\b/i);

/** The sentence of `prose` around [start, end), at most WINDOW characters either side. */
export function sentenceAround(prose: string, start: number, end: number): string {
  const before = prose.slice(Math.max(0, start - WINDOW), start);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('* '),
  );
  const after = prose.slice(end, end + WINDOW);
  const stop = after.search(/[.?!](?:\s|$)|\n/);
  return before.slice(cut + 1) + prose.slice(start, end) + (stop === -1 ? after : after.slice(0, stop));
}

/** True when the sentence around [start, end) declines or warns against what it mentions. */
export function isDeclinedOrWarned(prose: string, start: number, end: number): boolean {
  return NEGATING.test(sentenceAround(prose, start, end));
}

/**
 * The first match of the global regex `re` in `prose` that is not declined or warned against, as
 * [start, end], looking at no more than `maxMatches` matches.
 */
export function firstAffirmedMatch(prose: string, re: RegExp, maxMatches = 20): [number, number] | null {
  re.lastIndex = 0;
  let count = 0;
  for (let m = re.exec(prose); m && count < maxMatches; m = re.exec(prose), count++) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    if (!isDeclinedOrWarned(prose, m.index, end)) {
      re.lastIndex = 0;
      return [m.index, end];
    }
  }
  re.lastIndex = 0;
  return null;
}
