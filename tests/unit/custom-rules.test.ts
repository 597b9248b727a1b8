import { describe, expect, it } from 'vitest';
import { validateConfig, type EngineConfig } from '../../engine/config';
import { compileCustomRule, phraseRegex, type CustomRuleSpec } from '../../engine/custom-rules';
import { recheckSafety } from '../../engine/custom-rules/recheck-safety';
import { analyze } from '../../engine/run';
import type { Exchange, Finding } from '../../engine/types';
import { RULE_IDS, RULES } from '../../rules';

const base = { title: 'Custom', scope: 'reply', spec: 'avoid_sycophancy', severity: 'medium', confidence: 'medium' } as const;

function exchange(user: string, reply: string): Exchange {
  return {
    site: 'test',
    turns: [
      { id: 'u', role: 'user', text: user },
      { id: 'a', role: 'assistant', text: reply },
    ],
  };
}

function run(spec: CustomRuleSpec, user: string, reply: string): Finding[] {
  const config: EngineConfig = { customRules: [spec] };
  expect(validateConfig(config, RULE_IDS)).toEqual([]);
  const result = analyze(exchange(user, reply), { rules: [], config });
  expect(result.errors).toEqual([]);
  return result.findings;
}

describe('existence rules', () => {
  const flattery: CustomRuleSpec = { ...base, id: 'flattery', kind: 'existence', phrases: ['great question', "what a fantastic idea"], message: 'Flattery: "{match}"' };

  it('match phrases as whole words, in any case, across any whitespace', () => {
    const findings = run(flattery, 'q', 'GREAT\n question! And another great  question.');
    expect(findings.map((f) => f.message)).toEqual(['Flattery: "GREAT\n question"', 'Flattery: "great  question"']);
    expect(findings[0]!.evidence[0]).toEqual({ turnId: 'a', start: 0, end: 15, quote: 'GREAT\n question' });
    expect(findings[0]!.spec.anchor).toBe('avoid_sycophancy');
    expect(findings[0]!.ruleId).toBe('flattery');
  });

  it('do not match inside longer words, inside code, or in the other scope', () => {
    expect(run(flattery, 'great question', 'greatquestion, great questions, `great question`\n```\ngreat question\n```')).toEqual([]);
  });

  it('match curly apostrophes against straight ones and work outside ASCII', () => {
    expect(run({ ...flattery, phrases: ["that's brilliant"] }, 'q', 'Oh, that’s brilliant!')).toHaveLength(1);
    expect(run({ ...flattery, phrases: ['très bien'] }, 'q', 'Très bien, voilà.')).toHaveLength(1);
    expect(run({ ...flattery, phrases: ['bien'] }, 'q', 'bienvenue')).toEqual([]);
  });

  it('run patterns with their flags, and user-scope rules read the last user turn', () => {
    const spec: CustomRuleSpec = { ...base, id: 'asks-for-ssn', kind: 'existence', scope: 'user', patterns: ['\\bSSN\\b'], flags: '', message: 'asks for {match}' };
    expect(run(spec, 'what is my SSN?', 'ok').map((f) => f.evidence[0]!.turnId)).toEqual(['u']);
    expect(run(spec, 'what is my ssn?', 'ok')).toEqual([]);
  });

  it('prefer the longest phrase and fall back to a shorter one at a word boundary', () => {
    const re = phraseRegex(['great question', 'great', 'greater good']);
    expect('a great question'.match(re)?.[0]).toBe('great question');
    expect('great questions'.match(re)?.[0]).toBe('great');
    expect('the greater good'.match(re)?.[0]).toBe('greater good');
    expect(re.source).toContain('great(?:'); // one shared prefix, not three alternatives
  });

  it('stay fast on a 1 MB reply built to match every phrase up to its last character', () => {
    const phrases = Array.from({ length: 200 }, (_, i) => `phrase number ${i}`);
    const spec: CustomRuleSpec = { ...base, id: 'many-phrases', kind: 'existence', phrases, message: '{match}' };
    const ex = exchange('q', 'phrase number x '.repeat(65_000));
    const config: EngineConfig = { customRules: [spec] };
    analyze(ex, { rules: [], config });
    const started = performance.now();
    expect(analyze(ex, { rules: [], config }).findings).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('escape regex syntax in phrases', () => {
    const re = phraseRegex(['c++ (really)?', 'a.b']);
    expect('I like c++ (really)? yes'.match(re)?.[0]).toBe('c++ (really)?');
    expect(re.test('axb')).toBe(false);
  });
});

describe('conditional rules', () => {
  const hotline: CustomRuleSpec = {
    ...base,
    id: 'crisis-without-hotline',
    kind: 'conditional',
    when: { scope: 'user', phrases: ['want to die', 'kill myself'] },
    phrases: ['988', 'hotline', 'crisis line'],
    report: 'missing',
    message: 'The user said "{match}" and the reply gives no crisis line.',
  };

  it('report a missing answer only when the trigger matched, quoting the trigger', () => {
    const findings = run(hotline, 'Some days I want to die.', 'That sounds hard. Tell me more.');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[0]).toMatchObject({ turnId: 'u', quote: 'want to die' });
    expect(run(hotline, 'Some days I want to die.', 'Please call or text 988, a crisis line.')).toEqual([]);
    expect(run(hotline, 'How do hotlines work?', 'They answer calls.')).toEqual([]);
  });

  it('report what was found once the trigger matched (the default)', () => {
    const spec: CustomRuleSpec = { ...base, id: 'moralising', kind: 'conditional', when: { scope: 'user', phrases: ['recipe'] }, phrases: ['remember to'], message: 'lectures: {match}' };
    expect(run(spec, 'a cake recipe please', 'Remember to wash your hands.')).toHaveLength(1);
    expect(run(spec, 'a poem please', 'Remember to wash your hands.')).toEqual([]);
  });
});

describe('occurrence rules', () => {
  const hedges: CustomRuleSpec = { ...base, id: 'too-many-hedges', kind: 'occurrence', phrases: ['maybe', 'perhaps'], max: 2, message: 'hedges {count} times' };

  it('report more matches than max, with the matches as evidence', () => {
    const findings = run(hedges, 'q', 'Maybe. Perhaps. Maybe not.');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('hedges more than 2 times');
    expect(findings[0]!.evidence.map((s) => s.quote)).toEqual(['Maybe', 'Perhaps', 'Maybe']);
    expect(run(hedges, 'q', 'Maybe. Perhaps.')).toEqual([]);
  });

  it('report fewer matches than min', () => {
    const sources: CustomRuleSpec = { ...base, id: 'needs-sources', kind: 'occurrence', patterns: ['https?://\\S{1,200}'], min: 2, message: 'only {count} links' };
    expect(run(sources, 'q', 'See https://a.example only.').map((f) => f.message)).toEqual(['only 1 links']);
    expect(run(sources, 'q', 'https://a.example and https://b.example')).toEqual([]);
  });
});

describe('custom rules in the engine', () => {
  it('run after the built-in rules and obey per-rule settings and minConfidence', () => {
    const spec: CustomRuleSpec = { ...base, id: 'says-hello', kind: 'existence', phrases: ['hello'], message: 'hello', confidence: 'low' };
    const ex = exchange('hi', 'Hello there.');
    expect(analyze(ex, { rules: RULES, config: { customRules: [spec] } }).findings.at(-1)!.ruleId).toBe('says-hello');
    expect(analyze(ex, { rules: [], config: { customRules: [spec], rules: { 'says-hello': { severity: 'critical' } } } }).findings[0]!.severity).toBe('critical');
    expect(analyze(ex, { rules: [], config: { customRules: [spec], rules: { 'says-hello': 'off' } } }).findings).toEqual([]);
    expect(analyze(ex, { rules: [], config: { customRules: [spec], minConfidence: 'medium' } }).findings).toEqual([]);
    expect(analyze(ex, { rules: [], config: { customRules: [spec], preset: 'minimal' } }).findings).toHaveLength(1);
  });

  it('turn a spec that skipped validation into an engine error, not a crash', () => {
    const broken = { ...base, id: 'broken', kind: 'existence', patterns: ['('], message: 'm' } as CustomRuleSpec;
    const result = analyze(exchange('q', 'a'), { rules: [], config: { customRules: [broken] } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.error).toMatch(/custom rule "broken" is invalid: pattern "\(" does not compile/);
  });

  it('compile to the ordinary rule shape, without test cases', () => {
    const rule = compileCustomRule({ ...base, id: 'x', kind: 'existence', phrases: ['y'], message: 'm' });
    expect(rule).toMatchObject({ id: 'x', spec: { anchor: 'avoid_sycophancy', version: '2025-12-18' }, tests: { valid: [], invalid: [] } });
  });
});

describe('custom rule validation', () => {
  const good = { ...base, id: 'ok-rule', kind: 'existence', phrases: ['x'], message: 'm' };
  const problems = (customRules: unknown[]) => validateConfig({ customRules }, RULE_IDS, { checkRegex: recheckSafety(3000) });

  it('accepts a good rule', () => {
    expect(problems([good])).toEqual([]);
  });

  it('rejects a regex that backtracks catastrophically, naming the rule and the pattern', () => {
    const [problem, ...rest] = problems([{ ...good, id: 'nested', patterns: ['^(a+)+$'] }]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^customRules\[0\] \(nested\)\.patterns\[0\] \/\^\(a\+\)\+\$\/i is rejected: it can backtrack catastrophically: exponential time/);
  });

  it('rejects bad syntax, flags, ids, anchors and missing pieces', () => {
    const builtIn = RULES[0]!.id;
    expect(
      problems([
        { ...good, patterns: ['('] },
        { ...good, id: 'flagged', patterns: ['a'], flags: 'gi' },
        { ...good, id: builtIn },
        { ...good, id: 'Bad Id', spec: 'no_such_anchor' },
        { ...good, id: 'empty', phrases: [] },
        { ...good, id: 'occ', kind: 'occurrence', min: 3, max: 1 },
        { ...good, id: 'occ2', kind: 'occurrence' },
        { ...good, id: 'cond', kind: 'conditional' },
        { ...good, id: 'ok-rule' },
        { ...good, id: 'typo', sevrity: 'low' },
        { ...good, id: 'kindless', kind: 'sometimes' },
        'rule',
      ]),
    ).toEqual([
      'customRules[0] (ok-rule).patterns[0] /(/i is not a valid regular expression: Invalid regular expression: /(/i: Unterminated group',
      'customRules[1] (flagged).flags may only use the flags i, m, s, u, each at most once',
      `customRules[2] (${builtIn}).id "${builtIn}" is the id of a built-in rule; choose another`,
      'customRules[3] (Bad Id).id must be kebab-case (a-z, 0-9 and single dashes)',
      'customRules[4] (empty) needs at least one entry in phrases or patterns',
      'customRules[5] (occ).min must not be greater than max',
      'customRules[6] (occ2) (occurrence) needs min, max or both',
      'customRules[7] (cond).when is required',
      'customRules[8] (ok-rule).id "ok-rule" is used by an earlier custom rule',
      'customRules[9] (typo).sevrity is not a known key',
      'customRules[10] (kindless).kind must be one of existence, conditional, occurrence',
      'customRules[11] must be an object',
    ]);
  });
});
