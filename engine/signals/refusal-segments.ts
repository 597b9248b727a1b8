/**
 * Cheap sentence and line segmentation for the refusal signal. Intl.Segmenter is accurate but too
 * slow to run on every reply for a signal that only reads the opening and closing sentences, so
 * this splits a range of the prose at line breaks and at sentence punctuation followed by a space.
 */

export interface Segment {
  start: number;
  end: number;
  /** The line starts with a bullet or a list number. */
  listItem: boolean;
  /** The segment ends with ':' (it introduces what follows). */
  colon: boolean;
  /** The segment ends with '?'. */
  question: boolean;
  /** The segment begins a new line (not a continuation of the previous sentence's line). */
  lineStart: boolean;
}

const NEWLINE = 10;
const DOT = 46;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'inc', 'ltd', 'jr', 'sr', 'no', 'approx', 'fig', 'e.g', 'i.e', 'cf']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Characters that may follow sentence punctuation before the space: more punctuation, quotes, brackets, emphasis. */
function isClosing(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 34 || code === 39 || code === 41 || code === 93 || code === 42 || code === 95;
}

/** Characters that may trail a segment after its last "real" character. */
function isTrailing(code: number): boolean {
  return code === 42 || code === 95 || code === 41 || code === 34;
}

/** The period at `dot` belongs to an abbreviation ("U.S.", "e.g.", "Dr.") or a list number ("1."). */
function isNonTerminalDot(text: string, segStart: number, dot: number): boolean {
  let k = dot - 1;
  while (k >= segStart && k > dot - 8) {
    const c = text.charCodeAt(k);
    if (!isAsciiLetter(c) && c !== DOT) break;
    k--;
  }
  const len = dot - k - 1;
  if (len === 1 && isAsciiLetter(text.charCodeAt(dot - 1))) return true;
  if (len > 1 && len <= 6) {
    const token = text.slice(k + 1, dot).toLowerCase();
    if (ABBREVIATIONS.has(token) || /^[a-z](?:\.[a-z])+$/.test(token)) return true;
  }
  // "1." or "12." at the start of a line is a list number.
  let j = dot - 1;
  while (j >= segStart && isDigit(text.charCodeAt(j))) j--;
  if (j < dot - 1 && dot - 1 - j <= 3) {
    while (j >= segStart && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    if (j < segStart || text.charCodeAt(j) === NEWLINE) return true;
  }
  return false;
}

function makeSegment(text: string, start: number, end: number, lineStart: boolean): Segment | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return null;
  let last = end - 1;
  while (last > start && isTrailing(text.charCodeAt(last))) last--;
  const lastCode = text.charCodeAt(last);
  const c0 = text.charCodeAt(start);
  const c1 = start + 1 < end ? text.charCodeAt(start + 1) : 0;
  let listItem = (c0 === 45 || c0 === 42 || c0 === 43 || c0 === 0x2022) && (c1 === 32 || c1 === 9);
  if (!listItem && isDigit(c0)) {
    let k = start;
    while (k < end && k - start < 3 && isDigit(text.charCodeAt(k))) k++;
    const after = text.charCodeAt(k + 1);
    listItem = (text.charCodeAt(k) === DOT || text.charCodeAt(k) === 41) && (after === 32 || after === 9);
  }
  return { start, end, listItem, colon: lastCode === 58, question: lastCode === 63, lineStart };
}

/** The first index at or after `i` (and before `to`) that may end a segment; `to` when none does. */
function skipPlainText(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || code === DOT || code === 33 || code === 63) return i;
  }
  return to;
}

/**
 * Segments of `text` in [from, to): lines, and sentences within lines. Stops after `limit`
 * segments. Linear in the length of the range.
 */
export function segmentRange(text: string, from: number, to: number, limit: number): Segment[] {
  const out: Segment[] = [];
  let segStart = from;
  let lineStart = true;
  let i = from;
  while (i < to && out.length < limit) {
    const code = text.charCodeAt(i);
    let cut = -1;
    let nextLineStart = false;
    if (code === NEWLINE) {
      cut = i;
      nextLineStart = true;
    } else if (code === DOT || code === 33 || code === 63) {
      let j = i + 1;
      while (j < to && isClosing(text.charCodeAt(j))) j++;
      if ((j >= to || isSpace(text.charCodeAt(j))) && !(code === DOT && isNonTerminalDot(text, segStart, i))) {
        cut = j;
        nextLineStart = j < to && text.charCodeAt(j) === NEWLINE;
      } else {
        i = j;
        continue;
      }
    }
    if (cut === -1) {
      i = skipPlainText(text, i + 1, to);
      continue;
    }
    const seg = makeSegment(text, segStart, cut, lineStart);
    if (seg) out.push(seg);
    lineStart = nextLineStart;
    segStart = code === NEWLINE ? cut + 1 : cut;
    i = segStart;
  }
  if (out.length < limit && segStart < to) {
    const seg = makeSegment(text, segStart, to, lineStart);
    if (seg) out.push(seg);
  }
  return out;
}

/**
 * Index just after the first sentence or line boundary in [from, to), so a window does not start
 * mid-sentence; `from` itself when the range holds no boundary (one long sentence).
 */
export function nextBoundary(text: string, from: number, to: number): number {
  if (from === 0) return 0;
  for (let i = from; i < to - 1; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return i + 1;
    if ((code === DOT || code === 33 || code === 63) && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return from;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates (emoji and the like)
  return code >= 0xc0;
}

/** Words (runs of letters and digits) in [start, end), counting at most `cap`. */
export function countWords(text: string, start: number, end: number, cap = 10_000): number {
  let n = 0;
  let inWord = false;
  let ideographs = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Chinese and Japanese do not space words; about two characters make one.
    if (code >= 0x3040 && code <= 0x9fff && ++ideographs % 2 === 0) {
      n++;
      if (n >= cap) return n;
    }
    const w = isWordChar(code);
    if (w && !inWord) {
      n++;
      if (n >= cap) return n;
    }
    inWord = w || (inWord && text[i] === "'");
  }
  return n;
}

/** The range holds something other than whitespace (an elided "[...]" or blanked code counts). */
export function hasInk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}
