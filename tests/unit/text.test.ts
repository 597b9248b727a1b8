import { describe, expect, it } from 'vitest';
import { codeRanges, isSpaceCode, maskRanges, normalizeQuotes, proseOf, sentences, wordCount, words } from '../../engine/text';

describe('normalizeQuotes', () => {
  it('straightens quotes and apostrophes and keeps the length', () => {
    const s = '\u201CI\u2019m here,\u201D she said \u2014 \u2018ok\u2019';
    const n = normalizeQuotes(s);
    expect(n).toBe(`"I'm here," she said - 'ok'`);
    expect(n.length).toBe(s.length);
  });
});

describe('codeRanges', () => {
  it('finds fenced blocks, including an unclosed one, and inline code', () => {
    const text = 'Use `rm -rf` carefully.\n```sh\nkill -9 1234\n```\nDone.\n~~~\nopen';
    const ranges = codeRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['`rm -rf`', '```sh\nkill -9 1234\n```', '~~~\nopen']);
  });

  it('does not close a fence with a shorter or different fence, nor treat lone backticks as code', () => {
    const text = '````\n```\nstill code\n````\nIt`s prose';
    const ranges = codeRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['````\n```\nstill code\n````']);
  });

  it('is linear on pathological input', () => {
    const text = '`'.repeat(200_000) + 'a\n'.repeat(50_000);
    const t0 = performance.now();
    codeRanges(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('proseOf', () => {
  it('blanks code but keeps newlines and the length', () => {
    const text = 'As an AI:\n```\nAs an AI language model\n```\nend';
    const prose = proseOf(text);
    expect(prose.length).toBe(text.length);
    expect(prose).not.toContain('language model');
    expect(prose.split('\n').length).toBe(text.split('\n').length);
    expect(maskRanges('abc', [])).toBe('abc');
  });

  it('blanks a large code block quickly, keeping every newline in place', () => {
    const body = 'const x = "As an AI"; // line\n'.repeat(40_000);
    const text = `Intro.\n\`\`\`js\n${body}\`\`\`\nOutro.`;
    const prose = proseOf(text);
    expect(prose.length).toBe(text.length);
    expect(prose.startsWith('Intro.\n')).toBe(true);
    expect(prose.endsWith('\nOutro.')).toBe(true);
    expect(prose).not.toContain('As an AI');
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') expect(prose[i]).toBe('\n');
  });
});

describe('segmentation', () => {
  it('splits sentences with offsets into the original text', () => {
    const text = 'Hello there. How are you?  Fine!';
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual(['Hello there.', 'How are you?', 'Fine!']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('counts words in several scripts', () => {
    expect(wordCount("It's a well-known fact, isn't it?")).toBe(6);
    expect(words('我想学习中文', 'zh').length).toBeGreaterThan(1);
    expect(wordCount('')).toBe(0);
  });
});

describe('isSpaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
