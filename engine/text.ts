/**
 * Text utilities for lexical rules. Every transformation here keeps the string length, so an
 * offset found in the analysed text is the same offset in the original turn text.
 */

/** What `\s` matches in a JavaScript regex, for one UTF-16 code unit (a test per character, no regex call). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export interface Range {
  start: number;
  end: number;
}

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\uFF07': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\uFF02': '"',
  '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ',
};
const QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07\u201C\u201D\u201E\u201F\u2033\uFF02\u00AB\u00BB\u2010-\u2014\u2212\u00A0\u2007\u202F\u2009\u200A]/g;

/** Curly quotes and apostrophes to straight ones, dashes to '-', odd spaces to ' ' (length-preserving). */
export function normalizeQuotes(text: string): string {
  return text.replace(QUOTE_RE, (c) => QUOTE_MAP[c] ?? c);
}

/**
 * Ranges of Markdown code: fenced blocks (``` or ~~~, an unclosed fence runs to the end) and
 * inline code spans on one line. Linear in the text length.
 */
export function codeRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let pos = 0;
  let fence: { char: string; len: number; start: number } | null = null;
  const n = text.length;
  // The next backtick at or after `pos`, found once and reused, so lines without one cost nothing.
  let nextTick = text.indexOf('`');
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const fenceMatch = matchFence(text, pos, eol);
    if (fence) {
      if (fenceMatch && fenceMatch.char === fence.char && fenceMatch.len >= fence.len && fenceMatch.bare) {
        ranges.push({ start: fence.start, end: eol });
        fence = null;
      }
    } else if (fenceMatch) {
      fence = { char: fenceMatch.char, len: fenceMatch.len, start: pos };
    } else {
      if (nextTick !== -1 && nextTick < pos) nextTick = text.indexOf('`', pos);
      if (nextTick !== -1 && nextTick < eol) inlineCode(text, nextTick, eol, ranges);
    }
    pos = eol + 1;
  }
  if (fence) ranges.push({ start: fence.start, end: n });
  return ranges;
}

function matchFence(text: string, start: number, eol: number): { char: string; len: number; bare: boolean } | null {
  let i = start;
  while (i < eol && i - start < 4 && text[i] === ' ') i++;
  if (i - start > 3) return null;
  const ch = text[i];
  if (ch !== '`' && ch !== '~') return null;
  let j = i;
  while (j < eol && text[j] === ch) j++;
  const len = j - i;
  if (len < 3) return null;
  const rest = text.slice(j, eol);
  if (ch === '`' && rest.includes('`')) return null;
  return { char: ch, len, bare: rest.trim() === '' };
}

function inlineCode(text: string, firstTick: number, eol: number, out: Range[]): void {
  let i = firstTick;
  while (i !== -1 && i < eol) {
    let run = 1;
    while (i + run < eol && text[i + run] === '`') run++;
    const closer = '`'.repeat(run);
    let search = i + run;
    let close = -1;
    while (search < eol) {
      const k = text.indexOf(closer, search);
      if (k === -1 || k >= eol) break;
      let after = k + run;
      if (text[after] !== '`' && text[k - 1] !== '`') { close = k; break; }
      while (after < eol && text[after] === '`') after++;
      search = after;
    }
    if (close === -1) {
      i = text.indexOf('`', i + run);
      continue;
    }
    out.push({ start: i, end: close + run });
    i = text.indexOf('`', close + run);
  }
}

/** Replace code with spaces (newlines kept), so prose regexes cannot match inside code. */
export function maskRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  if (ranges.length > 32) return maskManyRanges(text, ranges);
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    out += text.slice(pos, r.start) + blankKeepingNewlines(text, r.start, r.end);
    pos = r.end;
  }
  return out + text.slice(pos);
}

/** Many small code spans: one UTF-16 buffer for the whole text instead of a concatenation per span. */
function maskManyRanges(text: string, ranges: readonly Range[]): string {
  const codes = new Uint16Array(text.length);
  let pos = 0;
  for (const r of ranges) {
    for (let i = pos; i < r.start; i++) codes[i] = text.charCodeAt(i);
    for (let i = r.start; i < r.end; i++) codes[i] = text.charCodeAt(i) === 10 ? 10 : 32;
    pos = r.end;
  }
  for (let i = pos; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return utf16.decode(codes);
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Spaces in place of every character of text[start, end) except newlines. */
function blankKeepingNewlines(text: string, start: number, end: number): string {
  const length = end - start;
  if (length < 256) return text.slice(start, end).replace(/[^\n]+/g, (run) => ' '.repeat(run.length));
  // Large code blocks: fill a UTF-16 buffer and decode it once (a regex replace costs ~50x more at 1 MB).
  const codes = new Uint16Array(length).fill(32);
  for (let nl = text.indexOf('\n', start); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) codes[nl - start] = 10;
  return utf16.decode(codes);
}

/** The text a lexical rule should read: normalised quotes, code blanked out; same length as `text`. */
export function proseOf(text: string): string {
  return normalizeQuotes(maskRanges(text, codeRanges(text)));
}

export interface Segment extends Range {
  text: string;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, locale: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let s = cache.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, s);
  }
  return s;
}

/** Sentences with offsets, blank ones dropped; leading and trailing spaces are trimmed off each range. */
export function sentences(text: string, locale = 'en'): Segment[] {
  const out: Segment[] = [];
  for (const seg of segmenter(sentenceSegmenters, locale, 'sentence').segment(text)) {
    let start = seg.index;
    let end = seg.index + seg.segment.length;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Word-like segments (Intl.Segmenter), which also splits Chinese and Japanese text into words. */
export function words(text: string, locale = 'en'): Segment[] {
  const out: Segment[] = [];
  for (const seg of segmenter(wordSegmenters, locale, 'word').segment(text)) {
    if (seg.isWordLike) out.push({ start: seg.index, end: seg.index + seg.segment.length, text: seg.segment });
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** Count of whitespace-separated words, cheap enough for hot paths. */
export function wordCount(text: string): number {
  // Counted with test(), which builds no array of the words.
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  WORD.lastIndex = 0;
  return n;
}

/** Trim whitespace off both ends of a range of `text`. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
