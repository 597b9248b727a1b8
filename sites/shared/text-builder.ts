/**
 * Accumulates plain text from a DOM walk: collapses whitespace, owes line breaks until the next text
 * arrives (so empty blocks leave no blank lines) and prefixes every line with the open list and quote markers.
 */
/** Zero-width spaces and byte-order marks that sites put around citation chips. */
const INVISIBLE = /[\u200b\ufeff]/g;
const HAS_INVISIBLE = /[\u200b\ufeff]/;
/** Whitespace that collapsing would change: anything but a single plain space. */
const LOOSE_SPACE = /[^\S ]| {2}/;
/** A line ending in whitespace (which `toString` trims), other than the text's last line. */
const TRAILING_SPACE = /[^\S\n]\n/;

export class TextBuilder {
  private readonly out: string[] = [];
  /** Newlines owed before the next text (at most 2: one blank line). */
  private pending = 0;
  private written = false;
  private lineHasText = false;
  private endsWithSpace = false;
  /** Continuation prefixes of the open blocks ("> " for a quote, "  " under a "- " list item). */
  private readonly prefixes: string[] = [];
  /** A marker ("- ", "1. ", "## ") replacing the prefix at the same depth on the next line only. */
  private readonly markers: (string | null)[] = [];
  private listDepth = 0;
  /** The line prefix when the owed newlines were first requested: blank lines take what it shares with the next line's. */
  private breakPrefix = '';

  /** A block boundary: 1 = new line, 2 = blank line (lists stay tight: at most a new line). */
  block(lines: 1 | 2): void {
    if (!this.written) return;
    this.owe(Math.max(this.pending, this.listDepth > 0 ? 1 : lines));
  }

  /** A hard line break (`<br>`, a newline in pre-wrapped text). */
  lineBreak(): void {
    if (!this.written) return;
    this.owe(Math.min(2, this.pending + 1));
  }

  /** Inline text; runs of whitespace become one space. */
  text(raw: string): void {
    // Tested before replaced: most text nodes hold neither, and each replace copies the text.
    let text = HAS_INVISIBLE.test(raw) ? raw.replace(INVISIBLE, '') : raw;
    if (LOOSE_SPACE.test(text)) text = text.replace(/\s+/g, ' ');
    if (!this.lineHasText || this.pending > 0) text = text.trimStart();
    else if (this.endsWithSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') return;
    this.write(text);
  }

  /** Text whose spaces matter (pre-wrapped prompts): newlines become line breaks, spaces are kept. */
  preservedText(raw: string): void {
    let text = raw.replace(INVISIBLE, '').replace(/\r\n?/g, '\n');
    // Text that opens with a newline and an indent was laid out by an HTML formatter (a saved page run
    // through Prettier), not typed: drop that indent from every line.
    const indent = /^\n([ \t]+)\S/.exec(text)?.[1];
    if (indent) text = text.split(`\n${indent}`).join('\n');
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.lineBreak();
      if (line.trim() !== '') this.write(line.replace(/\u00a0/g, ' '));
    });
  }

  /** Pre-formatted lines (a code fence, table rows) that must keep their layout. */
  rawLines(text: string): void {
    if (this.prefixes.length === 0) {
      // No block prefixes to repeat: the lines go out as they are.
      this.written = true;
      this.flush();
      this.out.push(text);
      this.lineHasText = true;
      this.endsWithSpace = false;
      return;
    }
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.pending = 1;
      this.written = true;
      this.flush();
      this.out.push(line);
      this.lineHasText = true;
      this.endsWithSpace = false;
    });
  }

  /** Opens a block whose lines carry `continuation` and whose first line carries `marker` instead. */
  open(marker: string | null, continuation: string): void {
    this.prefixes.push(continuation);
    this.markers.push(marker);
  }

  close(): void {
    this.prefixes.pop();
    this.markers.pop();
  }

  enterList(): void {
    this.listDepth++;
  }

  leaveList(): void {
    this.listDepth--;
  }

  get inList(): boolean {
    return this.listDepth > 0;
  }

  /** The text so far, each line without trailing spaces, without blank space at either end. */
  toString(): string {
    const text = this.out.join('');
    if (!TRAILING_SPACE.test(text)) return text.trim();
    return text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  }

  private owe(newlines: number): void {
    if (this.pending === 0) this.breakPrefix = this.prefixes.join('');
    this.pending = newlines;
  }

  private write(text: string): void {
    this.flush();
    this.out.push(text);
    this.written = true;
    this.lineHasText = true;
    this.endsWithSpace = text.endsWith(' ');
  }

  /** Pays the owed newlines and starts the new line with the block prefixes. */
  private flush(): void {
    const startsLine = this.pending > 0 || !this.lineHasText;
    if (!startsLine) return;
    if (this.pending > 0 && this.out.length > 0) {
      this.out.push('\n');
      if (this.pending > 1) {
        const blank = commonPrefix(this.breakPrefix, this.prefixes.join('')).trimEnd();
        for (let i = 1; i < this.pending; i++) this.out.push(blank, '\n');
      }
    }
    this.pending = 0;
    let prefix = '';
    for (let i = 0; i < this.prefixes.length; i++) {
      prefix += this.markers[i] ?? this.prefixes[i];
      this.markers[i] = null;
    }
    this.out.push(prefix);
    this.lineHasText = false;
  }
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
