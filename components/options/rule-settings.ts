/**
 * The per-rule table's view of an engine config: what each rule does under the chosen preset, and
 * config edits that keep `rules` minimal (a setting equal to what the preset and the rule already
 * give is removed, so a later preset change still moves that rule).
 */
import { confidenceRank, customRulesOf, type EngineConfig, type RuleSetting } from '../../engine/config';
import { enabledByPreset } from '../../engine/presets';
import type { Rule } from '../../engine/rule';
import { specSection } from '../../engine/spec';
import type { Confidence, Severity } from '../../engine/types';

export interface RuleRow {
  id: string;
  title: string;
  /** Top-level Model Spec section (e.g. `stay_in_bounds`); empty when the anchor is unknown. */
  section: string;
  anchor: string;
  confidence: Confidence;
  /** The rule's own severity, before any override. */
  defaultSeverity: Severity;
  custom: boolean;
  /** On or off under the preset alone. */
  presetEnabled: boolean;
  enabled: boolean;
  /** The override, or null when the rule's own severity applies. */
  severityOverride: Severity | null;
  /** Switched on but dropped anyway because its confidence is below the minimum. */
  belowMinConfidence: boolean;
}

function settingParts(setting: RuleSetting | undefined): { enabled?: boolean; severity?: Severity } {
  if (setting === 'on') return { enabled: true };
  if (setting === 'off') return { enabled: false };
  return setting ?? {};
}

export function ruleRows(builtIn: readonly Rule[], config: EngineConfig): RuleRow[] {
  const min = confidenceRank(config.minConfidence ?? 'low');
  const row = (rule: Rule, presetEnabled: boolean, custom: boolean): RuleRow => {
    const parts = settingParts(config.rules?.[rule.id]);
    const enabled = parts.enabled ?? presetEnabled;
    return {
      id: rule.id,
      title: rule.title,
      section: specSection(rule.spec.anchor)?.topLevelId ?? '',
      anchor: rule.spec.anchor,
      confidence: rule.confidence,
      defaultSeverity: rule.severity,
      custom,
      presetEnabled,
      enabled,
      severityOverride: parts.severity && parts.severity !== rule.severity ? parts.severity : null,
      belowMinConfidence: enabled && confidenceRank(rule.confidence) < min,
    };
  };
  return [
    ...builtIn.map((rule) => row(rule, enabledByPreset(rule, config.preset), false)),
    ...customRulesOf(config).map((rule) => row(rule, true, true)),
  ];
}

function compactSetting(enabled: boolean, severity: Severity | null, row: Pick<RuleRow, 'presetEnabled'>): RuleSetting | undefined {
  const sameSwitch = enabled === row.presetEnabled;
  if (severity === null) return sameSwitch ? undefined : enabled ? 'on' : 'off';
  return sameSwitch ? { severity } : { enabled, severity };
}

/** `config` with one rule's switch and severity override set; unchanged keys are kept as they were. */
export function withRuleSetting(config: EngineConfig, row: RuleRow, change: { enabled?: boolean; severity?: Severity | null }): EngineConfig {
  const enabled = change.enabled ?? row.enabled;
  const wanted = change.severity === undefined ? row.severityOverride : change.severity;
  const severity = wanted === row.defaultSeverity ? null : wanted;
  const setting = compactSetting(enabled, severity, row);
  const rules = { ...config.rules };
  if (setting === undefined) delete rules[row.id];
  else rules[row.id] = setting;
  const next: EngineConfig = { ...config, rules };
  if (Object.keys(rules).length === 0) delete next.rules;
  return next;
}

/**
 * `config` under another preset. Switches the user set by hand stay as they are, expressed against
 * the new preset (a rule switched off stays off); severity overrides stay too.
 */
export function withPreset(config: EngineConfig, preset: NonNullable<EngineConfig['preset']>, builtIn: readonly Rule[]): EngineConfig {
  const before = ruleRows(builtIn, config);
  let next: EngineConfig = { ...config, preset };
  if (preset === 'default') delete next.preset;
  const after = new Map(ruleRows(builtIn, next).map((r) => [r.id, r]));
  const rules: Record<string, RuleSetting> = {};
  for (const old of before) {
    if (config.rules?.[old.id] === undefined) continue;
    const setting = compactSetting(old.enabled, old.severityOverride, after.get(old.id)!);
    if (setting !== undefined) rules[old.id] = setting;
  }
  next = { ...next, rules };
  if (Object.keys(rules).length === 0) delete next.rules;
  return next;
}

/** `config` with every per-rule setting removed (the preset alone decides again). */
export function withoutRuleSettings(config: EngineConfig): EngineConfig {
  const { rules: _dropped, ...rest } = config;
  return rest;
}

export function withMinConfidence(config: EngineConfig, minConfidence: Confidence): EngineConfig {
  const next: EngineConfig = { ...config, minConfidence };
  if (minConfidence === 'low') delete next.minConfidence;
  return next;
}
