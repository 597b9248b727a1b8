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
 *
 * The text is encoded into a few pooled buffers (chunk-pool.ts): a chunk's buffer goes back to the
 * pool when the stream's write of it resolves. The Streams standard resolves a write once the
 * transform has run, and browsers compress in the transform itself. Node resolves it when its zlib
 * stream drains, which for a chunk above the stream's high-water mark (16 KB) is once zlib has
 * consumed it; every chunk but a file's last is a full 256 KB, and no buffer is taken for the next
 * file before the previous entry has finished.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { ChunkPool } from './chunk-pool';
import type { ExportFile } from './export-file';
import { encodedChunks, freshBuffers, type ByteSink, type ChunkBuffers } from './sink';

export interface ZipOptions {
  /** Time stamp of every entry (a fixed value makes the archive reproducible). */
  mtime: Date;
  /** Force fflate's JavaScript deflate (for comparison in the benchmark). */
  javascriptDeflate?: boolean;
}

/** Chunk buffers in flight at most: one being encoded, the others queued or being compressed. */
const POOLED_BUFFERS = 4;

/**
 * Node compresses on its thread pool and gives zlib the next chunk only on a turn of the event loop,
 * which a loop of already-resolved awaits never yields: without a turn per chunk, the main thread and
 * zlib take turns instead of working side by side (in Node, a tenth of the export's wall time).
 * Browsers compress within the stream's transform, so there is nothing to wait for there.
 */
const eventLoopTurn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => Promise.resolve();

interface Entry {
  entry: ZipPassThrough | ZipDeflate;
  /** Where the entry's input chunks are encoded. */
  buffers: ChunkBuffers;
  /** Resolves when the next chunk can be taken from `buffers`. */
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

  /** `consumed` gets every input chunk once the compressor has read it. */
  constructor(
    filename: string,
    private readonly consumed: (chunk: Uint8Array<ArrayBuffer>) => void,
  ) {
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
    // A failed write fails the stream, and with it `finished`.
    if (chunk.length > 0) {
      const input = chunk as Uint8Array<ArrayBuffer>;
      this.writer.write(input).then(
        () => this.consumed(input),
        () => {},
      );
    }
    if (final) void this.writer.close().catch(() => {});
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

function openEntry(path: string, mtime: Date, pool: ChunkPool | null): Entry {
  if (pool) {
    const entry = new NativeDeflateEntry(path, (chunk) => pool.give(chunk));
    entry.mtime = mtime;
    // A failed stream gives no buffer back: `finished` rejects instead.
    return { entry, buffers: pool, ready: () => Promise.race([pool.available(), entry.finished]), done: () => entry.finished };
  }
  // fflate's deflate is synchronous; its chunks are simply left to the garbage collector.
  const entry = new ZipDeflate(path, { level: 6 });
  entry.mtime = mtime;
  return { entry, buffers: freshBuffers, ready: async () => {}, done: async () => {} };
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
  const pool = options.javascriptDeflate !== true && nativeDeflateAvailable() ? new ChunkPool(POOLED_BUFFERS) : null;
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two export files are named ${file.path}`);
    seen.add(file.path);
    const { entry, buffers, ready, done } = openEntry(file.path, options.mtime, pool);
    zip.add(entry);
    for (const bytes of encodedChunks(file, buffers)) {
      entry.push(bytes);
      await ready();
      await eventLoopTurn();
      await flush();
    }
    entry.push(new Uint8Array(0), true);
    await done();
    await flush();
  }
  zip.end();
  await flush();
}
