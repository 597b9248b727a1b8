/** Line-by-line reading of a JSONL file or stdin, so a huge file never sits in memory at once. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UsageError } from './errors';

export interface JsonlSource {
  /** The name used in messages: the path as given, or `<stdin>`. */
  name: string;
  stream: NodeJS.ReadableStream;
}

export interface JsonlLine {
  /** 1-based line number in the source. */
  line: number;
  text: string;
}

/** `-` means standard input. A missing file or a directory is a usage error, reported before reading. */
export async function openJsonlSource(path: string, stdin: NodeJS.ReadableStream): Promise<JsonlSource> {
  if (path === '-') return { name: '<stdin>', stream: stdin };
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
  }
  if (!isFile) throw new UsageError(`not a file: ${path}`);
  return { name: path, stream: createReadStream(path, { encoding: 'utf8' }) };
}

/** Every non-blank line with its line number; a UTF-8 byte order mark on the first line is dropped. */
export async function* readJsonlLines(source: JsonlSource): AsyncGenerator<JsonlLine> {
  const lines = createInterface({ input: source.stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    yield { line, text };
  }
}
