/** Hoisting a shared leading \b must not change what any rule or signal regex matches. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOISTED, hoistWordBoundary, topLevelAlternatives } from '../../engine/regex-hoist';
import { RULES } from '../../rules';
import '../../engine/signals';

function allMatches(re: RegExp, text: string): Array<[number, string, Array<string | undefined>]> {
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  const out: Array<[number, string, Array<string | undefined>]> = [];
  for (let m = g.exec(text); m && out.length < 200; m = g.exec(text)) {
    out.push([m.index, m[0], m.slice(1)]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

const texts = [
  ...readFileSync(new URL('../fixtures/model-spec/examples.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      const e = JSON.parse(l) as { response: string; messages: Array<{ content: string }> };
      return [e.response, ...e.messages.map((m) => m.content)];
    }),
  ...RULES.flatMap((r) => [...r.tests.valid, ...r.tests.invalid].flatMap((c) => c.messages.map((m) => m.content))),
];

describe('hoisting a leading word boundary', () => {
  it('splits alternatives only at the top level', () => {
    expect(topLevelAlternatives(String.raw`\ba|\b(?:b|c)|[|]\|d`)).toEqual([String.raw`\ba`, String.raw`\b(?:b|c)`, String.raw`[|]\|d`]);
    expect(hoistWordBoundary(/\ba|b/i).source).toBe(String.raw`\ba|b`);
    expect(hoistWordBoundary(/\bfoo|\bbar(x)/gi).source).toBe(String.raw`\b(?:foo|bar(x))`);
  });

  it('is applied to the phrase lists of the rules and signals', () => {
    expect(HOISTED.length).toBeGreaterThan(30);
  });

  it('matches, with the same groups, what the regex as written matches on every spec example and rule case', () => {
    for (const [written, hoisted] of HOISTED) {
      for (const text of texts) expect(allMatches(hoisted, text), `${written} on ${JSON.stringify(text.slice(0, 50))}`).toEqual(allMatches(written, text));
    }
  }, 120_000);

  it('matches alike on arbitrary text', () => {
    const words = fc.constantFrom('I', "can't", 'sorry', 'not', 'a', 'doctor', 'important', 'to', 'note', ' ', '\n', '.', "'", 'é', '😀', 'it is');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        for (const [written, hoisted] of HOISTED) expect(allMatches(hoisted, text)).toEqual(allMatches(written, text));
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
