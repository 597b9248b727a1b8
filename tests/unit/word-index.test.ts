import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INDEXED_CHARS, WordIndex, wordSet } from '../../engine/word-index';

describe('WordIndex', () => {
  it('finds whole words case-insensitively, split where \\w ends (apostrophes, hyphens, accents, code)', () => {
    const index = new WordIndex("I'M SORRY: one-size_fits café naïve x2 `ok`");
    for (const w of ['i', 'm', 'sorry', 'one', 'size_fits', 'caf', 'na', 've', 'x2', 'ok']) expect(index.hasAny(wordSet([w]))).toBe(true);
    expect(index.hasAny(wordSet(['sorr', 'size', 'fits', 'cafe', 'zebra']))).toBe(false);
  });

  it('finds word beginnings of four characters', () => {
    const index = new WordIndex('He apologized twice.');
    expect(index.hasAny(wordSet(['apolog*']))).toBe(true);
    expect(index.hasAny(wordSet(['twic*']))).toBe(true);
    expect(index.hasAny(wordSet(['pologi*', 'sorry']))).toBe(false);
  });

  it('notes emoji and pictographic symbols, for gates that accept them', () => {
    const emoji = wordSet(['lol'], { orPictographs: true });
    expect(new WordIndex('Great job 🎉').hasAny(emoji)).toBe(true);
    expect(new WordIndex('I love it ❤ really').hasAny(emoji)).toBe(true);
    expect(new WordIndex('Plain — text… “quoted” é ü 中文').hasAny(emoji)).toBe(false);
    expect(new WordIndex('Great job 🎉').hasAny(wordSet(['lol']))).toBe(false);
  });

  it('answers for its own text when several indexes take turns with the shared table', () => {
    const a = new WordIndex('sorry about that');
    const b = new WordIndex('nothing to see here 🎉');
    const sorry = wordSet(['sorry']);
    const emoji = wordSet([], { orPictographs: true });
    for (let i = 0; i < 3; i++) {
      expect(a.hasAny(sorry)).toBe(true);
      expect(b.hasAny(sorry)).toBe(false);
      expect(a.hasAny(emoji)).toBe(false);
      expect(b.hasAny(emoji)).toBe(true);
      expect(b.hasPictographs).toBe(true);
      expect(a.hasPictographs).toBe(false);
    }
  });

  it('says every word may be there in a text too long to index', () => {
    const long = new WordIndex('plain words '.repeat(MAX_INDEXED_CHARS / 10));
    expect(long.hasAny(wordSet(['zebra']))).toBe(true);
    expect(long.hasPictographs).toBe(true);
  });

  it('rejects entries it cannot look up', () => {
    expect(() => wordSet(['Sorry'])).toThrow(/lower-case/);
    expect(() => wordSet(['one size'])).toThrow(/lower-case/);
    expect(() => wordSet(['apo*'])).toThrow(/at least 4/);
  });

  it('never says a word of the text is absent, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const index = new WordIndex(text);
        for (const word of text.toLowerCase().match(/[a-z0-9_]+/g) ?? []) {
          // toLowerCase may turn non-ASCII capitals into ASCII ones (U+0130 → "i̇"); the index never folds those.
          if (!new RegExp(`(?:^|[^A-Za-z0-9_])${word}(?![A-Za-z0-9_])`, 'i').test(text)) continue;
          expect(index.hasAny(wordSet([word]))).toBe(true);
          if (word.length >= 4) expect(index.hasAny(wordSet([`${word}*`]))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
