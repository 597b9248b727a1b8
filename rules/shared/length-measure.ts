/**
 * Measures a reply in the units users set limits in, each with the offset where every unit starts
 * (so the first unit past a limit can be quoted).
 */
import type { TurnView } from '../../engine/turn-view';
import type { LengthUnit } from '../../engine/types';
import { listItems, topLevelItems } from './markdown';
import { leadingSentences } from './sentences';

export interface Measure {
  /** The count, which may stop early (at COUNT_CAP, or at the `enough` asked for): see `capped`. */
  count: number;
  capped: boolean;
  /** Start offset of unit number `n` (0-based), or -1 when not tracked. */
  startOf(n: number): number;
  /** End offset of unit number `n` when the unit has a natural end (a sentence, an item), else -1. */
  endOf(n: number): number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\-]*/gu;
// Scripts written without spaces: each character is about one word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Counting stops here: a reply this long has broken any limit a user sets in words. */
export const COUNT_CAP = 10_000;

function offsetsOf(re: RegExp, text: string, cap: number): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < cap; m = re.exec(text)) out.push(m.index);
  re.lastIndex = 0;
  return out;
}

function fromOffsets(offsets: number[], ends: number[] = [], cap = Infinity): Measure {
  return { count: offsets.length, capped: offsets.length >= cap, startOf: (n) => offsets[n] ?? -1, endOf: (n) => ends[n] ?? -1 };
}

/** Words of the prose (code blanked out); null for text in scripts without word spaces. */
function words(view: TurnView): Measure | null {
  if (UNSPACED.test(view.prose.slice(0, 2000))) return null;
  return fromOffsets(offsetsOf(WORD, view.prose, COUNT_CAP), [], COUNT_CAP);
}

/** Sentences of at least three words (a "Sure!" or a heading does not count). */
function sentences(view: TurnView, enough: number): Measure {
  const kept = leadingSentences(view, enough, 3);
  return fromOffsets(
    kept.map((s) => s.start),
    kept.map((s) => s.end),
    enough,
  );
}

// A line that is only a heading, a bold title or a lead-in ending in a colon is not content.
const TITLE_LINE = /^\s*(?:#{1,6}\s.*|\*\*[^*]+\*\*:?|__[^_]+__:?|[^\n]{0,80}:)\s*$/;

/** Non-empty lines, leaving out titles and lead-ins; fences count as nothing, code lines count. */
function lines(view: TurnView): Measure {
  const offsets: number[] = [];
  const text = view.text;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const line = text.slice(pos, eol);
    if (line.trim() !== '' && !/^\s*(?:`{3,}|~{3,})/.test(line) && !(line.length <= 200 && TITLE_LINE.test(line))) offsets.push(pos);
    pos = eol + 1;
  }
  return fromOffsets(offsets);
}

// A closing offer or question is not one of the paragraphs asked for.
const CLOSING_OFFER =
  /^\s*(?:let me know|if you(?:'d| would)? (?:like|want)|would you like|do you want|feel free|i hope|hope this|happy to|want me to)\b|\?\s*$/i;
const PARAGRAPH_MIN_WORDS = 12;

/**
 * Blocks separated by blank lines that hold at least twelve words (a run of list items is one
 * block); a closing offer or question does not count.
 */
function paragraphs(view: TurnView): Measure {
  const offsets: number[] = [];
  const prose = view.prose;
  let blockStart = -1;
  let blockWords = 0;
  let pos = 0;
  const close = (end: number) => {
    if (blockStart !== -1 && blockWords >= PARAGRAPH_MIN_WORDS && !CLOSING_OFFER.test(prose.slice(blockStart, Math.min(end, blockStart + 2000)))) {
      offsets.push(blockStart);
    }
    blockStart = -1;
  };
  while (pos <= prose.length) {
    let eol = prose.indexOf('\n', pos);
    if (eol === -1) eol = prose.length;
    const line = prose.slice(pos, eol);
    if (line.trim() === '') {
      close(pos);
    } else {
      if (blockStart === -1) {
        blockStart = pos;
        blockWords = 0;
      }
      if (blockWords < PARAGRAPH_MIN_WORDS) blockWords += countUpTo(line, PARAGRAPH_MIN_WORDS - blockWords);
    }
    pos = eol + 1;
  }
  close(prose.length);
  return fromOffsets(offsets);
}

function countUpTo(text: string, max: number): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < max && WORD.exec(text)) n++;
  WORD.lastIndex = 0;
  return n;
}

function items(view: TurnView): Measure {
  const top = topLevelItems(listItems(view.prose));
  return fromOffsets(
    top.map((i) => i.start),
    top.map((i) => i.end),
  );
}

function characters(view: TurnView): Measure {
  const text = view.text.trim();
  const lead = view.text.indexOf(text);
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return { count, capped: false, startOf: (n) => (n < text.length ? lead + n : -1), endOf: () => -1 };
}

/**
 * The reply measured in `unit`, or null when that unit cannot be measured reliably here. Counting may
 * stop once it reaches `enough`.
 */
export function measure(view: TurnView, unit: LengthUnit, enough = Infinity): Measure | null {
  switch (unit) {
    case 'words':
      return words(view);
    case 'sentences':
      return sentences(view, enough);
    case 'paragraphs':
      return paragraphs(view);
    case 'lines':
      return lines(view);
    case 'items':
    case 'bullets':
      return items(view);
    case 'characters':
      return characters(view);
  }
}
