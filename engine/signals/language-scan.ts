/**
 * One bounded pass over a turn's prose: letters counted per writing system, the function words
 * among the first words, and those words for the library sample. URLs, digits, markdown
 * punctuation and blanked code are skipped; only the first stretch of the text is read.
 */
import { isSpaceCode } from '../text';
import { FAST_LANGUAGES, functionWordLanguages } from './language-function-words';

export type Script =
  | 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Hebrew' | 'Arabic' | 'Devanagari' | 'Bengali'
  | 'Gurmukhi' | 'Gujarati' | 'Tamil' | 'Telugu' | 'Kannada' | 'Malayalam' | 'Sinhala' | 'Thai' | 'Lao'
  | 'Myanmar' | 'Georgian' | 'Hangul' | 'Ethiopic' | 'Khmer' | 'Japanese' | 'Han';

const SCRIPTS: readonly Script[] = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati',
  'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Myanmar', 'Georgian', 'Hangul',
  'Ethiopic', 'Khmer', 'Japanese', 'Han',
];
const NONE = -1;
const LATIN = SCRIPTS.indexOf('Latin');
const KANA = SCRIPTS.indexOf('Japanese');
const HAN = SCRIPTS.indexOf('Han');

/** Index in SCRIPTS of the writing system of a UTF-16 code unit, or NONE when it is not a letter. */
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 0 : NONE;
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? 0 : NONE;
  if (c < 0x370) return NONE;
  if (c < 0x400) return c === 0x37e || c === 0x387 ? NONE : 2;
  if (c < 0x530) return c >= 0x483 && c <= 0x489 ? NONE : 1;
  if (c < 0x590) return 3;
  if (c < 0x600) return c >= 0x5d0 ? 4 : NONE;
  if (c < 0x700) return (c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff) ? 5 : NONE;
  if (c < 0x750) return NONE;
  if (c < 0x780) return 5;
  if (c < 0x900) return NONE;
  if (c < 0x980) return c === 0x964 || c === 0x965 || (c >= 0x966 && c <= 0x96f) ? NONE : 6;
  if (c < 0xa00) return 7;
  if (c < 0xa80) return 8;
  if (c < 0xb00) return 9;
  if (c < 0xb80) return NONE;
  if (c < 0xc00) return 10;
  if (c < 0xc80) return 11;
  if (c < 0xd00) return 12;
  if (c < 0xd80) return 13;
  if (c < 0xe00) return 14;
  if (c < 0xe80) return c >= 0xe50 && c <= 0xe59 ? NONE : 15;
  if (c < 0xf00) return 16;
  if (c < 0x1000) return NONE;
  if (c < 0x10a0) return 17;
  if (c < 0x1100) return 18;
  if (c < 0x1200) return 19;
  if (c < 0x1380) return 20;
  if (c < 0x1780) return NONE;
  if (c < 0x1800) return 21;
  if (c < 0x1e00) return NONE;
  if (c < 0x1f00) return 0;
  if (c < 0x2000) return 2;
  if (c < 0x3040) return NONE;
  if (c < 0x3100) return c === 0x30fb || c === 0x30fc ? KANA : c === 0x30a0 ? NONE : KANA;
  if (c < 0x3130) return NONE;
  if (c < 0x3190) return 19;
  if (c >= 0x31f0 && c < 0x3200) return KANA;
  if (c < 0x3400) return NONE;
  if (c < 0x4dc0) return HAN;
  if (c < 0x4e00) return NONE;
  if (c < 0xa000) return HAN;
  if (c < 0xac00) return NONE;
  if (c < 0xd7b0) return 19;
  // High surrogates of the CJK extension planes (U+20000..U+3FFFF).
  if (c >= 0xd840 && c <= 0xd8bf) return HAN;
  if (c < 0xf900) return NONE;
  if (c < 0xfb00) return HAN;
  if (c >= 0xfb50 && c < 0xfe00) return 5;
  if (c >= 0xfe70 && c < 0xff00) return 5;
  if (c >= 0xff21 && c <= 0xff3a) return 0;
  if (c >= 0xff41 && c <= 0xff5a) return 0;
  if (c >= 0xff66 && c <= 0xff9f) return KANA;
  return NONE;
}

export interface TextScan {
  letters: number;
  /** Words of the dominant script read (at most MAX_WORDS). */
  wordCount: number;
  /** Letters in those words. */
  wordLetters: number;
  /** For a Latin-script text: how many of those words are function words of each of FAST_LANGUAGES. */
  functionWordHits: number[] | null;
  /** The first 240 or so letters of distinct words of two letters or more, for the detector (built when read, by reading the text again). */
  readonly sample: string;
  /** `sample` holds two words or more (two different words of two letters or more were read). */
  twoSampleWords: boolean;
  dominant: Script | null;
  /** Share of the letters in the dominant script (0..1). */
  dominantShare: number;
}

const MAX_WORDS = 80;
const MAX_LETTERS = 500;
const SHORT_WORD = 8;
const SAMPLE_LETTERS = 240;
/** Characters looked at one by one; runs of white space (blanked code) and long words are jumped over. */
const MAX_VISITS = 20_000;
/** Letters of one word counted; the rest of a longer "word" is skipped. */
const MAX_WORD = 48;
/** Word boundaries kept while scanning (all scripts together). */
const MAX_RUNS = 600;

function isUrlStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 104 || c === 72) return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('HTTP', i);
  if (c === 119 || c === 87) return text.startsWith('www.', i) || text.startsWith('WWW.', i);
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isJoiner(text: string, i: number, end: number, script: number): boolean {
  const d = text.charCodeAt(i);
  // Apostrophes inside a word ("don't", "l'homme"); combining accents typed separately.
  if ((d === 39 || d === 0x2019) && i + 1 < end) return scriptOf(text.charCodeAt(i + 1)) === script;
  return d >= 0x300 && d < 0x370;
}

// Scratch buffers reused across calls (the scan is synchronous).
const counts = new Int32Array(SCRIPTS.length);
const runStart = new Int32Array(MAX_RUNS);
const runEnd = new Int32Array(MAX_RUNS);
const runScript = new Int8Array(MAX_RUNS);

// A native jump over the rest of a long token (a URL, an overlong word).
const NEXT_SPACE = /\s/g;

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of ASCII letters starting at `from`, looking no further than `limit`. */
function asciiLettersEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    i++;
  }
  return i;
}

function jump(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : text.length;
}

function sameWord(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (text.charCodeAt(aStart + i) !== text.charCodeAt(bStart + i)) return false;
  return true;
}

/**
 * The detector's sample: distinct words, in order, until about SAMPLE_LETTERS letters. tinyld slows
 * down badly (tens of ms) on repeated or one-letter words: the sample has neither.
 */
function buildSample(text: string, runs: readonly number[]): string {
  const words = new Set<string>();
  let letters = 0;
  for (let i = 0; i < runs.length && letters < SAMPLE_LETTERS; i += 2) {
    const word = text.slice(runs[i]!, runs[i + 1]!);
    if (!words.has(word)) {
      words.add(word);
      letters += word.length;
    }
  }
  return [...words].join(' ');
}

interface Runs {
  /** Words kept in the scratch arrays. */
  runs: number;
  letters: number;
  /** Index of the dominant script, or NONE. */
  best: number;
  /** Kanji were counted as Japanese (runScript still says HAN for them). */
  japanese: boolean;
}

/** Letters per script (in `counts`) and word boundaries (in the run arrays), over a bounded stretch. */
function readRuns(text: string): Runs {
  counts.fill(0);
  let letters = 0;
  let runs = 0;
  let visits = 0;
  const end = text.length;
  let i = 0;
  while (i < end && letters < MAX_LETTERS && visits < MAX_VISITS) {
    visits++;
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      i = skipSpaces(text, i + 1, end);
      continue;
    }
    if ((c === 104 || c === 119 || c === 72 || c === 87) && isUrlStart(text, i)) {
      i = jump(NEXT_SPACE, text, i);
      continue;
    }
    const script = c < 0x80 ? (isAsciiLetter(c) ? 0 : NONE) : scriptOf(c);
    if (script === NONE) {
      i++;
      continue;
    }
    const start = i;
    let wordScript = script;
    while (i < end) {
      if (wordScript === 0 && i - start < MAX_WORD) {
        // A run of ASCII letters in a tight loop; the loop below takes over at anything else.
        const stop = asciiLettersEnd(text, i, Math.min(end, start + MAX_WORD));
        if (stop > i) {
          counts[0]! += stop - i;
          letters += stop - i;
          visits += stop - i;
          i = stop;
          if (i >= end) break;
        }
      }
      if (i - start >= MAX_WORD) {
        i = jump(NEXT_SPACE, text, i);
        break;
      }
      visits++;
      const d = text.charCodeAt(i);
      let s = d < 0x80 ? (isAsciiLetter(d) ? 0 : NONE) : scriptOf(d);
      if (s === NONE) {
        if (!isJoiner(text, i, end, wordScript)) break;
        i++;
        continue;
      }
      // Kanji and kana belong to the same Japanese word run.
      if (s !== wordScript) {
        if (!((s === HAN || s === KANA) && (wordScript === HAN || wordScript === KANA))) break;
        if (s === KANA) wordScript = KANA;
        else s = wordScript;
      }
      counts[s]!++;
      letters++;
      i++;
    }
    if (runs < MAX_RUNS) {
      runStart[runs] = start;
      runEnd[runs] = i;
      runScript[runs] = wordScript;
      runs++;
    }
  }
  // Japanese mixes kanji and kana; Chinese has no kana.
  const japanese = counts[KANA]! > 0 && counts[KANA]! * 10 >= counts[KANA]! + counts[HAN]!;
  if (japanese) {
    counts[KANA]! += counts[HAN]!;
    counts[HAN] = 0;
  }
  let best = NONE;
  for (let s = 0; s < counts.length; s++) if (counts[s]! > 0 && (best === NONE || counts[s]! > counts[best]!)) best = s;
  return { runs, letters, best, japanese };
}

/** Calls `visit` with each word of the dominant script that is read, up to MAX_WORDS. */
function forEachWord({ runs, best, japanese }: Runs, visit: (from: number, to: number) => void): void {
  if (best === NONE) return;
  let words = 0;
  for (let r = 0; r < runs && words < MAX_WORDS; r++) {
    const s = japanese && runScript[r] === HAN ? KANA : runScript[r];
    if (s !== best) continue;
    words++;
    visit(runStart[r]!, runEnd[r]!);
  }
}

/** Words of two letters or more, as [start, end) pairs, from which the detector's sample is built. */
function sampleRunsOf(text: string): number[] {
  const out: number[] = [];
  forEachWord(readRuns(text), (from, to) => {
    if (to - from >= 2) out.push(from, to);
  });
  return out;
}

/** Letters per script and the first words of `text`, looking at a bounded number of characters. */
export function scanText(text: string): TextScan {
  const read = readRuns(text);
  const { letters, best } = read;
  let wordCount = 0;
  let wordLetters = 0;
  const functionWordHits: number[] | null = best === LATIN ? FAST_LANGUAGES.map(() => 0) : null;
  // Two different words of two letters or more make a sample worth giving the detector.
  let firstFrom = -1;
  let firstTo = -1;
  let twoSampleWords = false;
  forEachWord(read, (from, to) => {
    wordCount++;
    wordLetters += to - from;
    if (functionWordHits && to - from <= SHORT_WORD) {
      const languages = functionWordLanguages(text, from, to);
      if (languages !== 0) for (let l = 0; l < functionWordHits.length; l++) if (languages & (1 << l)) functionWordHits[l]!++;
    }
    if (to - from >= 2 && !twoSampleWords) {
      if (firstFrom === -1) {
        firstFrom = from;
        firstTo = to;
      } else if (!sameWord(text, firstFrom, firstTo, from, to)) twoSampleWords = true;
    }
  });
  const dominantShare = best === NONE || letters === 0 ? 0 : (counts[best] as number) / letters;
  return new Scan(text, letters, wordCount, wordLetters, functionWordHits, twoSampleWords, best === NONE ? null : SCRIPTS[best]!, dominantShare);
}

/** A class rather than an object literal: a literal with a getter is built on a slow path every call. */
class Scan implements TextScan {
  private sampleText: string | null = null;

  constructor(
    private readonly text: string,
    readonly letters: number,
    readonly wordCount: number,
    readonly wordLetters: number,
    readonly functionWordHits: number[] | null,
    readonly twoSampleWords: boolean,
    readonly dominant: Script | null,
    readonly dominantShare: number,
  ) {}

  get sample(): string {
    // The scratch arrays may hold another text's words by now: read this one again (rare, and cheap next to the detector).
    this.sampleText ??= buildSample(this.text, sampleRunsOf(this.text));
    return this.sampleText;
  }
}
