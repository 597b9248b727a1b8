import { describe, expect, it } from 'vitest';
import { resolveRules, validateConfig } from '../../engine/config';
import { defineRule, chat } from '../../engine/rule';
import { analyze, ExchangeError } from '../../engine/run';
import type { Exchange } from '../../engine/types';

const exchange: Exchange = {
  site: 'test',
  turns: [
    { id: 'u1', role: 'user', text: 'Say hi' },
    { id: 'a1', role: 'assistant', text: 'Hi there, friend.' },
  ],
};

const says = defineRule({
  id: 'says-hi',
  title: 'Says hi',
  spec: { anchor: 'be_warm', version: '2025-12-18' },
  severity: 'low',
  confidence: 'high',
  rationale: 'A test rule that flags the word "Hi" in the reply.',
  messages: { hi: 'The reply says "{word}".' },
  detect({ reply }) {
    const span = reply.find(/\bhi\b/i);
    return span ? [{ messageId: 'hi', data: { word: span.quote }, evidence: [span] }] : [];
  },
  tests: { valid: [{ messages: chat('a', 'b') }], invalid: [] },
});

const throws = defineRule({
  ...says,
  id: 'always-throws',
  confidence: 'medium',
  detect() {
    throw new Error('boom');
  },
});

const unsure = defineRule({ ...says, id: 'unsure-rule', confidence: 'low', enabledByDefault: false });

describe('analyze', () => {
  it('stamps rule id, title, severity, confidence and the spec link onto each finding', () => {
    const { findings, errors } = analyze(exchange, { rules: [says] });
    expect(errors).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'says-hi',
      title: 'Says hi',
      severity: 'low',
      confidence: 'high',
      messageId: 'hi',
      message: 'The reply says "Hi".',
      spec: { anchor: 'be_warm', section: 'style', title: 'Be warm', url: 'https://model-spec.openai.com/2025-12-18.html#be_warm' },
      evidence: [{ turnId: 'a1', start: 0, end: 2, quote: 'Hi' }],
    });
  });

  it('turns a throwing rule into an engine error and keeps the other findings', () => {
    const { findings, errors } = analyze(exchange, { rules: [throws, says] });
    expect(errors).toEqual([{ ruleId: 'always-throws', error: 'boom' }]);
    expect(findings.map((f) => f.ruleId)).toEqual(['says-hi']);
  });

  it('reports an unknown message id as an engine error', () => {
    const bad = defineRule({ ...says, id: 'bad-message', detect: () => [{ messageId: 'nope' as 'hi', evidence: [] }] });
    expect(analyze(exchange, { rules: [bad] }).errors[0]!.error).toMatch(/unknown message id "nope"/);
  });

  it('switches rules off, overrides severity and applies the minimum confidence', () => {
    expect(analyze(exchange, { rules: [says], config: { rules: { 'says-hi': 'off' } } }).findings).toEqual([]);
    const high = analyze(exchange, { rules: [says], config: { rules: { 'says-hi': { severity: 'high' } } } });
    expect(high.findings[0]!.severity).toBe('high');
    expect(resolveRules([says, throws], { minConfidence: 'high' }).map((r) => r.rule.id)).toEqual(['says-hi']);
  });

  it('leaves rules that are off by default off unless the config switches them on', () => {
    expect(resolveRules([unsure]).length).toBe(0);
    expect(resolveRules([unsure], { rules: { 'unsure-rule': 'on' } }).length).toBe(1);
    expect(resolveRules([unsure], { rules: { 'unsure-rule': { enabled: true } } }).length).toBe(1);
  });

  it('judges the last assistant turn and ignores turns after it', () => {
    const ex: Exchange = { site: 't', turns: [...exchange.turns, { id: 'u2', role: 'user', text: 'hi again' }] };
    const { findings } = analyze(ex, { rules: [says] });
    expect(findings[0]!.evidence[0]!.turnId).toBe('a1');
  });

  it('rejects an exchange without an assistant reply', () => {
    expect(() => analyze({ site: 't', turns: [{ id: 'u', role: 'user', text: 'x' }] }, { rules: [says] })).toThrow(ExchangeError);
    expect(() => analyze({ site: 't', turns: [] }, { rules: [says] })).toThrow(/no turns/);
  });
});

describe('validateConfig', () => {
  const known = new Set(['says-hi']);
  it('accepts a good config', () => {
    expect(validateConfig({ minConfidence: 'medium', rules: { 'says-hi': { severity: 'high', enabled: true } } }, known)).toEqual([]);
  });
  it('names every problem', () => {
    expect(validateConfig({ minConfidence: 'sure', rules: { nope: 'off', 'says-hi': { severity: 'huge' } }, extra: 1 }, known)).toEqual([
      'unknown config key "extra"',
      'minConfidence must be one of low, medium, high',
      'rules: unknown rule "nope"',
      'rules.says-hi.severity must be one of info, low, medium, high, critical',
    ]);
    expect(validateConfig([], known)).toEqual(['the config must be a JSON object']);
  });
});
