/** Engine configuration: which rules run, at what severity, and the minimum confidence reported. */
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from './types';
import type { Rule } from './rule';

export type RuleSetting = 'on' | 'off' | { enabled?: boolean; severity?: Severity };

export interface EngineConfig {
  /** Per-rule switches and severity overrides, by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Findings whose confidence is below this are dropped. Default: 'low' (report everything). */
  minConfidence?: Confidence;
}

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
}

export function confidenceRank(c: Confidence): number {
  return CONFIDENCES.indexOf(c);
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** The rules that run under `config`, with their effective severity, in registry order. */
export function resolveRules(rules: readonly Rule[], config: EngineConfig = {}): ResolvedRule[] {
  const min = confidenceRank(config.minConfidence ?? 'low');
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.id];
    let enabled = rule.enabledByDefault !== false;
    let severity = rule.severity;
    if (setting === 'on') enabled = true;
    else if (setting === 'off') enabled = false;
    else if (setting) {
      if (setting.enabled !== undefined) enabled = setting.enabled;
      if (setting.severity) severity = setting.severity;
    }
    if (enabled && confidenceRank(rule.confidence) >= min) out.push({ rule, severity });
  }
  return out;
}

/** Check a config object coming from a user file; returns readable problems (empty when fine). */
export function validateConfig(value: unknown, knownRuleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the config must be a JSON object'];
  const cfg = value as Record<string, unknown>;
  for (const key of Object.keys(cfg)) {
    if (key !== 'rules' && key !== 'minConfidence') problems.push(`unknown config key "${key}"`);
  }
  if (cfg.minConfidence !== undefined && !CONFIDENCES.includes(cfg.minConfidence as Confidence)) {
    problems.push(`minConfidence must be one of ${CONFIDENCES.join(', ')}`);
  }
  if (cfg.rules !== undefined) {
    if (typeof cfg.rules !== 'object' || cfg.rules === null || Array.isArray(cfg.rules)) {
      problems.push('rules must be an object of rule id to setting');
    } else {
      for (const [id, setting] of Object.entries(cfg.rules)) {
        if (!knownRuleIds.has(id)) problems.push(`rules: unknown rule "${id}"`);
        if (setting === 'on' || setting === 'off') continue;
        if (typeof setting !== 'object' || setting === null) {
          problems.push(`rules.${id} must be "on", "off" or { enabled, severity }`);
          continue;
        }
        const s = setting as Record<string, unknown>;
        if (s.enabled !== undefined && typeof s.enabled !== 'boolean') problems.push(`rules.${id}.enabled must be true or false`);
        if (s.severity !== undefined && !SEVERITIES.includes(s.severity as Severity)) {
          problems.push(`rules.${id}.severity must be one of ${SEVERITIES.join(', ')}`);
        }
      }
    }
  }
  return problems;
}
