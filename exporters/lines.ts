/** Lines of a text read in chunks (a file stream in the CLI, a File's stream in the extension). */

export interface NumberedLine {
  /** 1-based. */
  line: number;
  text: string;
}

/**
 * Every non-blank line with its number. Accepts \n and \r\n endings; a UTF-8 byte order mark at the
 * start is dropped. Chunks may split a line anywhere.
 */
export async function* numberedLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<NumberedLine> {
  let pending = '';
  let line = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    pending += chunk;
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      line++;
      const text = pending.slice(start, newline > start && pending.charCodeAt(newline - 1) === 13 ? newline - 1 : newline);
      if (text.trim() !== '') yield { line, text };
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) {
    line++;
    const text = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
    if (text.trim() !== '') yield { line, text };
  }
}
