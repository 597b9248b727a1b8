/**
 * The pattern language of the request-risk lexicons, compiled once at load time.
 *
 * A pattern is JavaScript regex source (matched case-insensitively, at word edges) plus:
 * - a space matches the separators between two words of one sentence (spaces, commas, quotes...);
 * - ` ~N ` lets up to N words come in between ("make ~3 bomb" matches "make a small bomb");
 * - `{NAME}` inserts the vocabulary list NAME as an alternation;
 * - `<...>` marks the anchor, the distinctive part of the phrase: the leading letters of each of its
 *   alternatives go into the trigger regexes, and the phrase is only tried where a trigger hits
 *   (its anchor and what follows sticky at the hit, what precedes as a lookbehind);
 * - `(` opens a non-capturing group; a `-` between two letters also matches a space or nothing.
 *
 * Repetition is bounded by construction: gaps are `{0,N}` over disjoint word/separator classes, so no
 * pattern can backtrack catastrophically.
 */

export type Vocabulary = Readonly<Record<string, readonly string[]>>;

const SEP = "[^\\w.!?]+";
const gap = (n: number): string => `(?:\\w+${SEP}){0,${n}}?`;

/** The one capture a pattern may hold: a capitalised first and last name, checked after matching. */
export const PROPER_NAME_GROUP = 'name';
const PROPER_NAME_SOURCE = `(?<${PROPER_NAME_GROUP}>[a-z]{2,20}\\x20[a-z]{2,20})`;

/** The same source with its `{PROPER_NAME}` slot unable to match. */
export function withoutProperName(source: string): string {
  return source.split(PROPER_NAME_SOURCE).join('(?!)');
}

export interface CompiledPhrase {
  /**
   * Regex source of the anchor and what follows it, ending at a word edge; for unanchored phrases,
   * the whole phrase between word edges.
   */
  body: string;
  /**
   * Regex source of a lookbehind for what must come right before the anchor, capturing it as
   * `pre` so the match can be widened to include it; null when the phrase starts at its anchor.
   */
  before: string | null;
  /** Lowercase leading letters of the anchor's alternatives; empty for unanchored phrases. */
  stems: Stem[];
  hasName: boolean;
}

export const BEFORE_GROUP = 'pre';

const expansions = new WeakMap<Vocabulary, Map<string, string>>();

/** Pattern-language source with `{NAME}` lists spelled out (for reading stems off an anchor). */
function expandVocabulary(src: string, vocab: Vocabulary, depth = 0): string {
  if (depth > 4) throw new Error(`vocabulary nested too deeply in: ${src}`);
  let cache = expansions.get(vocab);
  if (!cache) expansions.set(vocab, (cache = new Map()));
  const known = cache;
  return src.replace(/\{([A-Z][A-Z_]*)\}/g, (_whole, name: string) => {
    if (name === 'PROPER_NAME') return PROPER_NAME_SOURCE;
    let expanded = known.get(name);
    if (expanded === undefined) {
      const list = vocab[name];
      if (!list) throw new Error(`unknown vocabulary {${name}} in: ${src}`);
      expanded = `(${list.map((item) => expandVocabulary(item, vocab, depth + 1)).join('|')})`;
      known.set(name, expanded);
    }
    return expanded;
  });
}

/** Index of the parenthesis closing the one at `open`, honouring escapes and character classes. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      i = closingBracket(src, i);
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unbalanced parenthesis in: ${src}`);
}

function closingBracket(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  throw new Error(`unbalanced bracket in: ${src}`);
}

function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(src, i);
    else if (c === '(') i = closingParen(src, i);
    else if (c === '|') {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

const OPTIONAL = new Set(['?', '*', '{']);
const STEM_CHAR = /[a-z0-9']/i;
const ALNUM = /[a-z0-9]/i;
/** Stems shorter than this, or common words, run on past a space ("a burden", "take my life"). */
const SHORT_STEM = 3;

interface Lead {
  text: string;
  /** The whole sequence was literal, so what follows it may extend the stem. */
  complete: boolean;
  /** A word edge must follow the stem (it stopped at a space). */
  closed: boolean;
}

function weakStem(text: string): boolean {
  const word = text.trimEnd();
  return word.length < SHORT_STEM || STOP_STEMS.has(word);
}

/**
 * The literal text every match of `seq` must start with (one per alternative path). It stops at the
 * first space once it holds a distinctive word, so stems are mostly single words; a short or common
 * first word runs on into the next, assuming a single space ("a burden", "take my life", "n-word").
 */
function leadingLiterals(seq: string, acc = ''): Lead[] {
  for (let i = 0; i < seq.length; i++) {
    const c = seq[i]!;
    const next = seq[i + 1] ?? '';
    if (STEM_CHAR.test(c)) {
      if (OPTIONAL.has(next)) return [{ text: acc, complete: false, closed: false }];
      acc += c.toLowerCase();
      if (next === '+') return [{ text: acc, complete: false, closed: false }];
      continue;
    }
    if (c === ' ' && acc.length > 0 && weakStem(acc) && next !== '~' && !OPTIONAL.has(next)) {
      acc += ' ';
      continue;
    }
    if (c === ' ' && acc.length > 0 && !OPTIONAL.has(next)) return [{ text: acc, complete: false, closed: true }];
    if (c === '-' && acc.length > 0 && weakStem(acc) && ALNUM.test(seq[i - 1] ?? '') && ALNUM.test(next)) {
      const rest = seq.slice(i + 1);
      return [...leadingLiterals(rest, `${acc}-`), ...leadingLiterals(rest, `${acc} `), ...leadingLiterals(rest, acc)];
    }
    if (c === '(' && (next !== '?' || seq.startsWith('(?:', i))) {
      const close = closingParen(seq, i);
      if (OPTIONAL.has(seq[close + 1] ?? '')) return [{ text: acc, complete: false, closed: false }];
      const inner = seq.slice(next === '?' ? i + 3 : i + 1, close);
      const rest = seq.slice(close + 1);
      return topLevelAlternatives(inner).flatMap((alt) =>
        leadingLiterals(alt, acc).flatMap((lead) => (lead.complete ? leadingLiterals(rest, lead.text) : [lead])),
      );
    }
    return [{ text: acc, complete: false, closed: false }];
  }
  return [{ text: acc, complete: true, closed: false }];
}

export interface Stem {
  text: string;
  /** Only matches where a word ends right after the stem can lead to the phrase. */
  closed: boolean;
}

/** Stems of an anchor; `after` is the pattern text that follows the anchor. */
function stemsOf(anchor: string, after: string): Stem[] {
  const endsWord = after === '' || after.startsWith(' ');
  return topLevelAlternatives(anchor).flatMap((alt) =>
    leadingLiterals(alt).map((lead) => ({ text: lead.text.trimEnd(), closed: lead.closed || (lead.complete && endsWord) })),
  );
}

/** Turn pattern-language source (vocabulary already expanded, anchor marks removed) into regex source. */
const LANGUAGE_TOKEN = /\{([A-Z][A-Z_]*)\}|\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\{[^}]*\}|\((?!\?)| ~(\d) |(?<=[a-zA-Z])-(?=[a-zA-Z])| /g;
const translations = new WeakMap<Vocabulary, Map<string, string>>();
/** A vocabulary item that is just lowercase letters (one word, no spaces or syntax). */
const PLAIN_WORDS = /^[a-z]+$/;

/** Turn pattern-language source into regex source; vocabulary lists are translated once and reused. */
function toRegexSource(src: string, vocab: Vocabulary, depth = 0): string {
  if (depth > 4) throw new Error(`vocabulary nested too deeply in: ${src}`);
  return src.replace(LANGUAGE_TOKEN, (token: string, name: string | undefined, gapWords: string | undefined) => {
    if (name !== undefined) return translatedVocabulary(name, vocab, depth);
    if (gapWords !== undefined) return SEP + gap(Number(gapWords));
    if (token === '(') return '(?:';
    if (token === ' ') return SEP;
    if (token === '-') return '[-\\s]?';
    return token;
  });
}

/** Pattern-language syntax left over after translation is a typo in a lexicon (" ~2" needs spaces round it). */
function checkTranslated(source: string, pattern: string): string {
  if (/~\d/.test(source)) throw new Error(`gap "~N" needs a space on each side in: ${pattern}`);
  return source;
}

function translatedVocabulary(name: string, vocab: Vocabulary, depth: number): string {
  if (name === 'PROPER_NAME') return PROPER_NAME_SOURCE;
  let cache = translations.get(vocab);
  if (!cache) translations.set(vocab, (cache = new Map()));
  let source = cache.get(name);
  if (source === undefined) {
    const list = vocab[name];
    if (!list) throw new Error(`unknown vocabulary {${name}}`);
    // Plain words become one trie-shaped alternation, which is smaller and faster to match.
    const literal = list.filter((item) => PLAIN_WORDS.test(item));
    const rest = list.filter((item) => !PLAIN_WORDS.test(item)).map((item) => toRegexSource(item, vocab, depth + 1));
    const words = literal.length > 1 ? [toRegexSource(literalAlternation(literal), vocab, depth + 1)] : literal.map((w) => toRegexSource(w, vocab, depth + 1));
    source = `(?:${[...rest, ...words].join('|')})`;
    cache.set(name, source);
  }
  return source;
}

function findAnchor(src: string): { open: number; close: number } | null {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(src, i);
    else if (c === '<' && !(src[i - 1] === '?' && src[i - 2] === '(')) {
      const close = src.indexOf('>', i);
      if (close === -1) throw new Error(`unclosed anchor in: ${src}`);
      return { open: i, close };
    }
  }
  return null;
}

const MIN_STEM = 2;

/** Capturing groups in regex source, counted without compiling it (escapes and classes skipped). */
function captureCount(source: string): number {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(source, i);
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) count++;
  }
  return count;
}

/**
 * Compile a phrase. An anchored phrase splits at its anchor: the body is matched at a trigger hit
 * (sticky), and the part before it is checked with a lookbehind from the same position, so a phrase
 * costs nothing where its anchor word is absent and never scans text on its own.
 */
export function compilePhrase(pattern: string, vocab: Vocabulary, anchored: boolean): CompiledPhrase {
  const anchor = findAnchor(pattern);
  if (!anchor) {
    if (anchored) throw new Error(`pattern needs an <anchor>: ${pattern}`);
    const body = `(?<!\\w)(?:${checkTranslated(toRegexSource(pattern, vocab), pattern)})(?!\\w)`;
    const hasName = body.includes(`(?<${PROPER_NAME_GROUP}>`);
    if (captureCount(body) !== (hasName ? 1 : 0)) throw new Error(`pattern has capturing groups: ${pattern}`);
    return { body, before: null, stems: [], hasName };
  }
  const inner = pattern.slice(anchor.open + 1, anchor.close);
  const rest = pattern.slice(anchor.close + 1);
  const lead = pattern.slice(0, anchor.open);
  if (findAnchor(rest) || findAnchor(lead)) throw new Error(`more than one anchor in: ${pattern}`);
  const stems = stemsOf(expandVocabulary(inner, vocab), rest);
  const weak = stems.find((s) => s.text.length < MIN_STEM || STOP_STEMS.has(s.text));
  if (weak !== undefined) throw new Error(`anchor of "${pattern}" has a weak stem "${weak.text}"`);

  const anchorSource = toRegexSource(`(${inner})`, vocab);
  if (anchorSource.includes('(?<')) throw new Error(`a named group cannot be inside the anchor: ${pattern}`);
  const body = checkTranslated(`(?:${anchorSource}${toRegexSource(rest, vocab)})(?!\\w)`, pattern);
  const before = lead === '' ? null : checkTranslated(`(?<=(?<${BEFORE_GROUP}>(?<!\\w)(?:${toRegexSource(lead, vocab)})))`, pattern);
  const nameIn = (src: string | null): number => (src?.includes(`(?<${PROPER_NAME_GROUP}>`) ? 1 : 0);
  if (captureCount(body) !== nameIn(body) || (before !== null && captureCount(before) !== 1 + nameIn(before))) {
    throw new Error(`pattern has capturing groups: ${pattern}`);
  }
  if (nameIn(body) + nameIn(before) > 1) throw new Error(`more than one {PROPER_NAME} in: ${pattern}`);
  return { body, before, stems, hasName: nameIn(body) + nameIn(before) === 1 };
}

/** Words too common to anchor a phrase on: every turn would run the phrase. */
const STOP_STEMS = new Set([
  'the', 'and', 'have', 'has', 'had', 'be', 'been', 'being', 'how', 'that', 'this', 'what', 'with', 'for', 'you', 'your',
  'are', 'is', 'was', 'were', 'can', 'could', 'would', 'should', 'will', 'get', 'got', 'getting', 'make', 'made',
  'making', 'take', 'taking', 'do', 'does', 'did', 'not', 'no', 'so', 'so ', 'to', 'of', 'in', 'on', 'at', 'it', 'its',
  "it's", 'my', 'me', 'we', 'our', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'him', 'an', 'or', 'but', 'if',
  'from', 'by', 'as', 'all', 'any', 'some', 'one', 'out', 'up', 'off', 'over', 'into', 'about', 'more', 'most', 'like',
  'just', 'also', 'there', 'here', 'when', 'where', 'which', 'who', 'why', 'want', 'need', 'use', 'using', 'go', 'going',
  'put', 'set', 'run', 'end', 'see', 'read', 'find', 'give', 'tell', 'show', 'help', 'know', 'think', 'look',
  'ad', 'de', 'ar', 'pro', 'con', 'new', 'now', 'time', 'way', 'day', 'people', 'person',
]);

function escapeChar(ch: string): string {
  return /[a-z0-9 '-]/.test(ch) ? ch : `\\${ch}`;
}

/**
 * Regex source matching exactly the strings `sorted[lo..hi)` (sorted, sharing their first `depth`
 * characters) from position `depth` on, as a trie: alternatives share their common prefixes.
 */
function trieSource(sorted: readonly string[], lo: number, hi: number, depth: number): string {
  let i = lo;
  const end = sorted[i]!.length === depth;
  if (end) i++;
  const branches: string[] = [];
  while (i < hi) {
    const ch = sorted[i]![depth]!;
    let j = i + 1;
    while (j < hi && sorted[j]![depth] === ch) j++;
    branches.push(escapeChar(ch) + trieSource(sorted, i, j, depth + 1));
    i = j;
  }
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!end) return alternation;
  return branches.length === 1 && branches[0]!.length === 1 ? `${alternation}?` : `(?:${alternation})?`;
}

/** One regex source matching any of `words` exactly, trie-shaped; words must be lowercase literals. */
export function literalAlternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  return sorted.length === 0 ? '(?!)' : `(?:${trieSource(sorted, 0, sorted.length, 0)})`;
}

/**
 * V8 stops optimising a regex whose source passes 20 KB, so the trie is split into parts below this
 * size, by first letter.
 */
const MAX_TRIGGER_SOURCE = 16000;

/**
 * Regexes that together match any of `stems` at a word start, each built as a trie so a position
 * costs one character test per level instead of one test per stem. A match is always the longest
 * stem there.
 */
export function compileStemTriggers(stems: Iterable<string>): RegExp[] {
  const sorted = [...new Set(stems)].sort();
  const parts: string[][] = [[]];
  let size = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]![0];
    let j = i + 1;
    while (j < sorted.length && sorted[j]![0] === first) j++;
    const branch = trieSource(sorted, i, j, 0);
    if (size > 0 && size + branch.length > MAX_TRIGGER_SOURCE) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(branch);
    size += branch.length + 1;
    i = j;
  }
  return parts.map((part) => new RegExp(`\\b(?:${part.join('|')})`, 'gi'));
}
