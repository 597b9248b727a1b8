import { describe, expect, it } from 'vitest';
import { headOf, wordEnd, wordStart } from '../../engine/word-slice';

describe('word-safe windows', () => {
  const text = 'We talked about experience and trust.';
  const inExperience = text.indexOf('experience') + 5;

  it('ends a window after the word it would cut, and starts one before it', () => {
    expect(text.slice(0, wordEnd(text, inExperience))).toBe('We talked about experience');
    expect(text.slice(wordStart(text, inExperience))).toBe('experience and trust.');
  });

  it('leaves a cut between words where it is', () => {
    const space = text.indexOf(' and');
    expect(wordEnd(text, space)).toBe(space);
    expect(wordStart(text, space + 1)).toBe(space + 1);
    expect(wordEnd(text, 0)).toBe(0);
    expect(wordStart(text, text.length)).toBe(text.length);
  });

  it('stays inside the text', () => {
    expect(wordEnd(text, text.length + 10)).toBe(text.length);
    expect(wordStart(text, -5)).toBe(0);
  });

  it('cuts a run of letters longer than any word where the window says, without reading it all', () => {
    const run = 'a'.repeat(1_000_000);
    expect(wordEnd(run, 6000)).toBe(6000);
    expect(wordStart(run, 6000)).toBe(6000);
    expect(headOf(run, 6000)).toHaveLength(6000);
  });

  it('gives the whole text when it is short enough', () => {
    expect(headOf(text, 1000)).toBe(text);
    expect(headOf(text, inExperience)).toBe('We talked about experience');
  });
});
