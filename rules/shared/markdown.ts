/** Structure of a reply's Markdown: fenced code blocks, list items, tables and inline markup. */
import type { TurnView } from '../../engine/turn-view';

export interface FencedBlock {
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
  /** The info string after the opening fence, lower-cased ("json", "python", ""). */
  info: string;
  /** Offsets of the content between the fences. */
  contentStart: number;
  contentEnd: number;
  /** End of the opening fence line. */
  openerEnd: number;
  closed: boolean;
}

const blockCache = new WeakMap<TurnView, FencedBlock[]>();

/**
 * Real replies have a handful of code blocks; past this many the reply is machine output or an
 * attack, and scanning (and every rule that loops over the blocks) stops here to stay linear and cheap.
 */
export const MAX_FENCED_BLOCKS = 1000;

/** A fence at `pos` (up to three spaces, then three or more ` or ~), or null. Same rules as engine/text.ts. */
function fenceAt(text: string, pos: number, eol: number): { char: string; len: number; info: string; bare: boolean } | null {
  let i = pos;
  while (i < eol && i - pos < 3 && text[i] === ' ') i++;
  const ch = text[i];
  if (ch !== '`' && ch !== '~') return null;
  let j = i;
  while (j < eol && text[j] === ch) j++;
  if (j - i < 3) return null;
  const rest = text.slice(j, Math.min(eol, j + 200));
  if (ch === '`' && rest.includes('`')) return null;
  const info = rest.trim();
  return { char: ch, len: j - i, info: (info.split(/\s/, 1)[0] ?? '').toLowerCase(), bare: info === '' && eol - j <= 200 };
}

/** Fenced code blocks of a turn, in order, at most MAX_FENCED_BLOCKS (cached per turn view). Linear in the text length. */
export function fencedBlocks(view: TurnView): FencedBlock[] {
  const cached = blockCache.get(view);
  if (cached) return cached;
  const text = view.text;
  const blocks: FencedBlock[] = [];
  let open: { char: string; len: number; info: string; start: number; openerEnd: number } | null = null;
  let pos = 0;
  // Jump from one run of ``` or ~~~ to the next with native search; only those lines can be fences.
  let nextTicks = text.indexOf('```');
  let nextTildes = text.indexOf('~~~');
  while (pos < text.length && blocks.length < MAX_FENCED_BLOCKS) {
    if (nextTicks !== -1 && nextTicks < pos) nextTicks = text.indexOf('```', pos);
    if (nextTildes !== -1 && nextTildes < pos) nextTildes = text.indexOf('~~~', pos);
    const next = nextTicks === -1 ? nextTildes : nextTildes === -1 ? nextTicks : Math.min(nextTicks, nextTildes);
    if (next === -1) break;
    const lineStart = next === 0 ? 0 : text.lastIndexOf('\n', next - 1) + 1;
    let eol = text.indexOf('\n', next);
    if (eol === -1) eol = text.length;
    pos = eol + 1;
    if (next - lineStart > 3) continue;
    const fence = fenceAt(text, lineStart, eol);
    if (open) {
      if (fence && fence.char === open.char && fence.len >= open.len && fence.bare) {
        blocks.push({
          start: open.start,
          end: eol,
          info: open.info,
          contentStart: Math.min(open.openerEnd + 1, lineStart),
          contentEnd: Math.max(Math.min(open.openerEnd + 1, lineStart), lineStart - 1),
          openerEnd: open.openerEnd,
          closed: true,
        });
        open = null;
      }
    } else if (fence) {
      open = { char: fence.char, len: fence.len, info: fence.info, start: lineStart, openerEnd: eol };
    }
  }
  if (open) {
    blocks.push({
      start: open.start,
      end: text.length,
      info: open.info,
      contentStart: Math.min(open.openerEnd + 1, text.length),
      contentEnd: text.length,
      openerEnd: open.openerEnd,
      closed: false,
    });
  }
  blockCache.set(view, blocks);
  return blocks;
}

export interface LineItem {
  start: number;
  end: number;
  indent: number;
  numbered: boolean;
}

// A bullet ("- ", "* ", "+ ", "• ") or numbered ("1. ", "2) ") list item, or a numbered heading ("### 1. ").
const LIST_ITEM = /^([ \t]{0,8})(?:([-*+•])|(\d{1,3}[.)])|#{1,6}[ \t]+(\d{1,3}[.)]))[ \t]+\S[^\n]*/gm;

/** List items of a text (run it on prose, where code is blanked), with their indentation. */
export function listItems(prose: string, limit = 10_000): LineItem[] {
  const items: LineItem[] = [];
  LIST_ITEM.lastIndex = 0;
  for (let m = LIST_ITEM.exec(prose); m && items.length < limit; m = LIST_ITEM.exec(prose)) {
    items.push({
      start: m.index + m[1]!.length,
      end: m.index + m[0].length,
      indent: m[1]!.replace(/\t/g, '    ').length,
      numbered: m[2] === undefined,
    });
  }
  LIST_ITEM.lastIndex = 0;
  return items;
}

/**
 * The items of the outermost list level: numbered items when there are any (models often put
 * unindented bullets under numbered points), otherwise the least indented bullets.
 */
export function topLevelItems(items: readonly LineItem[]): LineItem[] {
  if (items.length === 0) return [];
  const pool = items.some((i) => i.numbered) ? items.filter((i) => i.numbered) : items;
  let minIndent = Infinity;
  for (const i of pool) minIndent = Math.min(minIndent, i.indent);
  return pool.filter((i) => i.indent <= minIndent + 1);
}

// Separator row of a Markdown table: | --- | :-: |, with at least two columns.
const TABLE_SEPARATOR = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*\|[ \t]*:?-+:?/gm;
const HTML_TABLE = /<table\b/i;
const ASCII_TABLE = /^[ \t]*\+-{3,}\+-{3,}/m;

/**
 * The first table in the text, as offsets of its header row: a Markdown table (a row with pipes
 * right above a separator row), an HTML table or an ASCII box table. Null when there is none.
 */
export function findTable(text: string): { start: number; end: number } | null {
  TABLE_SEPARATOR.lastIndex = 0;
  let tries = 0;
  for (let m = TABLE_SEPARATOR.exec(text); m && tries < 50; m = TABLE_SEPARATOR.exec(text), tries++) {
    const headerEnd = m.index - 1;
    if (headerEnd <= 0 || text[headerEnd] !== '\n') continue;
    const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    if (text.slice(headerStart, Math.min(headerEnd, headerStart + 2000)).includes('|')) {
      TABLE_SEPARATOR.lastIndex = 0;
      return { start: headerStart, end: headerEnd };
    }
  }
  TABLE_SEPARATOR.lastIndex = 0;
  for (const re of [HTML_TABLE, ASCII_TABLE]) {
    const m = re.exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export interface MarkupHit {
  kind: 'heading' | 'bold' | 'table' | 'link';
  start: number;
  end: number;
}

const HEADING = /^ {0,3}#{1,6}[ \t]+\S[^\n]{0,200}/m;
const BOLD = /(?<![\w*])\*\*(?=\S)[^*\n]{1,200}?(?<=\S)\*\*(?![\w*])|(?<![\w_])__(?=\S)[^_\n]{1,200}?(?<=\S)__(?![\w_])/;
const LINK = /\[[^[\]\n]{1,200}\]\((?:https?:\/\/|\/|#)[^)\s]{0,500}\)/;

/** Markdown markup in prose (code already blanked): headings, bold, tables and links, first of each. */
export function markupHits(prose: string): MarkupHit[] {
  const hits: MarkupHit[] = [];
  const heading = HEADING.exec(prose);
  if (heading) hits.push({ kind: 'heading', start: heading.index, end: heading.index + heading[0].length });
  const bold = BOLD.exec(prose);
  if (bold) hits.push({ kind: 'bold', start: bold.index, end: bold.index + bold[0].length });
  const table = findTable(prose);
  if (table) hits.push({ kind: 'table', ...table });
  const link = LINK.exec(prose);
  if (link) hits.push({ kind: 'link', start: link.index, end: link.index + link[0].length });
  return hits.sort((a, b) => a.start - b.start);
}

/** Offsets of the line that contains `pos`, without its line break. */
export function lineAt(text: string, pos: number): { start: number; end: number } {
  const start = pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end === -1) end = text.length;
  return { start, end };
}
