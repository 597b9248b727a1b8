/**
 * The part of a user turn where instructions to the assistant can be: the prose with material the
 * user quotes or pastes blanked out (length-preserving), so "what does 'one word' mean" or a
 * pasted essay that says "in French" gives no instruction.
 */
import { isSpaceCode } from '../text';

/** How much of a long turn is read: instructions sit at its start and its end, not inside a paste. */
const EDGE = 4000;

export interface ScanWindow {
  /** Masked text of the window. */
  text: string;
  /** Offset of the window in the turn. */
  offset: number;
}

// Quotes of two or more words on one line. A one-word quote stays: `answer "yes" or "no"`.
const DOUBLE_QUOTED = /"([^"\n]{1,400})"/g;
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])'([^'\n]{1,120})'(?![\p{L}\p{N}])/gu;
const BLOCKQUOTE_LINE = /^[ \t]{0,3}>[^\n]*/gm;
const TRIPLE_QUOTED = /"""[^]{0,20000}?(?:"""|$)/g;
const TAGGED_BLOCK = /<(text|document|doc|email|article|essay|input|context|passage|message|story|review|transcript|quote|paste|content)>[^]{0,20000}?(?:<\/\1>|$)/gi;

// A line that introduces pasted material: "Here is my essay:", "Translate this to French:".
const PASTE_INTRO =
  /\b(?:here(?:'s| is| are)|below|following|text|email|e-mail|message|essay|article|passage|document|paragraph|story|poem|transcript|review|post|letter|draft|excerpt|abstract|report|bio|script|lyrics|translate|summari[sz]e|proofread|rewrite|paraphrase|correct|edit|fix|improve|shorten|analy[sz]e|check|reply to|respond to|answer to|grade|critique)\b/i;
// A line that introduces the user's own requirements: those are instructions, not a paste.
const REQUIREMENTS_INTRO =
  /\b(?:requirements?|rules?|constraints?|instructions?|guidelines?|format|criteria|conditions|notes? for you|please follow|make sure)\b/i;

const WORD_SEPARATOR = /\s/;

interface Range {
  start: number;
  end: number;
}

function collect(text: string, re: RegExp, contentOnly: boolean, out: Range[], minWords = 1): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const inner = m[1];
    if (contentOnly && inner !== undefined) {
      if (minWords > 1 && !WORD_SEPARATOR.test(inner.trim())) continue;
      const at = m.index + m[0].indexOf(inner);
      out.push({ start: at, end: at + inner.length });
    } else out.push({ start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
}

/** The range after a line that introduces a paste, except a short closing paragraph. */
function pasteRange(text: string): Range | null {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const colon = text.lastIndexOf(':', lineEnd - 1);
    if (colon >= lineStart) {
      const intro = text.slice(lineStart, colon);
      if (intro.length < 200 && PASTE_INTRO.test(intro) && !REQUIREMENTS_INTRO.test(intro)) {
        const sameLine = text.slice(colon + 1, lineEnd);
        const pasteStart = sameLine.trim().length > 0 ? colon + 1 : lineEnd;
        if (pasteStart >= lineEnd && !/\S/.test(text.slice(lineEnd, lineEnd + 2000))) return null;
        let pasteEnd = text.length;
        // A short last paragraph after a multi-paragraph paste is usually the user speaking again.
        const lastBreak = text.lastIndexOf('\n\n');
        if (lastBreak > pasteStart && text.length - lastBreak < 300 && text.slice(pasteStart, lastBreak).trim().length > 0) {
          pasteEnd = lastBreak;
        }
        return { start: pasteStart, end: pasteEnd };
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

const MAY_NEED_MASK = /["'>:<\u2018\u2019]/;

function mask(text: string): string {
  if (!MAY_NEED_MASK.test(text)) return text;
  const ranges: Range[] = [];
  if (text.includes('"""')) collect(text, TRIPLE_QUOTED, false, ranges);
  if (text.includes('<')) collect(text, TAGGED_BLOCK, false, ranges);
  if (text.includes('>')) collect(text, BLOCKQUOTE_LINE, false, ranges);
  if (text.includes('"')) collect(text, DOUBLE_QUOTED, true, ranges, 2);
  if (text.includes("'")) collect(text, SINGLE_QUOTED, true, ranges, 2);
  if (text.includes(':')) {
    const paste = pasteRange(text);
    if (paste) ranges.push(paste);
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    if (r.end <= pos) continue;
    const from = Math.max(pos, r.start);
    out += text.slice(pos, from) + text.slice(from, r.end).replace(/[^\n]/g, ' ');
    pos = r.end;
  }
  return out + text.slice(pos);
}

/** The windows of a user turn's prose to read for instructions. */
export function instructionWindows(prose: string): ScanWindow[] {
  if (prose.length <= 2 * EDGE) return [{ text: mask(prose), offset: 0 }];
  let headEnd = EDGE;
  while (headEnd > EDGE - 200 && !isSpaceCode(prose.charCodeAt(headEnd))) headEnd--;
  let tailStart = prose.length - EDGE;
  while (tailStart < prose.length - EDGE + 200 && !isSpaceCode(prose.charCodeAt(tailStart))) tailStart++;
  return [
    { text: mask(prose.slice(0, headEnd)), offset: 0 },
    { text: mask(prose.slice(tailStart)), offset: tailStart },
  ];
}
