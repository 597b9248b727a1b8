/**
 * Streams files into a ZIP archive with fflate: each file is compressed as its chunks arrive and the
 * archive bytes go to the sink as they are produced, so memory holds little more than the output.
 *
 * Compression uses the platform's native DEFLATE (CompressionStream "deflate-raw": browsers, Node 20)
 * through fflate's documented extension point (a ZipPassThrough subclass with compression 8):
 * several times faster than deflate in JavaScript, and in Node it runs off the main thread. Where
 * CompressionStream is missing, fflate's own ZipDeflate does the work.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ExportFile } from './export-file';
import { encodedChunks, type ByteSink } from './sink';

export interface ZipOptions {
  /** Time stamp of every entry (a fixed value makes the archive reproducible). */
  mtime: Date;
  /** Force fflate's JavaScript deflate (for comparison in the benchmark). */
  javascriptDeflate?: boolean;
}

interface Entry {
  entry: ZipPassThrough | ZipDeflate;
  /** Resolves when the entry can take more input. */
  ready(): Promise<void>;
  /** Resolves when all of the entry's compressed data has been handed to the zip. */
  done(): Promise<void>;
}

export function nativeDeflateAvailable(): boolean {
  try {
    return typeof CompressionStream === 'function' && new CompressionStream('deflate-raw' as CompressionFormat) !== null;
  } catch {
    return false;
  }
}

/** A zip entry compressed by CompressionStream; fflate computes the CRC and size from the input. */
class NativeDeflateEntry extends ZipPassThrough {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  readonly finished: Promise<void>;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('deflate-raw' as CompressionFormat);
    this.writer = stream.writable.getWriter();
    this.finished = (async () => {
      const reader = stream.readable.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.ondata(null, value as Uint8Array<ArrayBuffer>, false);
      }
      this.ondata(null, new Uint8Array(0), true);
    })();
    this.finished.catch(() => {});
  }

  override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length > 0) void this.writer.write(chunk as Uint8Array<ArrayBuffer>).catch(() => {});
    if (final) void this.writer.close().catch(() => {});
  }

  ready(): Promise<void> {
    return this.writer.ready;
  }
}

function openEntry(path: string, mtime: Date, javascriptDeflate: boolean): Entry {
  if (!javascriptDeflate && nativeDeflateAvailable()) {
    const entry = new NativeDeflateEntry(path);
    entry.mtime = mtime;
    return { entry, ready: () => entry.ready(), done: () => entry.finished };
  }
  const entry = new ZipDeflate(path, { level: 6 });
  entry.mtime = mtime;
  return { entry, ready: async () => {}, done: async () => {} };
}

export async function writeZip(files: readonly ExportFile[], sink: ByteSink, options: ZipOptions): Promise<void> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else pending.push(data);
  });
  const flush = async () => {
    if (failure) throw failure;
    while (pending.length > 0) await sink.write(pending.shift()!);
  };
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two export files are named ${file.path}`);
    seen.add(file.path);
    const { entry, ready, done } = openEntry(file.path, options.mtime, options.javascriptDeflate === true);
    zip.add(entry);
    for (const bytes of encodedChunks(file)) {
      entry.push(bytes);
      await ready();
      await flush();
    }
    entry.push(new Uint8Array(0), true);
    await done();
    await flush();
  }
  zip.end();
  await flush();
}
