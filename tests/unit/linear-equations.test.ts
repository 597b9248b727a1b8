import { describe, expect, it } from 'vitest';
import { linearEquations, satisfies, variablesOf } from '../../rules/shared/linear-equations';

describe('linearEquations', () => {
  it('reads coefficients of inline equations, left minus right', () => {
    const forms = linearEquations('Solve 2*x - 3y = -4, and x + y = 3.');
    expect(forms.map((f) => Object.fromEntries(f))).toEqual([
      { x: 2, y: -3, '': 4 },
      { x: 1, y: 1, '': -3 },
    ]);
    expect([...variablesOf(forms)].sort()).toEqual(['x', 'y']);
  });

  it('ignores words, formulas with unknown operators and equations without variables', () => {
    expect(linearEquations('E = mc2 and 4 + 3 = 7')).toEqual([]);
    expect(linearEquations('and x = 3')).toHaveLength(1);
  });

  it('checks a solution by substitution, tolerating two-decimal rounding', () => {
    const [eq] = linearEquations('3x = 10');
    expect(satisfies(eq!, new Map([['x', 3.33]]))).toBe(true);
    expect(satisfies(eq!, new Map([['x', 3]]))).toBe(false);
  });
});
