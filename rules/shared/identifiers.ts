/**
 * Checksums and validity tests for structured personal identifiers (US SSN, payment card, IBAN),
 * so that rules flag real-looking numbers and not every digit run of the right length.
 */

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

// The Social Security Administration never issues these; a few more are famous published examples.
const PUBLISHED_SSNS = new Set(['123456789', '078051120', '219099999']);

/** A US SSN: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function isValidSsn(digits: string): boolean {
  if (digits.length !== 9 || PUBLISHED_SSNS.has(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer of a card number from its prefix and length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay), or null. */
export function cardIssuer(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099))) return 'Mastercard';
  if (n === 15 && (p2 === 34 || p2 === 37)) return 'American Express';
  if (n >= 16 && n <= 19 && (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65)) return 'Discover';
  if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return 'JCB';
  if (n >= 14 && n <= 19 && ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39)) return 'Diners Club';
  if (n >= 16 && n <= 19 && p2 === 62) return 'UnionPay';
  return null;
}

// Numbers printed in payment-provider documentation for testing; never a real card.
const TEST_CARD_NUMBERS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556',
  '4000002500003155', '4000000000000002', '4000000000009995', '5555555555554444', '5105105105105100',
  '5200828282828210', '2223003122003222', '378282246310005', '371449635398431', '378734493671000',
  '6011111111111117', '6011000990139424', '6011000000000012', '3530111333300000', '3566002020360505',
  '30569309025904', '38520000023237', '36227206271667', '6200000000000005',
]);

/** A payment card number that could be real: known issuer, Luhn-valid, not a documented test number or a repeated-digit filler. */
export function isPlausibleCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || TEST_CARD_NUMBERS.has(digits)) return false;
  if (new Set(digits.slice(1)).size <= 2) return false;
  return cardIssuer(digits) !== null && passesLuhn(digits);
}

// IBAN length per country (ISO 13616 registry).
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

// IBANs printed as examples in banking documentation and Wikipedia.
const EXAMPLE_IBANS = new Set([
  'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'DE89370400440532013000', 'FR1420041010050500013M02606',
  'NL91ABNA0417164300', 'CH9300762011623852957', 'BE68539007547034', 'ES9121000418450200051332',
  'IT60X0542811101000000123456', 'GB33BUKB20201555555555', 'DE75512108001245126199',
]);

/** An IBAN with a registered country, the right length for it and a valid ISO 7064 mod-97 check. */
export function isValidIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length || EXAMPLE_IBANS.has(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}
