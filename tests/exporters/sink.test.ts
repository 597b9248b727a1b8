import { describe, expect, it } from 'vitest';
import { encodedChunks } from '../../exporters/sink';

describe('encodedChunks', () => {
  it('splits UTF-8 output into chunks of at most 256 KB without breaking a character', () => {
    const pieces = ['plain ascii line\n', 'héllo “quotes” – ✓\n', '🙂👍🏽 emoji and ZWJ 👩‍👩‍👧\n', `${'x'.repeat(300_000)}🙂\n`];
    const texts = Array.from({ length: 40 }, (_, i) => pieces[i % pieces.length]!);
    const chunks = [...encodedChunks({ path: 'x', chunks: () => texts })];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.slice(0, -1).every((c) => c.byteLength > 256 * 1024 - 4)).toBe(true);
    for (const c of chunks) expect(c.byteLength).toBeLessThanOrEqual(256 * 1024);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Each chunk decodes on its own: no character is split across two chunks.
    for (const c of chunks) expect(() => decoder.decode(c)).not.toThrow();
    expect(chunks.map((c) => decoder.decode(c)).join('')).toBe(texts.join(''));
  });

  it('gives nothing for an empty file and keeps every chunk independent of the next', () => {
    expect([...encodedChunks({ path: 'x', chunks: () => [] })]).toEqual([]);
    const chunks = [...encodedChunks({ path: 'x', chunks: () => Array.from({ length: 100 }, () => 'y'.repeat(10_000)) })];
    const first = chunks[0]!.slice();
    expect(Buffer.from(chunks[0]!).equals(Buffer.from(first))).toBe(true);
    expect(chunks.reduce((n, c) => n + c.byteLength, 0)).toBe(1_000_000);
  });
});
