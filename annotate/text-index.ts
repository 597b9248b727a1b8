/**
 * Finding a quote of a turn's text again, in the turn text or in the reply's DOM. The engine's text
 * and the page's text differ in whitespace (the adapter puts newlines between blocks that the DOM's
 * text nodes simply abut, code fences add lines), so both sides are compared with all whitespace and
 * zero-width characters dropped; the map leads back from the folded text to the original offsets.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;

export interface FoldedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  map: number[];
}

export function foldText(original: string): FoldedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (ZERO_WIDTH.test(ch) || SPACE.test(ch)) continue;
    text += ch;
    map.push(i);
  }
  return { text, map };
}

/** Every start of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where `quote` is in `original`, as offsets into `original`; the occurrence nearest to `near` (a
 * share of the length, 0 to 1) wins when the quote repeats. Null when it is not there.
 */
export function locateQuote(original: string, quote: string, near = 0): { start: number; end: number } | null {
  const hay = foldText(original);
  const needle = foldText(quote).text;
  const hits = occurrences(hay.text, needle);
  if (hits.length === 0) return null;
  const target = near * hay.text.length;
  const best = hits.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  return { start: hay.map[best]!, end: hay.map[best + needle.length - 1]! + 1 };
}

/** The text nodes under `root` in document order, with where each starts in their concatenation. */
function textNodesOf(root: Node): { nodes: Text[]; starts: number[]; text: string } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { nodes, starts, text };
}

function nodeAt(index: { nodes: Text[]; starts: number[] }, offset: number): { node: Text; offset: number } {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: index.nodes[lo]!, offset: offset - index.starts[lo]! };
}

/** A DOM Range over the quote inside `root`, or null when the page does not show that text. */
export function rangeOfQuote(root: Element, quote: string, near = 0): Range | null {
  const index = textNodesOf(root);
  if (index.nodes.length === 0) return null;
  const at = locateQuote(index.text, quote, near);
  if (!at) return null;
  const start = nodeAt(index, at.start);
  const end = nodeAt(index, at.end - 1);
  const range = root.ownerDocument!.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

/** Where a selected text is in the turn text: offsets and the quote as the turn text has it. */
export function spanOfSelection(turnText: string, selected: string, near = 0): { start: number; end: number; quote: string } | null {
  if (foldText(selected).text === '') return null;
  const at = locateQuote(turnText, selected, near);
  return at ? { ...at, quote: turnText.slice(at.start, at.end) } : null;
}
