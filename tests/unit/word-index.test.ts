import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INDEXED_CHARS, WordIndex, wordClauses, wordSet } from '../../engine/word-index';

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

  it('makes one set per distinct content, whose remembered answer never outlives the text it was found in', () => {
    expect(wordSet(['sorry', 'apolog*'])).toBe(wordSet(['apolog*', 'sorry', 'sorry']));
    expect(wordSet(['sorry'])).not.toBe(wordSet(['sorry'], { orPictographs: true }));
    const sorry = wordSet(['sorry']);
    const both = wordClauses([['sorry'], ['that']]);
    const a = new WordIndex('sorry about that');
    const b = new WordIndex('nothing to see here');
    // The same text read twice in a row builds the table twice: the set's answer must follow each build.
    const a2 = new WordIndex('that is all');
    for (let i = 0; i < 3; i++) {
      expect(a.admits(both)).toBe(true);
      expect(a.hasAny(sorry)).toBe(true);
      expect(b.hasAny(sorry)).toBe(false);
      expect(b.admits(both)).toBe(false);
      expect(a2.admits(both)).toBe(false);
      expect(a2.hasAny(wordSet(['that']))).toBe(true);
    }
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

  it('forgets every word of the text it indexed before, after a short text and after a long one', () => {
    const many = Array.from({ length: 9000 }, (_, i) => `w${i}`).join(' ');
    for (const earlier of ['zebra crossing', `zebra crossing ${many}`]) {
      expect(new WordIndex(earlier).hasAny(wordSet(['zebra', 'zebra crossing']))).toBe(true);
      const later = new WordIndex('plain text');
      expect(later.hasAny(wordSet(['zebra']))).toBe(false);
      expect(later.hasAny(wordSet(['zebra crossing']))).toBe(false);
      expect(later.hasAny(wordSet(['w17', 'w8999']))).toBe(false);
    }
  });

  it('says every word may be there in a text too long to index', () => {
    const long = new WordIndex('plain words '.repeat(MAX_INDEXED_CHARS / 10));
    expect(long.hasAny(wordSet(['zebra']))).toBe(true);
    expect(long.hasPictographs).toBe(true);
  });

  it('finds two words in a row, whatever other characters stand between them', () => {
    const index = new WordIndex("Wow, what a genius! I can't -- really.");
    expect(index.hasAny(wordSet(['what a']))).toBe(true);
    expect(index.hasAny(wordSet(['wow what']))).toBe(true);
    expect(index.hasAny(wordSet(['can t']))).toBe(true);
    expect(index.hasAny(wordSet(['t really']))).toBe(true);
    expect(index.hasAny(wordSet(['what genius', 'a what', 'i t']))).toBe(false);
  });

  it('opens a clause gate only when some clause has a word of each of its sets', () => {
    const gate = wordClauses(['size'], [['depends', 'varies'], ['factors', 'things']]);
    expect(new WordIndex('There is no one size for all.').admits(gate)).toBe(true);
    expect(new WordIndex('It depends on many factors.').admits(gate)).toBe(true);
    expect(new WordIndex('Prices vary. Many things changed.').admits(gate)).toBe(false);
    expect(new WordIndex('It depends on you.').admits(gate)).toBe(false);
    expect(new WordIndex('Several factors matter.').admits(gate)).toBe(false);
    expect(new WordIndex('sorry').admits(wordSet(['sorry']))).toBe(true);
    expect(new WordIndex('x '.repeat(MAX_INDEXED_CHARS)).admits(gate)).toBe(true);
  });

  it('rejects entries it cannot look up', () => {
    expect(() => wordSet(['Sorry'])).toThrow(/lower-case/);
    expect(() => wordSet(['one size fits'])).toThrow(/lower-case/);
    expect(() => wordSet(['One size'])).toThrow(/lower-case/);
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
        // Every two words in a row, read the way \b reads them (ASCII word characters only).
        const words = text.match(/[A-Za-z0-9_]+/g) ?? [];
        for (let i = 1; i < words.length; i++) {
          expect(index.hasAny(wordSet([`${words[i - 1]!.toLowerCase()} ${words[i]!.toLowerCase()}`]))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('WordIndex slots and TurnView.test', () => {
  it('keeps a reply in the shared table and a user turn in its own, each answering for its own text', () => {
    const reply = new WordIndex('sorry, I cannot help');
    const user = new WordIndex('please write a poem', true);
    const other = new WordIndex('sorry to bother you', true);
    const sorry = wordSet(['sorry']);
    const poem = wordSet(['poem']);
    for (let i = 0; i < 3; i++) {
      expect(reply.hasAny(sorry)).toBe(true);
      expect(user.hasAny(sorry)).toBe(false);
      expect(user.hasAny(poem)).toBe(true);
      expect(reply.hasAny(poem)).toBe(false);
      expect(other.hasAny(sorry)).toBe(true);
      expect(other.hasAny(poem)).toBe(false);
    }
  });

  it('sizes an own table to its text, with few false answers for a long user turn', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}x`);
    const index = new WordIndex(words.join(' '), true);
    for (const w of words) expect(index.hasAny(wordSet([w]))).toBe(true);
    const absent = Array.from({ length: 2000 }, (_, i) => `q${i}z`);
    const falsePresent = absent.filter((w) => index.hasAny(wordSet([w]))).length;
    expect(falsePresent / absent.length).toBeLessThan(0.03);
  });

  it('answers like re.test on the prose, skipping the regex only when its words are absent', async () => {
    const { TurnView } = await import('../../engine/turn-view');
    const view = new TurnView({ id: 'u', role: 'user', text: 'Could you write a poem about “autumn”?' });
    const patterns = [/\bwrite (?:a|an) (?:poem|song)\b/i, /\bessay\b/i, /autumn"/, /\bPOEM\b/, /\bpoem\b/iu, /(?:^|\s)could\b/i];
    for (const re of patterns) expect(view.test(re), re.source).toBe(re.test(view.prose));
    // A global regex keeps its lastIndex behaviour: it is run as is.
    const global = /poem/g;
    expect(view.test(global)).toBe(true);
    expect(global.lastIndex).toBeGreaterThan(0);
    expect(view.test(global)).toBe(false);
  });
});
