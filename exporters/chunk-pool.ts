/**
 * A few chunk buffers used over and over: a consumer that has finished reading a chunk (a compressor
 * that has taken its bytes) gives its buffer back, and a later chunk is encoded into it. A full export
 * encodes about 150 MB; in fresh 256 KB buffers that much ArrayBuffer memory makes V8 run a full
 * garbage collection over everything loaded (the records) every 64 MB or so, and each new buffer
 * costs its allocation. The pool also bounds what is in flight: nothing can be taken while every
 * buffer is out.
 */
import { CHUNK_BYTES, type ChunkBuffers } from './sink';

export class ChunkPool implements ChunkBuffers {
  private readonly free: Uint8Array<ArrayBuffer>[] = [];
  private allocated = 0;
  private waiting: Array<() => void> = [];

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error('a chunk pool needs at least one buffer');
  }

  take(): Uint8Array<ArrayBuffer> {
    const buffer = this.free.pop();
    if (buffer) return buffer;
    if (this.allocated === this.capacity) throw new Error('every chunk buffer is in use: wait for available() before taking one');
    this.allocated++;
    return new Uint8Array(CHUNK_BYTES);
  }

  /** Takes back the buffer of a chunk that was taken from this pool, once nothing reads it anymore. */
  give(chunk: Uint8Array<ArrayBuffer>): void {
    if (chunk.buffer.byteLength !== CHUNK_BYTES) throw new Error('this chunk did not come from a chunk pool');
    this.free.push(new Uint8Array(chunk.buffer));
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** Resolves when `take()` has a buffer to give (at once while fewer than `capacity` are out). */
  async available(): Promise<void> {
    while (this.free.length === 0 && this.allocated === this.capacity) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
