import { hoistWordBoundary } from '../../engine/regex-hoist';
/**
 * Small linear equations written inline ("x + y = 7", "3x - 2 = 10"): parsing, and checking a
 * stated solution by substitution. Only sums of terms `c`, `x`, `c x`, `c*x` with single-letter
 * variables are understood; anything else is not an equation for this module.
 */

/** Coefficients by variable (lower case), with the constant under ''; one side minus the other. */
export type LinearForm = Map<string, number>;

const NUMBER = String.raw`\d{1,9}(?:\.\d{1,9})?`;
const TERM = String.raw`(?:(?:${NUMBER})\s?\*?\s?[a-z](?![a-z])|${NUMBER}|[a-z](?![a-z]))`;
const SIDE = String.raw`-?\s?${TERM}(?:\s{0,2}[-+]\s{0,2}${TERM}){0,6}`;
export const EQUATION = hoistWordBoundary(new RegExp(String.raw`(?<![a-z0-9.^/*])${SIDE}\s{0,2}=\s{0,2}${SIDE}(?![a-z0-9^(/*]|\.\d)`, 'gi'));

const TERM_PARTS = hoistWordBoundary(new RegExp(String.raw`([-+])?\s*(${NUMBER})?\s?\*?\s?([a-z])?`, 'gi'));

function addSide(form: LinearForm, side: string, sign: number): void {
  TERM_PARTS.lastIndex = 0;
  for (let m = TERM_PARTS.exec(side); m; m = TERM_PARTS.exec(side)) {
    if (m[0].length === 0) {
      TERM_PARTS.lastIndex++;
      continue;
    }
    if (m[2] === undefined && m[3] === undefined) continue;
    const coef = (m[1] === '-' ? -1 : 1) * (m[2] === undefined ? 1 : Number(m[2]));
    const key = m[3] ? m[3].toLowerCase() : '';
    form.set(key, (form.get(key) ?? 0) + sign * coef);
  }
}

/** Every linear equation in the text (at most `limit`), as left minus right. */
export function linearEquations(text: string, limit = 6): LinearForm[] {
  const out: LinearForm[] = [];
  EQUATION.lastIndex = 0;
  for (let m = EQUATION.exec(text); m && out.length < limit; m = EQUATION.exec(text)) {
    const [left, right] = m[0].split('=') as [string, string];
    const form: LinearForm = new Map();
    addSide(form, left, 1);
    addSide(form, right, -1);
    if ([...form.keys()].some((k) => k !== '')) out.push(form);
  }
  EQUATION.lastIndex = 0;
  return out;
}

export function variablesOf(forms: readonly LinearForm[]): Set<string> {
  const vars = new Set<string>();
  for (const f of forms) for (const [k, c] of f) if (k !== '' && c !== 0) vars.add(k);
  return vars;
}

/** Whether the values satisfy the equation, allowing for values rounded to two decimals. */
export function satisfies(form: LinearForm, values: ReadonlyMap<string, number>): boolean {
  let total = 0;
  let scale = 1;
  for (const [k, c] of form) {
    const v = k === '' ? 1 : values.get(k);
    if (v === undefined) return true;
    total += c * v;
    scale += Math.abs(c);
  }
  return Math.abs(total) <= 0.006 * scale;
}
