/**
 * The three rule presets. A preset only decides which built-in rules start switched on; per-rule
 * settings in the config apply on top of it and the minimum confidence applies last.
 *
 * - `default`: every rule as it ships (`enabledByDefault`, which is true unless a rule says otherwise).
 * - `strict`: every rule, including the low-confidence ones that are off by default.
 * - `minimal`: the rules that are on by default AND either have confidence `high` or severity
 *   `high`/`critical` (judged on the rule's own severity, before any override). It is a subset of
 *   `default`: a rule too imprecise to be on by default does not come back because it is severe.
 */
import type { Rule } from './rule';
import { SEVERITIES, type Severity } from './types';

export const PRESETS = ['default', 'strict', 'minimal'] as const;
export type Preset = (typeof PRESETS)[number];

const MINIMAL_SEVERITY_FLOOR = SEVERITIES.indexOf('high');

function severeEnough(severity: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= MINIMAL_SEVERITY_FLOOR;
}

/** Whether `rule` is switched on by `preset` before any per-rule setting. */
export function enabledByPreset(rule: Pick<Rule, 'enabledByDefault' | 'confidence' | 'severity'>, preset: Preset = 'default'): boolean {
  const onByDefault = rule.enabledByDefault !== false;
  switch (preset) {
    case 'strict':
      return true;
    case 'minimal':
      return onByDefault && (rule.confidence === 'high' || severeEnough(rule.severity));
    case 'default':
      return onByDefault;
  }
}
