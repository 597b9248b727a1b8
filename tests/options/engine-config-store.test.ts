import { describe, expect, it } from 'vitest';
import { ENGINE_CONFIG_KEY, loadEngineConfig, saveEngineConfig } from '../../messaging/engine-config-store';
import type { CustomRuleSpec } from '../../engine/custom-rules';

const BUILT_IN = new Set(['no-over-refusal', 'no-ai-boilerplate']);

const custom: CustomRuleSpec = {
  id: 'no-synergy',
  kind: 'existence',
  title: 'Says synergy',
  scope: 'reply',
  phrases: ['synergy'],
  message: 'Avoid "{match}".',
  spec: 'avoid_sycophancy',
  severity: 'low',
  confidence: 'high',
};

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('loadEngineConfig', () => {
  it('keeps the settings of the stored config’s own custom rules', async () => {
    const stored = { customRules: [custom], rules: { 'no-synergy': { enabled: true, severity: 'high' }, 'no-over-refusal': 'off' } };
    const { config, problems } = await loadEngineConfig(memoryArea({ [ENGINE_CONFIG_KEY]: stored }), BUILT_IN);
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ 'no-synergy': { enabled: true, severity: 'high' }, 'no-over-refusal': 'off' });
  });

  it('still drops settings of rules that exist neither built in nor as custom rules', async () => {
    const stored = { customRules: [custom], rules: { 'renamed-long-ago': 'off', 'no-synergy': 'off' } };
    const { config, problems } = await loadEngineConfig(memoryArea({ [ENGINE_CONFIG_KEY]: stored }), BUILT_IN);
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ 'no-synergy': 'off' });
  });
});

describe('saveEngineConfig', () => {
  it('round-trips a config with custom rules and their settings', async () => {
    const area = memoryArea();
    const config = { preset: 'strict' as const, minConfidence: 'medium' as const, customRules: [custom], rules: { 'no-synergy': 'off' as const } };
    expect(await saveEngineConfig(area, config, BUILT_IN)).toEqual({ ok: true });
    expect((await loadEngineConfig(area, BUILT_IN)).config).toEqual(config);
  });

  it('refuses a config with problems and keeps the stored one', async () => {
    const area = memoryArea({ [ENGINE_CONFIG_KEY]: { preset: 'minimal' } });
    const result = await saveEngineConfig(area, { customRules: [{ ...custom, spec: 'not_an_anchor' }] }, BUILT_IN);
    expect(result).toEqual({ ok: false, problems: ['customRules[0] (no-synergy).spec "not_an_anchor" is not a Model Spec anchor'] });
    expect(area.data[ENGINE_CONFIG_KEY]).toEqual({ preset: 'minimal' });
  });
});
