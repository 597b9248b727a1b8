/** Redaction masks personal data with same-length masks and keeps finding offsets valid. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/types';
import { findPersonalData, MASK, redactFindings, redactText, redactTurns, selfIntroducedNames } from '../../storage/redact';

const kinds = (text: string, names: string[] = []) => findPersonalData(text, names).map((m) => [m.kind, text.slice(m.start, m.end)]);

describe('findPersonalData', () => {
  it('finds email addresses', () => {
    expect(kinds('Write to ada.lovelace+work@example.co.uk, or to bob@mail.example.org.')).toEqual([
      ['email', 'ada.lovelace+work@example.co.uk'],
      ['email', 'bob@mail.example.org'],
    ]);
  });

  it('leaves things with an @ that are not addresses', () => {
    expect(kinds('Tag @channel, use user@localhost, or see a@b.')).toEqual([]);
  });

  it('finds Luhn-valid card numbers, grouped or not, and ignores invalid ones', () => {
    expect(kinds('Card 4539 1488 0343 6467 and 4539148803436467; not 4539 1488 0343 6468.')).toEqual([
      ['card', '4539 1488 0343 6467'],
      ['card', '4539148803436467'],
    ]);
    expect(kinds('Amex 3714-496353-98431 expires soon')).toEqual([['card', '3714-496353-98431']]);
  });

  it('finds phone numbers in international, parenthesised, national and North American forms', () => {
    expect(kinds('Call +44 20 7946 0958, (555) 234-5678, 020 7946 0958 or 415-555-2671.')).toEqual([
      ['phone', '+44 20 7946 0958'],
      ['phone', '(555) 234-5678'],
      ['phone', '020 7946 0958'],
      ['phone', '415-555-2671'],
    ]);
  });

  it('does not take years, dates, prices, versions or counts for phone numbers', () => {
    const text = 'In 2023 2024 2025 we sold 1,250,000 units at 19.99 on 2024-05-17, version 1.2.3.4, ids 12 34 56.';
    expect(kinds(text)).toEqual([]);
  });

  it('finds the given names wherever they occur, whole words only', () => {
    expect(kinds('Hi Ada! Adam and Ada Lovelace met.', ['Ada Lovelace'])).toEqual([
      ['name', 'Ada'],
      ['name', 'Ada'],
      ['name', 'Lovelace'],
    ]);
  });

  it('stays linear on long runs without a match', () => {
    const text = `${'a'.repeat(200_000)}@${'b.'.repeat(100_000)} ${'1 '.repeat(100_000)}`;
    const t0 = performance.now();
    findPersonalData(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('selfIntroducedNames', () => {
  it.each([
    ['Hi, my name is Ada Lovelace and I need help.', ['Ada Lovelace']],
    ["my name's grace, what's yours?", ['grace']],
    ["I'm Ada. Can you help?", ['Ada']],
    ['I am Ada and I write code.', ['Ada']],
    ['Hello, this is Bob from accounting.', ['Bob']],
    ['Please call me Lin.', ['Lin']],
  ])('%s', (text, names) => {
    expect(selfIntroducedNames(text)).toEqual(names);
  });

  it.each([
    "I'm Sorry to bother you.",
    "I'm French and live in Lyon.",
    "I'm Going To The Store",
    'I am Not sure.',
    'my name is not important',
    'I think I am Learning Python slowly',
    "I'm tired.",
  ])('finds no name in: %s', (text) => {
    expect(selfIntroducedNames(text)).toEqual([]);
  });
});

describe('redactText', () => {
  it('keeps the length and masks every non-space character of a match', () => {
    const text = 'Mail ada@example.com or call 415-555-2671.';
    const out = redactText(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe(`Mail ${MASK.repeat(15)} or call ${MASK.repeat(12)}.`);
  });
});

describe('redactTurns and redactFindings', () => {
  const turns = [
    { id: 'u1', role: 'user' as const, text: "I'm Ada. My card 4539 1488 0343 6467 was declined, email ada@example.com" },
    { id: 'a1', role: 'assistant' as const, text: 'Sorry Ada, I cannot see card 4539 1488 0343 6467. Great question!' },
  ];

  it('learns names from user turns and masks them in every turn', () => {
    const r = redactTurns(turns);
    expect(r.names).toEqual(['Ada']);
    expect(r.changed).toBe(true);
    expect(r.turns[1]!.text).toBe(`Sorry ${MASK.repeat(3)}, I cannot see card ${'••••'} •••• •••• ••••. Great question!`);
    r.turns.forEach((t, i) => expect(t.text).toHaveLength(turns[i]!.text.length));
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/Ada|4539|example\.com/);
  });

  it('re-reads quotes at the same offsets and masks messages; evidence on unknown turns is dropped', () => {
    const start = turns[1]!.text.indexOf('Sorry Ada');
    const finding: Finding = {
      ruleId: 'r',
      title: 't',
      spec: { anchor: 'a', version: 'v', title: 'T', url: 'u', section: 'style' },
      severity: 'low',
      confidence: 'high',
      messageId: 'm',
      message: 'Reply opens with "Sorry Ada".',
      evidence: [
        { turnId: 'a1', start, end: start + 9, quote: 'Sorry Ada' },
        { turnId: 'a1', start: 50, end: 65, quote: turns[1]!.text.slice(50, 65) },
        { turnId: 'gone', start: 0, end: 3, quote: 'abc' },
      ],
    };
    const [out] = redactFindings([finding], redactTurns(turns));
    expect(out!.message).toBe(`Reply opens with "Sorry ${MASK.repeat(3)}".`);
    expect(out!.evidence).toEqual([
      { turnId: 'a1', start, end: start + 9, quote: `Sorry ${MASK.repeat(3)}` },
      { turnId: 'a1', start: 50, end: 65, quote: turns[1]!.text.slice(50, 65) },
    ]);
    const masked = redactTurns(turns).turns[1]!.text;
    for (const e of out!.evidence) expect(masked.slice(e.start, e.end)).toBe(e.quote);
  });

  it('changes nothing when there is nothing personal', () => {
    const plain = [{ id: 'u1', role: 'user' as const, text: 'What is 2 + 2?' }];
    const r = redactTurns(plain);
    expect(r).toEqual({ turns: plain, names: [], changed: false });
  });
});
