import { describe, expect, it } from 'vitest';
import { segmentText } from '../../components/dashboard/evidence';

describe('segmentText', () => {
  it('cuts the text at the marks and keeps every character', () => {
    const segments = segmentText('As an AI, I think so.', [{ start: 0, end: 8, primary: true }]);
    expect(segments).toEqual([
      { text: 'As an AI', mark: 'primary' },
      { text: ', I think so.', mark: null },
    ]);
  });

  it('merges overlapping marks and lets the primary mark win where they overlap', () => {
    const segments = segmentText('abcdefghij', [
      { start: 1, end: 5, primary: false },
      { start: 3, end: 7, primary: true },
      { start: 6, end: 9, primary: false },
    ]);
    expect(segments).toEqual([
      { text: 'a', mark: null },
      { text: 'bc', mark: 'other' },
      { text: 'defg', mark: 'primary' },
      { text: 'hi', mark: 'other' },
      { text: 'j', mark: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefghij');
  });

  it('clips spans that reach past the text and ignores empty or reversed ones', () => {
    expect(segmentText('short', [{ start: 3, end: 99, primary: true }, { start: 4, end: 2, primary: false }])).toEqual([
      { text: 'sho', mark: null },
      { text: 'rt', mark: 'primary' },
    ]);
    expect(segmentText('', [{ start: 0, end: 3, primary: true }])).toEqual([]);
  });
});
