/**
 * Streams files into a ZIP archive with fflate: each file is compressed as its chunks arrive and the
 * archive bytes go to the sink as they are produced, so memory holds little more than the output.
 *
 * Compression uses the platform's native DEFLATE (CompressionStream: browsers, Node 20) through
 * fflate's documented extension point (a ZipPassThrough subclass with compression 8): several times
 * faster than deflate in JavaScript, and in Node it runs off the main thread. The stream is asked for
 * gzip rather than raw deflate: gzip is the same DEFLATE data between a fixed 10-byte header and a
 * trailer holding the CRC-32 and size of the input, so the zip entry takes the stored data and the
 * native CRC, and the main thread no longer computes the CRC in JavaScript (a third of its zip work).
 * Where CompressionStream is missing, fflate's own ZipDeflate does the work.
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
    return typeof CompressionStream === 'function' && new CompressionStream('gzip') !== null;
  } catch {
    return false;
  }
}

const GZIP_HEADER_BYTES = 10;
const GZIP_TRAILER_BYTES = 8;

/**
 * A zip entry compressed by CompressionStream("gzip"): the DEFLATE data between the gzip header and
 * trailer goes into the entry; the trailer's CRC-32 becomes the entry's CRC.
 */
class NativeDeflateEntry extends ZipPassThrough {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  readonly finished: Promise<void>;
  private headerLeft = GZIP_HEADER_BYTES;
  /** The last bytes seen so far: they may be the trailer, so they are passed on only when more follow. */
  private held: Uint8Array<ArrayBuffer> = new Uint8Array(0);

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('gzip');
    this.writer = stream.writable.getWriter();
    this.finished = (async () => {
      const reader = stream.readable.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.receive(value as Uint8Array<ArrayBuffer>);
      }
      this.end();
    })();
    this.finished.catch(() => {});
  }

  /** Only counts the input: the CRC comes from the gzip trailer. */
  override push(chunk: Uint8Array, final?: boolean): void {
    this.size += chunk.length;
    this.process(chunk, final === true);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length > 0) void this.writer.write(chunk as Uint8Array<ArrayBuffer>).catch(() => {});
    if (final) void this.writer.close().catch(() => {});
  }

  ready(): Promise<void> {
    return this.writer.ready;
  }

  private receive(chunk: Uint8Array<ArrayBuffer>): void {
    if (this.headerLeft > 0) {
      const skipped = Math.min(this.headerLeft, chunk.length);
      // Byte 3 holds the flags; CompressionStream writes none (no file name, comment or extra field).
      if (this.headerLeft === GZIP_HEADER_BYTES && skipped > 3 && chunk[3] !== 0) throw new Error('unexpected gzip header from CompressionStream');
      this.headerLeft -= skipped;
      chunk = chunk.subarray(skipped);
    }
    const held = this.held;
    const passOn = held.length + chunk.length - GZIP_TRAILER_BYTES;
    if (passOn <= 0) {
      this.held = concat(held, chunk);
    } else if (passOn <= held.length) {
      this.ondata(null, held.subarray(0, passOn), false);
      this.held = concat(held.subarray(passOn), chunk);
    } else {
      if (held.length > 0) this.ondata(null, held, false);
      this.ondata(null, chunk.subarray(0, passOn - held.length), false);
      this.held = chunk.slice(passOn - held.length);
    }
  }

  private end(): void {
    if (this.held.length !== GZIP_TRAILER_BYTES) throw new Error('CompressionStream ended without a gzip trailer');
    const trailer = new DataView(this.held.buffer, this.held.byteOffset, GZIP_TRAILER_BYTES);
    // The trailer's size is the input length modulo 2^32, as in the gzip format.
    if (trailer.getUint32(4, true) !== this.size % 2 ** 32) throw new Error('CompressionStream compressed a different number of bytes than were written');
    this.crc = trailer.getUint32(0, true);
    this.ondata(null, new Uint8Array(0), true);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
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
