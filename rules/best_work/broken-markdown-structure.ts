import { defineRule, chat } from '../../engine/rule';
import type { TurnView } from '../../engine/turn-view';
import type { Span } from '../../engine/types';
import { fencedBlocks } from '../shared/markdown';

// One cell of a GFM table delimiter row: dashes with optional colons ("---", ":---:").
const DELIMITER_CELL = /^:?-+:?$/;
const MAX_LINE = 2000;
const MAX_TABLE_ROWS = 500;
const MAX_FINDINGS = 3;
// Past these, a reply is machine output or an attack; the checks stop rather than cost time.
const MAX_FENCE_MARKERS = 200;
const TABLE_SCAN_CHARS = 200_000;

/** Whether the text has at most `cap` runs of three backticks or tildes. */
function fewFenceMarkers(text: string, cap: number): boolean {
  let n = 0;
  for (const marker of ['```', '~~~']) {
    for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + 3)) if (++n > cap) return false;
  }
  return true;
}

/** A GFM delimiter row: "| --- | :---: |" (split rather than one regex, which would backtrack polynomially). */
function isDelimiterRow(line: string): boolean {
  let s = line.trim();
  if (line.length - line.trimStart().length > 3) return false;
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  if (s === '') return false;
  for (const cell of s.split('|')) if (!DELIMITER_CELL.test(cell.trim())) return false;
  return true;
}

/** Cells of a table row: split on pipes that are not backslash-escaped, ignoring the outer pipes. */
function cellCount(line: string): number {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  let cells = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 124 && (i === 0 || s.charCodeAt(i - 1) !== 92)) cells++;
  return cells;
}

interface RaggedRow {
  span: Span;
  cells: number;
  header: number;
}

/** Rows of GFM tables whose cell count differs from their header's (renderers pad or drop cells silently). */
function raggedRows(reply: TurnView): RaggedRow[] {
  const prose = reply.prose;
  const limit = Math.min(prose.length, TABLE_SCAN_CHARS);
  const out: RaggedRow[] = [];
  let search = 0;
  while (out.length < MAX_FINDINGS && search < limit) {
    const dash = prose.indexOf('-', search);
    if (dash === -1 || dash >= limit) break;
    const lineStart = prose.lastIndexOf('\n', dash) + 1;
    let lineEnd = prose.indexOf('\n', dash);
    if (lineEnd === -1) lineEnd = prose.length;
    search = lineEnd + 1;
    if (lineStart === 0 || lineEnd - lineStart > MAX_LINE) continue;
    const line = prose.slice(lineStart, lineEnd);
    if (!line.includes('|') || !isDelimiterRow(line)) continue;
    const headerStart = prose.lastIndexOf('\n', lineStart - 2) + 1;
    const header = prose.slice(headerStart, lineStart - 1);
    if (!header.includes('|') || header.trim() === '') continue;
    const headerCells = cellCount(header);
    if (cellCount(line) !== headerCells) continue;
    let rowStart = lineEnd + 1;
    for (let n = 0; n < MAX_TABLE_ROWS && rowStart < prose.length && out.length < MAX_FINDINGS; n++) {
      let rowEnd = prose.indexOf('\n', rowStart);
      if (rowEnd === -1) rowEnd = prose.length;
      const row = prose.slice(rowStart, rowEnd);
      if (row.trim() === '' || !row.includes('|') || row.length > MAX_LINE) break;
      const cells = cellCount(row);
      if (cells !== headerCells) out.push({ span: reply.span(rowStart, rowEnd), cells, header: headerCells });
      rowStart = rowEnd + 1;
    }
    search = Math.max(search, rowStart);
  }
  return out;
}

export default defineRule({
  id: 'broken-markdown-structure',
  title: 'Broken Markdown structure',
  spec: { anchor: 'avoid_errors', version: '2025-12-18' },
  severity: 'low',
  confidence: 'high',
  rationale:
    'Formatted output should render as intended: a code block that is never closed swallows the rest of the reply, and a table row with the wrong number of cells is silently padded or cut by the renderer.',
  messages: {
    'unclosed-fence': 'A code block opened here is never closed, so everything after it renders as code ("{opener}").',
    'ragged-row': 'A table row has {cells} cells but its header has {header} ("{row}").',
  },
  detect({ reply }) {
    const hits: Array<{ messageId: 'unclosed-fence' | 'ragged-row'; data: Record<string, string | number>; evidence: Span[] }> = [];
    const text = reply.text;
    if ((text.includes('```') || text.includes('~~~')) && fewFenceMarkers(text, MAX_FENCE_MARKERS)) {
      const last = fencedBlocks(reply).at(-1);
      if (last && !last.closed && last.contentEnd > last.contentStart) {
        const opener = reply.span(last.start, last.openerEnd);
        hits.push({ messageId: 'unclosed-fence', data: { opener: opener.quote }, evidence: [opener] });
      }
    }
    if (reply.prose.includes('|')) {
      for (const r of raggedRows(reply)) hits.push({ messageId: 'ragged-row', data: { cells: r.cells, header: r.header, row: r.span.quote }, evidence: [r.span] });
    }
    return hits;
  },
  tests: {
    valid: [
      {
        name: 'a well-formed table and a closed code block',
        messages: chat(
          'Compare Python and Go briefly, with an example.',
          '| Language | Typing | Speed |\n|---|---|---|\n| Python | dynamic | slower |\n| Go | static | faster |\n\n```go\nfmt.Println("hi")\n```',
        ),
      },
      {
        name: 'escaped pipes inside a cell',
        messages: chat('Show the OR operator in a table', '| Operator | Meaning |\n| :--- | :--- |\n| `a \\|\\| b` | logical or |\n| a \\| b | bitwise or |'),
      },
      {
        name: 'a pipe in prose and a horizontal rule are not tables',
        messages: chat('Explain shell pipes', 'Use `ls | grep foo` to filter.\n\n---\n\nThe | character connects commands.'),
      },
      {
        name: 'tables inside code blocks are code',
        messages: chat('Give me a markdown table template', '```markdown\n| a | b |\n|---|---|\n| 1 |\n```'),
      },
    ],
    invalid: [
      {
        messages: chat(
          'Table of planets and moons',
          '| Planet | Moons | Type |\n|---|---|---|\n| Mars | 2 | rocky |\n| Jupiter | 95 |\n| Saturn | 146 | gas giant |',
        ),
        expected: [{ messageId: 'ragged-row', quote: '| Jupiter | 95 |' }],
      },
      {
        messages: chat(
          'Write a Python function that reverses a string.',
          'Here you go:\n\n```python\ndef reverse(s):\n    return s[::-1]\n\nprint(reverse("abc"))',
        ),
        expected: [{ messageId: 'unclosed-fence', quote: '```python' }],
      },
      {
        messages: chat(
          'Price list please',
          'Item | Price\n--- | ---\nApple | $1 | fresh\nPear | $2',
        ),
        expected: [{ messageId: 'ragged-row', quote: 'Apple | $1 | fresh' }],
      },
    ],
  },
});
