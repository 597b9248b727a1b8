import { describe, expect, it } from 'vitest';
import { resolveRules, type EngineConfig } from '../../engine/config';
import { RULES } from '../../rules';
import { ruleRows, withMinConfidence, withoutRuleSettings, withPreset, withRuleSetting } from '../../components/options/rule-settings';

const row = (config: EngineConfig, id: string) => ruleRows(RULES, config).find((r) => r.id === id)!;
const offByDefault = RULES.find((r) => r.enabledByDefault === false);
const onByDefault = RULES.find((r) => r.enabledByDefault !== false && r.severity !== 'critical')!;

describe('ruleRows', () => {
  it('lists every built-in rule once, with the state the engine resolves', () => {
    for (const config of [{}, { preset: 'strict' }, { preset: 'minimal', minConfidence: 'high' }] as EngineConfig[]) {
      const rows = ruleRows(RULES, config);
      expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
      const running = rows.filter((r) => r.enabled && !r.belowMinConfidence).map((r) => r.id);
      expect(running).toEqual(resolveRules(RULES, config).map((r) => r.rule.id));
    }
  });
});

describe('withRuleSetting', () => {
  it('stores only what differs from the preset, and the engine follows it', () => {
    let config = withRuleSetting({}, row({}, onByDefault.id), { enabled: false });
    expect(config.rules).toEqual({ [onByDefault.id]: 'off' });
    expect(resolveRules(RULES, config).some((r) => r.rule.id === onByDefault.id)).toBe(false);

    config = withRuleSetting(config, row(config, onByDefault.id), { severity: 'critical' });
    expect(config.rules).toEqual({ [onByDefault.id]: { enabled: false, severity: 'critical' } });

    config = withRuleSetting(config, row(config, onByDefault.id), { enabled: true });
    expect(config.rules).toEqual({ [onByDefault.id]: { severity: 'critical' } });
    expect(resolveRules(RULES, config).find((r) => r.rule.id === onByDefault.id)?.severity).toBe('critical');

    config = withRuleSetting(config, row(config, onByDefault.id), { severity: onByDefault.severity });
    expect(config).toEqual({});
  });
});

describe('withPreset', () => {
  it('keeps a rule the user switched off off under another preset, and lets untouched rules follow the preset', () => {
    const off = withRuleSetting({}, row({}, onByDefault.id), { enabled: false });
    const strict = withPreset(off, 'strict', RULES);
    expect(strict.preset).toBe('strict');
    expect(row(strict, onByDefault.id).enabled).toBe(false);
    if (offByDefault) expect(row(strict, offByDefault.id).enabled).toBe(true);
    expect(withPreset(strict, 'default', RULES)).toEqual(off);
  });

  it('drops a hand setting that the new preset makes redundant', () => {
    if (!offByDefault) return;
    const on = withRuleSetting({}, row({}, offByDefault.id), { enabled: true });
    expect(on.rules).toEqual({ [offByDefault.id]: 'on' });
    expect(withPreset(on, 'strict', RULES)).toEqual({ preset: 'strict' });
  });
});

describe('withMinConfidence and withoutRuleSettings', () => {
  it('leave the defaults out of the stored config', () => {
    expect(withMinConfidence({ minConfidence: 'high' }, 'low')).toEqual({});
    expect(withMinConfidence({}, 'medium')).toEqual({ minConfidence: 'medium' });
    expect(withoutRuleSettings({ preset: 'minimal', rules: { [onByDefault.id]: 'off' } })).toEqual({ preset: 'minimal' });
  });
});
