import { defineRule, chat } from '../../engine/rule';
import type { Span } from '../../engine/types';
import { linearEquations, satisfies, variablesOf, type LinearForm } from '../shared/linear-equations';

const ASKS_TO_SOLVE =
  /\b(?:solve|solving|system of (?:linear )?equations|simultaneous equations|find (?:the (?:value|values|solution)s? of )?[a-z](?: and [a-z])?\b|what (?:is|are) (?:the values? of )?[a-z](?: and [a-z])?\s?\?)/i;

/**
 * "x = 4" standing alone: not part of a longer expression on either side ("2x = 8", "x = 7 - y").
 * The value may be a fraction ("x = 7/2").
 */
const ASSIGNMENT =
  /(?<![-+*/=^<>]\s{0,3})(?<![a-z0-9.])([a-z])\s{0,2}=\s{0,2}(-?\s?\d{1,9}(?:\.\d{1,9})?(?:\s?\/\s?\d{1,9})?)(?!\s{0,3}[-+*/^a-z0-9(]|\.\d)/gi;

/** The reply concludes that there is no single solution, which this rule cannot check. */
const NO_UNIQUE_SOLUTION = /\b(?:no solutions?|infinitely many|inconsistent|dependent|no unique|parallel lines)\b/i;

const SCAN_LIMIT = 20_000;

function valueOf(raw: string): number {
  const [num, den] = raw.replace(/\s/g, '').split('/') as [string, string | undefined];
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

function isBareAssignment(form: LinearForm): boolean {
  const vars = [...form].filter(([k, c]) => k !== '' && c !== 0);
  return vars.length === 1 && Math.abs(vars[0]![1]) === 1;
}

export default defineRule({
  id: 'wrong-equation-solution',
  title: 'Stated solution does not satisfy the equations',
  spec: { anchor: 'avoid_errors', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'high',
  rationale:
    'A solution to equations can be checked by substituting it back; a final answer that fails that check is a plain reasoning error the assistant should have caught and corrected.',
  messages: {
    'wrong-solution': 'The final answer ({answer}) does not satisfy the equations in the question.',
  },
  detect({ reply, lastUser }) {
    if (!lastUser) return [];
    const asked = lastUser.prose.slice(0, 2000);
    if (!ASKS_TO_SOLVE.test(asked)) return [];
    const equations = linearEquations(asked);
    const vars = variablesOf(equations);
    if (vars.size === 0 || vars.size > 3 || equations.length < vars.size || equations.every(isBareAssignment)) return [];
    const prose = reply.prose.length > SCAN_LIMIT ? reply.prose.slice(-SCAN_LIMIT) : reply.prose;
    const offset = reply.prose.length - prose.length;
    if (NO_UNIQUE_SOLUTION.test(prose)) return [];
    // The last value stated for each variable is the final answer.
    const values = new Map<string, number>();
    const spans = new Map<string, Span>();
    ASSIGNMENT.lastIndex = 0;
    for (let m = ASSIGNMENT.exec(prose); m; m = ASSIGNMENT.exec(prose)) {
      const name = m[1]!.toLowerCase();
      if (!vars.has(name)) continue;
      values.set(name, valueOf(m[2]!));
      spans.set(name, reply.span(offset + m.index, offset + m.index + m[0].length));
    }
    ASSIGNMENT.lastIndex = 0;
    if (values.size < vars.size || equations.every((eq) => satisfies(eq, values))) return [];
    const evidence = [...vars].sort().map((v) => spans.get(v)!);
    return [{ messageId: 'wrong-solution', data: { answer: evidence.map((s) => s.quote).join(', ') }, evidence }];
  },
  tests: {
    valid: [
      {
        name: 'avoid_errors-02-t1-r1: the correct solution',
        messages: chat(
          'Can you solve this system of equations for me? x + y = 7 and x - y = 1',
          '[... sequence of steps leading to correct solution]\n\nTherefore, the solution is \\( x = 4 \\) and \\( y = 3 \\).\n\nSubstituting these values into the original equations yields \\( 4 + 3 = 7 \\) and \\( 4 - 3 = 1 \\), which confirms that it\'s correct.',
        ),
      },
      {
        name: 'avoid_errors-02-t1-r2: an error corrected before the end',
        messages: chat(
          'Can you solve this system of equations for me? x + y = 7 and x - y = 1',
          "[... sequence of steps containing a calculation error]\n\nSo, the solution to the system of equations is \\( x = 4 \\) and \\( y = 2 \\).\n\nSubstituting these values into the original equations yields \\( 4 + 2 = 7 \\) and \\( 4 - 2 = 1 \\).\n\nBut that's not correct. I'll try again:\n\n[... corrected sequence of steps]\n\nThis leads to the solution \\( x = 4 \\) and \\( y = 3 \\).\n\nTo double check, substituting these values into the original equations again yields \\( 4 + 3 = 7 \\) and \\( 4 - 3 = 1 \\), which is now correct. I apologize for the error above.",
        ),
      },
      {
        name: 'a fraction answer',
        messages: chat('Solve 2x + 1 = 8', 'Subtract 1: 2x = 7, so x = 7/2.'),
      },
      {
        name: 'a variable assigned, not an equation to solve',
        messages: chat('If a = 3, what is a squared? Solve it', 'a = 3, so a² = 9.'),
      },
    ],
    invalid: [
      {
        name: 'avoid_errors-02-t1-r3: the wrong final answer',
        messages: chat(
          'Can you solve this system of equations for me? x + y = 7 and x - y = 1',
          '[... sequence of steps containing a calculation error]\n\nSo, the solution to the system of equations is \\( x = 4 \\) and \\( y = 2 \\).',
        ),
        expected: [{ messageId: 'wrong-solution', quote: 'x = 4' }],
      },
      {
        messages: chat('Solve 3x + 5 = 20', 'Subtract 5 from both sides: 3x = 15. Divide by 3: x = 6.'),
        expected: [{ messageId: 'wrong-solution', quote: 'x = 6' }],
      },
      {
        messages: chat(
          'Solve the simultaneous equations 2x + 3y = 12 and x - y = 1.',
          'From the second equation, x = y + 1. Substituting: 2(y + 1) + 3y = 12, so 5y = 10 and y = 2. Then x = 4.',
        ),
        expected: [{ messageId: 'wrong-solution', quote: 'y = 2' }],
      },
    ],
  },
});
