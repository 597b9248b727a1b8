/** Turn a rule test case into an exchange and run one rule on it (used by the case runner and the CLI). */
import { analyze } from './run';
import type { Rule, RuleCase } from './rule';
import type { Exchange, Finding } from './types';

export function caseToExchange(c: RuleCase): Exchange {
  return {
    site: 'test',
    turns: c.messages.map((m, i) => ({ id: `t${i}`, role: m.role, text: m.content })),
  };
}

export function runRuleOnCase(rule: Rule, c: RuleCase): Finding[] {
  const result = analyze(caseToExchange(c), { rules: [rule], config: { rules: { [rule.id]: 'on' } } });
  if (result.errors.length) throw new Error(result.errors.map((e) => e.error).join('; '));
  return result.findings;
}
