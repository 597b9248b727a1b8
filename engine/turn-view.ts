import { isSpaceCode, proseOf, sentences, type Segment } from './text';
import { requiredWords } from './required-words';
import { WordIndex, type WordGate } from './word-index';
import type { Span, Turn } from './types';

const gates = new WeakMap<RegExp, WordGate | null>();

function gateOf(re: RegExp): WordGate | null {
  let gate = gates.get(re);
  if (gate === undefined) gates.set(re, (gate = requiredWords([re])));
  return gate;
}

/**
 * A turn prepared for lexical rules: `prose` has code blanked out and quotes normalised, with the
 * same length as `turn.text`, so offsets found in `prose` are offsets in the original text.
 * Sentences are computed on first use only.
 */
export class TurnView {
  readonly prose: string;
  private sentenceCache: Segment[] | null = null;
  private wordCache: WordIndex | null = null;

  constructor(readonly turn: Turn) {
    this.prose = proseOf(turn.text);
  }

  get id(): string {
    return this.turn.id;
  }

  get text(): string {
    return this.turn.text;
  }

  get sentences(): Segment[] {
    this.sentenceCache ??= sentences(this.prose);
    return this.sentenceCache;
  }

  /** The words of the prose, code included as blanks (see word-index.ts); built on first use. */
  get words(): WordIndex {
    this.wordCache ??= new WordIndex(this.prose, this.turn.role !== 'assistant');
    return this.wordCache;
  }

  /**
   * `re.test(this.prose)`, answered `false` without running `re` when the prose lacks words that
   * every match of `re` holds (engine/required-words.ts): for the many checks rules make on user
   * turns and on the reply, most of which find nothing. System, developer and tool turns (often
   * long, and asked little) and a global or sticky `re` (whose lastIndex matters) are simply run.
   */
  test(re: RegExp): boolean {
    const role = this.turn.role;
    if ((role === 'user' || role === 'assistant') && !re.global && !re.sticky) {
      const gate = gateOf(re);
      if (gate !== null && !this.words.admits(gate)) return false;
    }
    return re.test(this.prose);
  }

  /** A span of this turn's original text; whitespace at the ends is trimmed. */
  span(start: number, end: number): Span {
    const text = this.turn.text;
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(start, Math.min(end, text.length));
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    return { turnId: this.turn.id, start, end, quote: text.slice(start, end) };
  }

  /** Span of the first match of `re` in the prose, or null. `re` must not be global. */
  find(re: RegExp, from = 0): Span | null {
    const src = from > 0 ? this.prose.slice(from) : this.prose;
    const m = re.exec(src);
    if (!m) return null;
    return this.span(from + m.index, from + m.index + m[0].length);
  }

  /** Spans of every match of a global regex in the prose. */
  findAll(re: RegExp, limit = 50): Span[] {
    if (!re.global) throw new Error('findAll needs a global regex');
    const out: Span[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.prose); m && out.length < limit; m = re.exec(this.prose)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push(this.span(m.index, m.index + m[0].length));
    }
    re.lastIndex = 0;
    return out;
  }
}
