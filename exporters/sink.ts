/**
 * Where exported bytes go: the CLI writes them to a file stream, the extension collects them as Blob
 * parts. Text is encoded in batches of about 64 K characters, so no export is ever one big string.
 */
import type { ExportFile } from './export-file';

export interface ByteSink {
  write(chunk: Uint8Array): void | Promise<void>;
}

const BATCH_CHARS = 64 * 1024;

/** The file's text as UTF-8 byte chunks of roughly BATCH_CHARS characters each. */
export function* encodedChunks(file: ExportFile): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let batch: string[] = [];
  let size = 0;
  for (const text of file.chunks()) {
    batch.push(text);
    size += text.length;
    if (size >= BATCH_CHARS) {
      yield encoder.encode(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (size > 0) yield encoder.encode(batch.join(''));
}

/** Writes one file's bytes, unzipped. */
export async function writeFile(file: ExportFile, sink: ByteSink): Promise<void> {
  for (const bytes of encodedChunks(file)) await sink.write(bytes);
}

/** A sink that keeps the chunks, e.g. as parts of a Blob. */
export function collectingSink(): ByteSink & { parts: Uint8Array[]; size(): number } {
  const parts: Uint8Array[] = [];
  return {
    parts,
    write(chunk) {
      parts.push(chunk);
    },
    size: () => parts.reduce((n, p) => n + p.byteLength, 0),
  };
}
