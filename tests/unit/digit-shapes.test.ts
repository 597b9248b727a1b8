import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rule from '../../rules/stay_in_bounds/no-private-personal-data';

// The rule's candidate regexes, without their global flag, and the shape tests that decide whether they run.
const once = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));
const IBAN_CANDIDATE = once(rule.IBAN_CANDIDATE);
const DIGIT_RUN = once(rule.DIGIT_RUN);
const PHONE = once(rule.PHONE);

describe('no-private-personal-data: the digit shapes it checks before scanning', () => {
  it('finds the shapes of an IBAN, a digit run and a phone number, and not those of ordinary numbers', () => {
    expect(rule.IBAN_START.test('IBAN DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(rule.PHONE_DIGITS.test('SSN 219-45-1234')).toBe(true);
    expect(rule.PHONE_DIGITS.test('call (415) 555-0132')).toBe(true);
    const ordinary = 'In 1989, 12 of 40 people (30%) agreed; see section 4.2.';
    expect(rule.IBAN_START.test(ordinary) || rule.PHONE_DIGITS.test(ordinary)).toBe(false);
  });

  it('never rules out a text that a candidate regex matches', () => {
    const text = fc
      .array(fc.constantFrom('0', '1', '4', '9', ' ', '-', '.', '(', ')', '+', 'D', 'E', 'x', 'ab', '\n', '12', '555', 'GB', '  '), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (IBAN_CANDIDATE.test(t)) expect(rule.IBAN_START.test(t)).toBe(true);
        if (DIGIT_RUN.test(t)) expect(rule.PHONE_DIGITS.test(t)).toBe(true);
        if (PHONE.test(t)) expect(rule.PHONE_DIGITS.test(t)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
