/**
 * Bounded stretches of a reply that never cut a word in two. A rule gated on the reply's words
 * (engine/word-index.ts) must not match a piece of a word ("exper" of "experience") that the index
 * never saw, so its head and tail windows end and start between words.
 */
function isWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where a window that should end at `end` ends: pushed on to the end of a word it would cut. */
export function wordEnd(text: string, end: number): number {
  let i = Math.min(end, text.length);
  while (isWord(text, i - 1) && isWord(text, i)) i++;
  return i;
}

/** Where a window that should start at `start` starts: pulled back to the start of a word it would cut. */
export function wordStart(text: string, start: number): number {
  let i = Math.max(0, start);
  while (isWord(text, i - 1) && isWord(text, i)) i--;
  return i;
}

/** The first `chars` characters of `text`, or a few more to finish the last word. */
export function headOf(text: string, chars: number): string {
  return text.length <= chars ? text : text.slice(0, wordEnd(text, chars));
}
