import { describe, expect, it } from 'vitest';
import { ChunkPool } from '../../exporters/chunk-pool';
import { CHUNK_BYTES } from '../../exporters/sink';

describe('ChunkPool', () => {
  it('hands out up to its capacity, then waits for a buffer to come back and hands out that one', async () => {
    const pool = new ChunkPool(2);
    const a = pool.take();
    const b = pool.take();
    expect(a.byteLength).toBe(CHUNK_BYTES);
    expect(a.buffer).not.toBe(b.buffer);
    expect(() => pool.take()).toThrow(/in use/);
    let ready = false;
    const waiting = pool.available().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    // Given back as the chunk a consumer saw: a view of the start of the buffer.
    pool.give(b.subarray(0, 10));
    await waiting;
    const again = pool.take();
    expect(again.buffer).toBe(b.buffer);
    expect(again.byteLength).toBe(CHUNK_BYTES);
  });

  it('refuses a chunk that is not a whole pool buffer and a pool without buffers', () => {
    expect(() => new ChunkPool(2).give(new Uint8Array(100))).toThrow(/did not come from/);
    expect(() => new ChunkPool(0)).toThrow(/at least one/);
  });
});
