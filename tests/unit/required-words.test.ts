import fc from 'fast-check';
import RandExp from 'randexp';
import { describe, expect, it } from 'vitest';
import { requiredWordClauses, requiredWords } from '../../engine/required-words';
import { WordIndex } from '../../engine/word-index';
import * as refusalPatterns from '../../engine/signals/refusal-patterns';

/** The clause lists as sets of "word|word&word" keys, for order-free comparison. */
function clauseKeys(re: RegExp): string[] | null {
  const clauses = requiredWordClauses([re]);
  return clauses === null ? null : clauses.map((clause) => clause.map((choice) => choice.join('|')).sort().join(' & ')).sort();
}

describe('requiredWordClauses', () => {
  it('reads whole words, words in a row and their spellings', () => {
    const keys = clauseKeys(/\bdepends? on (?:many|several) factors\b/i)!;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toContain('depend on|depends on');
    expect(keys[0]).toContain('many factors|several factors');
    expect(clauseKeys(/\bemphasi[sz]e\b/)).toEqual(['emphasise|emphasize']);
    expect(clauseKeys(/\b(?:ca|ha)nnot\b/)).toEqual(['cannot|hannot']);
  });

  it('one clause per alternative that names different words', () => {
    expect(clauseKeys(/\bsorry\b|\bapologi[sz]e\b/)).toEqual(['apologise|apologize', 'sorry']);
  });

  it('takes a word beginning where the end of the word is open', () => {
    expect(clauseKeys(/\bapologi\w*/)).toEqual(['apol*']);
    expect(clauseKeys(/\boverdos(?:e|ed|ing)?/)).toEqual(['over*']);
  });

  it('reads nothing it cannot place', () => {
    expect(requiredWordClauses([/foo\w+bar/])).toBeNull(); // "foo" may end a longer word
    expect(requiredWordClauses([/\b(?:yo+|sup)\b/])).toBeNull(); // "yoooo" has no fixed spelling
    expect(requiredWordClauses([/\b(?:sorry|\d+)\b/])).toBeNull(); // one alternative needs no word
    expect(requiredWordClauses([/(?:sorry)?/])).toBeNull();
  });

  it('follows the letters that Unicode case folding reads as ASCII ones, which the index reads both ways', () => {
    // /iu matches "\u017Forry" (long s) and "\u212Aind" (Kelvin sign): the index has "sorry" and "kind" there too.
    const gate = requiredWords([/\bsorry\b|\bkind\b/iu])!;
    for (const text of ['\u017Forry!', 'so \u212Aind', 'sorry', 'KIND']) {
      expect(/\bsorry\b|\bkind\b/iu.test(text)).toBe(true);
      expect(new WordIndex(text).admits(gate), text).toBe(true);
    }
    expect(new WordIndex('sure, fine').admits(gate)).toBe(false);
    // Without the u flag the long s is not a letter: "\u017Forry" holds the word "orry".
    expect(/\bsorry\b/i.test('\u017Forry')).toBe(false);
    expect(clauseKeys(/\b\u017Forry\b/iu)).toEqual(['sorry']);
  });

  it('gives a gate made of the same clauses', () => {
    expect(requiredWords([/\bsorry\b/])!.clauses).toHaveLength(1);
    expect(requiredWords([/\w+/])).toBeNull();
  });
});

// Shapes the walk has to get right: optional letters and separators, groups that continue a word,
// repeated groups, classes, anchors, lookarounds, flags.
const TRICKY: RegExp[] = [
  /\bone[- ]?size[- ]fits[- ]all\b/i,
  /\b(?:good ?)?bye(?:-bye)?\b/i,
  /\bi(?:'m| am)(?: (?:really|just|so))* (?:sorry|sad)\b/i,
  /\b(?:e-?mail|text)(?:ed|ing)? (?:you|them)\b/i,
  /\bdepend(?:s|ing|ent)?(?: \w+)? on (?:a (?:number|range) of|many) (?:factors|things)\b/i,
  /(?:^|[\n.!?]\s*)(?:see you|take care)[.!]*\s*$/im,
  /\bwhat an? (?:genius|gem)\s?!/i,
  /\b(?:ca|ha)n(?:'t|not)\b/i,
  /\bre-?(?:read|write)s?\b/i,
  /\b(?:mr|mrs|dr)\.? [A-Z][a-z]+\b/,
  /\bI(?:'ll| will) (?:remind|call) you\b(?! now)/,
  /\b(?:wow|oh)[,!]? (?:what a|real) (?:winner|catch)\b/i,
  /\b(?:kill|stop)(?:ed|ing|s)? (?:the )?(?:process|job)\b/i,
  /\b(?:[Kk]eep|[Ss]tay) (?:it )?(?:clean|safe)\b/,
  /\b(?:1st|2nd|911|112)\b/,
  /\bsorry(?: (?:about|for) (?:that|this))?[.!]/i,
  /\bover(?:ly)?[- ]?(?:cautious|careful)\b/i,
  /\b(?:take|took|taking) (?:a )?(?:deep )?breaths?\b/i,
  /\bas an? (?:ai|assistant|language model)\b/iu,
  /\b(?:(?:very|so|really) ){1,3}(?:important|crucial)\b/i,
];

/** A seeded generator for RandExp, so a failure can be reproduced. */
function randomInts(seed: number): (from: number, to: number) => number {
  let state = seed >>> 0 || 1;
  return (from, to) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return from + ((state >>> 8) % (to - from + 1));
  };
}

const CONTEXTS = ['', 'Well, ', 'x', 'said: "', '(', '9', 'Oh\n'];

describe('the gate read from a pattern', () => {
  it.each(TRICKY.map((re) => [re.source, re] as const))('passes every text that %s matches', (_source, re) => {
    const gate = requiredWords([re]);
    expect(gate, 'each shape here names some word').not.toBeNull();
    const matcher = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    const sampler = new RandExp(new RegExp(re.source, re.flags.replace('u', '')));
    sampler.max = 3;
    sampler.randInt = randomInts(re.source.length);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const sample = sampler.gen();
      for (const before of CONTEXTS) {
        for (const after of CONTEXTS) {
          const text = `${before}${sample}${after}`;
          if (!matcher.test(text)) continue;
          checked++;
          expect(new WordIndex(text).admits(gate!), JSON.stringify(text)).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  // The refusal signal skips these sentence by sentence when the reply lacks their words.
  const ACT_PATTERNS = ['DECLINE_VERB', 'NOT_SOMETHING_I_CAN', 'AGAINST_POLICY', 'BEYOND_SCOPE', 'DEFLECT', 'INAPPROPRIATE_FOR_ME', 'NOT_HERE_TO_PERSUADE', 'CAVEAT', 'DISCLAIMER', 'NO_OPINION', 'LIMITATION', 'INAPPROPRIATE'] as const;
  it.each(ACT_PATTERNS)('passes every text the refusal pattern %s matches', (name) => {
    const re = refusalPatterns[name];
    const gate = requiredWords([re]);
    expect(gate).not.toBeNull();
    const matcher = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    const sampler = new RandExp(matcher);
    sampler.max = 3;
    sampler.randInt = randomInts(re.source.length);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const text = `Well, ${sampler.gen()} and so on.`;
      if (!matcher.test(text)) continue;
      checked++;
      expect(new WordIndex(text).admits(gate!), text).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shuts on texts without the words', () => {
    const gate = requiredWords([/\bdepends? on (?:many|several) factors\b/i])!;
    expect(new WordIndex('It depends on many factors.').admits(gate)).toBe(true);
    expect(new WordIndex('Many factors matter; it depends on you.').admits(gate)).toBe(false);
  });
});

/** Random patterns built from words, separators, classes, groups and quantifiers. */
const patternSource: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('ab', 'cd', 'efgh', 'ijklm', 's', 'i', 'no', 'Yes') },
    { weight: 3, arbitrary: fc.constantFrom(' ', "'", '-', '\\s', '[- ]', '\\.', ',') },
    { weight: 1, arbitrary: fc.constantFrom('[^\\w]', '[^\\w\\n]', '[sz]', '[Kk]', '\\w', '\\d', '.', '[^.]', '\\b', '^', '$', '(?= )', '(?!s)') },
    { weight: 2, arbitrary: tie('group') },
  ),
  item: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '', '', '', '?', '?', '*', '+', '{0,2}', '{1,3}')).map(([a, q]) => {
    const atom = a as string;
    // Quantifiers need a quantifiable atom.
    return q === '' || /^(?:\\b|\^|\$|\(\?[=!])/.test(atom) ? atom : `${atom.length > 2 && !atom.startsWith('(') && !atom.startsWith('[') && !atom.startsWith('\\') ? `(?:${atom})` : atom}${q}`;
  }),
  sequence: fc.array(tie('item'), { minLength: 1, maxLength: 5 }).map((items) => (items as string[]).join('')),
  group: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((alts) => `(?:${(alts as string[]).join('|')})`),
})).sequence as fc.Arbitrary<string>;

describe('the gate read from random patterns', () => {
  it('passes every text the pattern matches', () => {
    let gated = 0;
    fc.assert(
      fc.property(fc.constantFrom('', '\\b', '\\b', ' '), patternSource, fc.constantFrom('', 'i'), fc.integer({ min: 1, max: 1e9 }), (start, body, flags, seed) => {
        const source = start + body;
        const re = new RegExp(source, flags);
        const gate = requiredWords([re]);
        if (gate === null) return;
        gated++;
        const sampler = new RandExp(re);
        sampler.max = 3;
        sampler.randInt = randomInts(seed);
        for (let i = 0; i < 40; i++) {
          const sample = sampler.gen();
          for (const before of CONTEXTS) {
            for (const after of CONTEXTS) {
              const text = `${before}${sample}${after}`;
              if (re.test(text)) expect(new WordIndex(text).admits(gate), `${source} on ${JSON.stringify(text)}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 1000, seed: 20261130 },
    );
    expect(gated).toBeGreaterThan(200);
  }, 60_000);
});

