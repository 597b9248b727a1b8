/**
 * The part of a user turn where instructions to the assistant can be: the prose with material the
 * user quotes or pastes blanked out (length-preserving), so "what does 'one word' mean" or a
 * pasted essay that says "in French" gives no instruction.
 */

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

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

function blankMatches(chars: string[], text: string, re: RegExp, contentOnly: boolean, minWords = 1): void {
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
      blank(chars, at, at + inner.length);
    } else blank(chars, m.index, m.index + m[0].length);
  }
}

/** Blank everything after a line that introduces a paste, except a short closing paragraph. */
function blankPastes(chars: string[], text: string): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const colon = line.lastIndexOf(':');
    const intro = colon === -1 ? '' : line.slice(0, colon);
    if (colon !== -1 && intro.length < 200 && PASTE_INTRO.test(intro) && !REQUIREMENTS_INTRO.test(intro)) {
      const sameLine = line.slice(colon + 1);
      const pasteStart = sameLine.trim().length > 0 ? lineStart + colon + 1 : lineEnd;
      if (pasteStart >= lineEnd && !/\S/.test(text.slice(lineEnd, lineEnd + 2000))) return;
      let pasteEnd = text.length;
      // A short last paragraph after a multi-paragraph paste is usually the user speaking again.
      const lastBreak = text.lastIndexOf('\n\n');
      if (lastBreak > pasteStart && text.length - lastBreak < 300 && text.slice(pasteStart, lastBreak).trim().length > 0) {
        pasteEnd = lastBreak;
      }
      blank(chars, pasteStart, pasteEnd);
      return;
    }
    lineStart = lineEnd + 1;
  }
}

function mask(text: string): string {
  const chars = text.split('');
  blankMatches(chars, text, TRIPLE_QUOTED, false);
  blankMatches(chars, text, TAGGED_BLOCK, false);
  blankMatches(chars, text, BLOCKQUOTE_LINE, false);
  blankMatches(chars, text, DOUBLE_QUOTED, true, 2);
  blankMatches(chars, text, SINGLE_QUOTED, true, 2);
  blankPastes(chars, text);
  return chars.join('');
}

/** The windows of a user turn's prose to read for instructions. */
export function instructionWindows(prose: string): ScanWindow[] {
  if (prose.length <= 2 * EDGE) return [{ text: mask(prose), offset: 0 }];
  let headEnd = EDGE;
  while (headEnd > EDGE - 200 && !/\s/.test(prose[headEnd]!)) headEnd--;
  let tailStart = prose.length - EDGE;
  while (tailStart < prose.length - EDGE + 200 && !/\s/.test(prose[tailStart]!)) tailStart++;
  return [
    { text: mask(prose.slice(0, headEnd)), offset: 0 },
    { text: mask(prose.slice(tailStart)), offset: tailStart },
  ];
}
