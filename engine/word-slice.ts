/**
 * Bounded stretches of a reply that never cut a word in two. A rule or signal gated on the reply's words
 * (engine/word-index.ts) must not match a piece of a word ("exper" of "experience") that the index
 * never saw, so its head and tail windows end and start between words. A "word" longer than
 * MAX_SHIFT characters (a run of one letter in a hostile reply) is cut where the window says: no
 * rule looks for such words, and walking to its end would cost a pass over the whole run.
 */
const MAX_SHIFT = 64;

function isWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where a window that should end at `end` ends: pushed on to the end of a word it would cut. */
export function wordEnd(text: string, end: number): number {
  const cut = Math.min(end, text.length);
  let i = cut;
  while (isWord(text, i - 1) && isWord(text, i)) if (++i - cut > MAX_SHIFT) return cut;
  return i;
}

/** Where a window that should start at `start` starts: pulled back to the start of a word it would cut. */
export function wordStart(text: string, start: number): number {
  const cut = Math.max(0, start);
  let i = cut;
  while (isWord(text, i - 1) && isWord(text, i)) if (cut - --i > MAX_SHIFT) return cut;
  return i;
}

/** The first `chars` characters of `text`, or a few more to finish the last word. */
export function headOf(text: string, chars: number): string {
  return text.length <= chars ? text : text.slice(0, wordEnd(text, chars));
}
