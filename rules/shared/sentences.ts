/**
 * Sentences of a reply, read lazily from its start. Sentence segmentation is the costliest step on
 * huge replies, and these rules only ever need the first few sentences, so they stop early and
 * never look past a bounded prefix.
 */
import type { TurnView } from '../../engine/turn-view';
import { isSpaceCode, type Segment } from '../../engine/text';

/** How much of the prose is ever segmented (a few hundred sentences). */
export const SENTENCE_PREFIX = 20_000;

let segmenter: Intl.Segmenter | null = null;

/**
 * Up to `limit` sentences of at least `minWords` words, in order, from the first SENTENCE_PREFIX
 * characters of the prose (code blanked). Offsets are offsets in the turn text.
 */
export function leadingSentences(view: TurnView, limit: number, minWords = 1): Segment[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const prose = view.prose.length > SENTENCE_PREFIX ? view.prose.slice(0, SENTENCE_PREFIX) : view.prose;
  const out: Segment[] = [];
  for (const seg of segmenter.segment(prose)) {
    let start = seg.index;
    let end = seg.index + seg.segment.length;
    while (start < end && isSpaceCode(prose.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(prose.charCodeAt(end - 1))) end--;
    if (end === start) continue;
    const text = prose.slice(start, end);
    if (minWords > 1 && text.split(/\s+/, minWords).length < minWords) continue;
    out.push({ start, end, text });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The first sentence of the turn with at least `minWords` words (at most 300 characters of it), as
 * a span; falls back to the first sentence, then to the start of the text.
 */
export function firstSentenceSpan(view: TurnView, minWords = 1) {
  const first = leadingSentences(view, 1, minWords)[0] ?? leadingSentences(view, 1)[0];
  if (first) return view.span(first.start, Math.min(first.end, first.start + 300));
  return view.span(0, Math.min(view.text.length, 300));
}
