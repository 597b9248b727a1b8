import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { ExportFile } from '../../exporters/export-file';
import { collectingSink, encodedChunks } from '../../exporters/sink';
import { nativeDeflateAvailable, writeZip } from '../../exporters/zip';
import { FIXED_NOW } from './helpers';

/** CRC-32 (IEEE), bit by bit: slow and obviously right, independent of fflate and zlib. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Name, CRC and uncompressed size of every entry, read from the zip's central directory. */
function centralDirectory(zip: Uint8Array): Array<{ name: string; crc: number; size: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    out.push({ name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

const file = (path: string, texts: string[]): ExportFile => ({ path, chunks: () => texts });

describe('zip', () => {
  it('native deflate records the CRC-32 and size of every entry, including empty and multi-chunk ones', async () => {
    expect(nativeDeflateAvailable()).toBe(true);
    const files = [
      file('empty.txt', []),
      file('short.txt', ['ä']),
      // More than one 256 KB chunk, so the gzip trailer can arrive split from the data before it.
      file('long.jsonl', Array.from({ length: 6000 }, (_, i) => `${JSON.stringify({ i, text: `line ${i} … ${'x'.repeat(i % 97)}` })}\n`)),
    ];
    const sink = collectingSink();
    await writeZip(files, sink, { mtime: FIXED_NOW });
    const entries = centralDirectory(new Uint8Array(Buffer.concat(sink.parts)));
    expect(entries.map((e) => e.name)).toEqual(files.map((f) => f.path));
    for (const [i, f] of files.entries()) {
      const bytes = new Uint8Array(Buffer.concat([...encodedChunks(f)]));
      expect(entries[i]).toEqual({ name: f.path, crc: crc32(bytes), size: bytes.byteLength });
    }
  });
});

/** Lines that differ from each other, so a chunk overwritten before it was compressed would show. */
const numberedLines = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${i} ${(i * 2654435761) % 4294967296} ✓\n`);

describe('zip with recycled chunk buffers', () => {
  it('every entry holds exactly its text though the chunks are encoded into a few buffers over and over', async () => {
    const files = [file('a.jsonl', numberedLines('alpha', 60_000)), file('b.txt', ['short']), file('c.jsonl', numberedLines('gamma', 45_000))];
    // Records which buffers the compressor was handed (CompressionStream wrapped, same compression).
    const buffers = new Set<ArrayBufferLike>();
    const Native = globalThis.CompressionStream;
    vi.stubGlobal(
      'CompressionStream',
      class {
        readonly readable: ReadableStream<Uint8Array>;
        readonly writable: WritableStream<BufferSource>;
        constructor(format: CompressionFormat) {
          const native = new Native(format);
          const writer = native.writable.getWriter();
          this.readable = native.readable;
          this.writable = new WritableStream<BufferSource>({
            write: (chunk) => {
              buffers.add((chunk as Uint8Array).buffer);
              return writer.write(chunk);
            },
            close: () => writer.close(),
            abort: (reason) => writer.abort(reason),
          });
        }
      },
    );
    try {
      const sink = collectingSink();
      await writeZip(files, sink, { mtime: FIXED_NOW });
      const entries = unzipSync(new Uint8Array(Buffer.concat(sink.parts)));
      for (const f of files) expect(new TextDecoder().decode(entries[f.path])).toBe([...f.chunks()].join(''));
      const chunkCount = files.reduce((n, f) => n + [...encodedChunks(f)].length, 0);
      expect(chunkCount).toBeGreaterThan(10);
      expect(buffers.size).toBeLessThanOrEqual(4);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a compressor that fails makes the export fail instead of waiting for its buffers forever', async () => {
    vi.stubGlobal(
      'CompressionStream',
      class extends TransformStream<BufferSource, Uint8Array> {
        constructor() {
          let seen = 0;
          super({
            transform() {
              if (++seen === 2) throw new Error('compressor broke');
            },
          });
        }
      },
    );
    try {
      await expect(writeZip([file('a.jsonl', numberedLines('alpha', 60_000))], collectingSink(), { mtime: FIXED_NOW })).rejects.toThrow('compressor broke');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
