import { describe, expect, it } from 'vitest';
import { recheckSafety } from '../../engine/custom-rules/recheck-safety';
import { validateConfig } from '../../engine/config';
import { CUSTOM_RULES_EXAMPLE, customRulesToText, readCustomRulesText, withCustomRules } from '../../components/options/custom-rules-text';
import { RULE_IDS, RULES } from '../../rules';

const BUILT_IN = new Set(RULE_IDS);
const [first, second] = CUSTOM_RULES_EXAMPLE;
const builtInId = RULES[0]!.id;

describe('readCustomRulesText', () => {
  it('accepts the example and empty text', () => {
    expect(validateConfig({ customRules: CUSTOM_RULES_EXAMPLE }, BUILT_IN)).toEqual([]);
    expect(readCustomRulesText(customRulesToText(CUSTOM_RULES_EXAMPLE), BUILT_IN)).toEqual({ ok: true, rules: CUSTOM_RULES_EXAMPLE });
    expect(readCustomRulesText('  \n', BUILT_IN)).toEqual({ ok: true, rules: [] });
  });

  it('names the line and column of a JSON syntax error', () => {
    const read = readCustomRulesText('[\n  { "id": "x",\n    "kind" "existence" }\n]', BUILT_IN);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.line).toBe(3);
    expect(read.problems[0]!.message).toMatch(/^Not valid JSON \(line 3, column \d+\): /);
  });

  it('reports every problem with the path the engine gives and the line its rule starts on', () => {
    const broken = [first, { ...second, id: 'Bad Id', spec: 'nowhere' }, { ...first, id: builtInId }];
    const read = readCustomRulesText(customRulesToText(broken), BUILT_IN);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const text = customRulesToText(broken).split('\n');
    const lineOf = (i: number) => text.findIndex((l, n) => l === '  {' && text.slice(0, n).filter((x) => x === '  {').length === i) + 1;
    expect(read.problems).toEqual([
      { line: lineOf(1), message: 'customRules[1] (Bad Id).id must be kebab-case (a-z, 0-9 and single dashes)' },
      { line: lineOf(2), message: `customRules[2] (${builtInId}).id "${builtInId}" is the id of a built-in rule; choose another` },
    ]);
  });

  it('asks for an array', () => {
    expect(readCustomRulesText(JSON.stringify(first), BUILT_IN)).toEqual({ ok: false, problems: [{ line: 1, message: expect.stringMatching(/must be a JSON array/) }] });
  });

  it('rejects a pattern that backtracks catastrophically when given the regex check', () => {
    const slow = [{ ...first, phrases: undefined, patterns: ['(a+)+$'] }];
    expect(readCustomRulesText(JSON.stringify(slow), BUILT_IN).ok).toBe(true);
    const read = readCustomRulesText(JSON.stringify(slow), BUILT_IN, { checkRegex: recheckSafety(3000) });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(/^customRules\[0\] \(no-corporate-buzzwords\)\.patterns\[0\] \/\(a\+\)\+\$\/i is rejected: it can backtrack catastrophically/);
  });
});

describe('withCustomRules', () => {
  it('drops the settings of custom rules that are gone and keeps the others', () => {
    const config = { customRules: [first!, second!], rules: { [first!.id]: 'off' as const, [second!.id]: 'off' as const, [builtInId]: 'off' as const } };
    const next = withCustomRules(config, [second!], BUILT_IN);
    expect(next).toEqual({ customRules: [second], rules: { [second!.id]: 'off', [builtInId]: 'off' } });
    expect(validateConfig(next, BUILT_IN)).toEqual([]);
    expect(withCustomRules({ customRules: [first!], rules: { [first!.id]: 'off' } }, [], BUILT_IN)).toEqual({});
  });
});
