/**
 * Where exported bytes go: the CLI writes them to a file stream, the extension collects them as Blob
 * parts. Text is encoded into chunks of 256 KB, so no export is ever one big string.
 */
import type { ExportFile } from './export-file';

export interface ByteSink {
  write(chunk: Uint8Array): void | Promise<void>;
}

export const CHUNK_BYTES = 256 * 1024;

/** Where `encodedChunks` gets the buffers it fills. */
export interface ChunkBuffers {
  /** A buffer of CHUNK_BYTES that nothing else reads or writes until its chunk is handed on. */
  take(): Uint8Array<ArrayBuffer>;
}

/** A new buffer for every chunk: for consumers that keep the chunks (Blob parts, a file stream's queue). */
export const freshBuffers: ChunkBuffers = { take: () => new Uint8Array(CHUNK_BYTES) };

/**
 * The file's text as UTF-8 chunks of up to CHUNK_BYTES. `encodeInto` writes each string straight into
 * the chunk: far cheaper than joining strings and encoding the result (no flattened copies, no
 * garbage). By default every chunk is a fresh buffer, so a consumer may keep it; a consumer that is
 * done with each chunk before asking for the next one can pass a pool that recycles them (zip.ts).
 * A buffer is taken only when there is text to write into it.
 */
export function* encodedChunks(file: ExportFile, buffers: ChunkBuffers = freshBuffers): Generator<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  let buffer: Uint8Array<ArrayBuffer> | null = null;
  let used = 0;
  for (const text of file.chunks()) {
    let rest = text;
    while (rest.length > 0) {
      buffer ??= buffers.take();
      const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
      used += written;
      // A partial read means the chunk is full (encodeInto never splits a character).
      rest = read === rest.length ? '' : rest.slice(read);
      if (rest.length > 0 || CHUNK_BYTES - used < 4) {
        yield buffer.subarray(0, used);
        buffer = null;
        used = 0;
      }
    }
  }
  if (buffer !== null) yield buffer.subarray(0, used);
}

/** Writes one file's bytes, unzipped. */
export async function writeFile(file: ExportFile, sink: ByteSink): Promise<void> {
  for (const bytes of encodedChunks(file)) await sink.write(bytes);
}

/**
 * A sink that keeps the chunks, e.g. as parts of a Blob. Every producer here (TextEncoder output,
 * fflate, CompressionStream) hands over chunks backed by a plain ArrayBuffer, which Blob accepts.
 */
export function collectingSink(): ByteSink & { parts: Uint8Array<ArrayBuffer>[]; size(): number } {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  return {
    parts,
    write(chunk) {
      parts.push(chunk as Uint8Array<ArrayBuffer>);
    },
    size: () => parts.reduce((n, p) => n + p.byteLength, 0),
  };
}
