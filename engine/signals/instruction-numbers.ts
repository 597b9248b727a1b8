/** Counts as users write them in length instructions: "3", "three", "twenty-five", "a hundred", "a single". */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const NUMBER_WORD =
  '(?:nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten)';

/**
 * Regex source of a count: digits, or number words joined by spaces or hyphens ("twenty-five",
 * "a hundred", "two hundred and fifty"); parseCount rejects sequences that are not a number.
 * "a"/"an"/"a single" count as one ("in a sentence"), "a couple of" as two.
 */
const NUMBER =
  `\\d{1,3}(?:,\\d{3})+|\\d{1,6}|(?:an?[- ]hundred\\b|${NUMBER_WORD})(?:[- ](?:and[- ])?${NUMBER_WORD}\\b)*`;
export const COUNT = `(?:${NUMBER}|a single|a couple(?: of)?|single|an?)`;
/** A count written as a number: no "a", "a single", "a couple of". */
export const NUMBER_COUNT = `(?:${NUMBER})`;

/** The value of a count matched by COUNT, or null when it is not one. */
export function parseCount(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (/^[\d,]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s === 'a' || s === 'an' || s === 'single' || s === 'a single') return 1;
  if (s.startsWith('a couple')) return 2;
  const parts = s.split(/[- ]+/).filter((p) => p !== 'and');
  let total = 0;
  let current = 0;
  for (const [i, part] of parts.entries()) {
    if (part === 'a' || part === 'an') {
      if (i !== 0 || parts[1] !== 'hundred') return null;
      current = 1;
    }
    else if (part === 'hundred') {
      current = (current || 1) * 100;
      total += current;
      current = 0;
    } else if (part in SMALL) current += SMALL[part]!;
    else if (part in TENS) current += TENS[part]!;
    else return null;
  }
  return total + current;
}
