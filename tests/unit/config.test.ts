import { describe, expect, it } from 'vitest';
import { resolveRules, validateConfig, type EngineConfig } from '../../engine/config';
import { enabledByPreset, PRESETS } from '../../engine/presets';
import { chat, defineRule, type Rule } from '../../engine/rule';
import type { Confidence, Severity } from '../../engine/types';
import { RULE_IDS, RULES } from '../../rules';

function rule(id: string, severity: Severity, confidence: Confidence, enabledByDefault?: boolean): Rule {
  return defineRule({
    id,
    title: id,
    spec: { anchor: 'be_warm', version: '2025-12-18' },
    severity,
    confidence,
    enabledByDefault,
    rationale: 'A test rule used to check how presets and overrides combine.',
    messages: { m: 'm' },
    detect: () => [],
    tests: { valid: [{ messages: chat('a', 'b') }], invalid: [] },
  });
}

const precise = rule('precise-low', 'low', 'high');
const severe = rule('severe-medium', 'critical', 'medium');
const ordinary = rule('ordinary', 'medium', 'medium');
const unsure = rule('unsure', 'critical', 'low', false);
const pack = [precise, severe, ordinary, unsure];
const ids = (config: EngineConfig) => resolveRules(pack, config).map((r) => r.rule.id);

describe('presets', () => {
  it('default runs the rules that are on by default', () => {
    expect(ids({})).toEqual(['precise-low', 'severe-medium', 'ordinary']);
    expect(ids({ preset: 'default' })).toEqual(ids({}));
  });

  it('strict runs every rule, including those off by default', () => {
    expect(ids({ preset: 'strict' })).toEqual(['precise-low', 'severe-medium', 'ordinary', 'unsure']);
  });

  it('minimal runs default rules with confidence high or severity high/critical', () => {
    expect(ids({ preset: 'minimal' })).toEqual(['precise-low', 'severe-medium']);
    expect(enabledByPreset(rule('x', 'high', 'low'), 'minimal')).toBe(true);
    expect(enabledByPreset(rule('x', 'medium', 'medium'), 'minimal')).toBe(false);
    expect(enabledByPreset(unsure, 'minimal')).toBe(false);
  });

  it('on the real pack, minimal is inside default and default inside strict', () => {
    const [strict, def, minimal] = (['strict', 'default', 'minimal'] as const).map((preset) => new Set(resolveRules(RULES, { preset }).map((r) => r.rule.id)));
    expect(strict!.size).toBe(RULES.length);
    for (const id of minimal!) expect(def!.has(id)).toBe(true);
    for (const id of def!) expect(strict!.has(id)).toBe(true);
    expect(minimal!.size).toBeGreaterThan(0);
    expect(minimal!.size).toBeLessThan(def!.size);
  });
});

describe('per-rule settings and minimum confidence', () => {
  it('apply on top of the preset', () => {
    expect(ids({ preset: 'minimal', rules: { ordinary: 'on', 'precise-low': 'off' } })).toEqual(['severe-medium', 'ordinary']);
    expect(ids({ preset: 'strict', rules: { unsure: { enabled: false } } })).toEqual(['precise-low', 'severe-medium', 'ordinary']);
    expect(ids({ preset: 'default', rules: { unsure: 'on' } })).toContain('unsure');
  });

  it('override the severity without changing what the preset chose', () => {
    const resolved = resolveRules(pack, { preset: 'minimal', rules: { 'severe-medium': { severity: 'info' } } });
    expect(resolved.map((r) => [r.rule.id, r.severity])).toEqual([
      ['precise-low', 'low'],
      ['severe-medium', 'info'],
    ]);
  });

  it('applies the minimum confidence last, even to rules switched on explicitly', () => {
    expect(ids({ preset: 'strict', minConfidence: 'medium' })).toEqual(['precise-low', 'severe-medium', 'ordinary']);
    expect(ids({ rules: { unsure: 'on' }, minConfidence: 'high' })).toEqual(['precise-low']);
  });
});

describe('validateConfig', () => {
  it('accepts every preset and the documented shape', () => {
    for (const preset of PRESETS) expect(validateConfig({ preset, minConfidence: 'high', rules: {} }, RULE_IDS)).toEqual([]);
  });

  it('names the path of each problem', () => {
    const id = RULES[0]!.id;
    expect(validateConfig({ preset: 'loud', rules: { [id]: { severity: 'urgent', enabled: 'yes', colour: 1 } } }, RULE_IDS)).toEqual([
      'preset must be one of default, strict, minimal',
      `rules.${id}.enabled must be true or false`,
      `rules.${id}.severity must be one of info, low, medium, high, critical`,
      `rules.${id}.colour is not a known key`,
    ]);
    expect(validateConfig({ rules: { [id]: 3 } }, RULE_IDS)).toEqual([`rules.${id} must be "on", "off" or { enabled, severity }`]);
    expect(validateConfig({ rules: [] }, RULE_IDS)).toEqual(['rules must be an object of rule id to setting']);
    expect(validateConfig({ customRules: {} }, RULE_IDS)).toEqual(['customRules must be an array of rule objects']);
    expect(validateConfig('strict', RULE_IDS)).toEqual(['the config must be a JSON object']);
  });

  it('lets settings name the config’s own custom rules, and no others', () => {
    const custom = {
      id: 'my-rule',
      title: 'Mine',
      kind: 'existence',
      scope: 'reply',
      phrases: ['hello'],
      message: 'says {match}',
      spec: 'be_warm',
      severity: 'low',
      confidence: 'medium',
    };
    expect(validateConfig({ customRules: [custom], rules: { 'my-rule': { severity: 'high' } } }, RULE_IDS)).toEqual([]);
    expect(validateConfig({ rules: { 'my-rule': 'off' } }, RULE_IDS)).toEqual(['rules: unknown rule "my-rule"']);
  });
});
