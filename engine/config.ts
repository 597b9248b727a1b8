/**
 * Engine configuration: a plain JSON object (the CLI reads it with --config, the extension stores it).
 *
 *   { "preset": "default" | "strict" | "minimal",
 *     "rules": { "<rule-id>": "on" | "off" | { "enabled": bool, "severity": "..." } },
 *     "minConfidence": "low" | "medium" | "high",
 *     "customRules": [ ...declarative rules, see custom-rules/schema.ts ] }
 *
 * Resolution order: the preset picks the built-in rules that start on (see presets.ts); custom rules
 * start on in every preset; per-rule settings apply on top (to built-in and custom rules alike);
 * the minimum confidence applies last.
 */
import * as v from 'valibot';
import { compileCustomRule } from './custom-rules/compile';
import type { RegexSafetyCheck } from './custom-rules/regex-safety';
import { keyMessage, type CustomRuleSpec } from './custom-rules/schema';
import { customRulesProblems } from './custom-rules/validate';
import { enabledByPreset, PRESETS, type Preset } from './presets';
import type { Rule } from './rule';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from './types';

export type RuleSetting = 'on' | 'off' | { enabled?: boolean; severity?: Severity };

export interface EngineConfig {
  /** Which built-in rules start switched on. Default: 'default'. */
  preset?: Preset;
  /** Per-rule switches and severity overrides, by rule id (built-in or custom). */
  rules?: Record<string, RuleSetting>;
  /** Findings whose confidence is below this are dropped. Default: 'low' (report everything). */
  minConfidence?: Confidence;
  /** The user's own declarative rules, run after the built-in ones. */
  customRules?: CustomRuleSpec[];
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

// Compiled once per customRules array, so analyze() on many exchanges with one config compiles once.
const compiledCustomRules = new WeakMap<readonly CustomRuleSpec[], Rule[]>();

/** The config's custom rules as engine rules (compiled on first use of that config). */
export function customRulesOf(config: EngineConfig): Rule[] {
  const specs = config.customRules;
  if (!specs || specs.length === 0) return [];
  let rules = compiledCustomRules.get(specs);
  if (!rules) {
    rules = specs.map(compileCustomRule);
    compiledCustomRules.set(specs, rules);
  }
  return rules;
}

function applySetting(setting: RuleSetting | undefined, enabled: boolean, severity: Severity): [boolean, Severity] {
  if (setting === 'on') return [true, severity];
  if (setting === 'off') return [false, severity];
  if (!setting) return [enabled, severity];
  return [setting.enabled ?? enabled, setting.severity ?? severity];
}

/** The rules that run under `config`, with their effective severity: built-in rules in registry order, then custom rules. */
export function resolveRules(rules: readonly Rule[], config: EngineConfig = {}): ResolvedRule[] {
  const min = confidenceRank(config.minConfidence ?? 'low');
  const out: ResolvedRule[] = [];
  const consider = (rule: Rule, startsOn: boolean) => {
    const [enabled, severity] = applySetting(config.rules?.[rule.id], startsOn, rule.severity);
    if (enabled && confidenceRank(rule.confidence) >= min) out.push({ rule, severity });
  };
  for (const rule of rules) consider(rule, enabledByPreset(rule, config.preset));
  for (const rule of customRulesOf(config)) consider(rule, true);
  return out;
}

export interface ValidateConfigOptions {
  /** Rejects custom regexes that can backtrack catastrophically; see custom-rules/regex-safety.ts. */
  checkRegex?: RegexSafetyCheck;
}

const CONFIG_KEYS = ['preset', 'rules', 'minConfidence', 'customRules'];
const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const PresetSchema = v.picklist(PRESETS, oneOf(PRESETS));
const ConfidenceSchema = v.picklist(CONFIDENCES, oneOf(CONFIDENCES));
const RuleSettingObjectSchema = v.strictObject(
  {
    enabled: v.optional(v.boolean('must be true or false')),
    severity: v.optional(v.picklist(SEVERITIES, oneOf(SEVERITIES))),
  },
  keyMessage,
);

/** Problems of `value` against `schema`, each naming its path from `path`. */
function problemsAt(schema: v.GenericSchema, value: unknown, path: string): string[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const sub = v.getDotPath(issue);
    return sub ? `${path}.${sub} ${issue.message}` : `${path} ${issue.message}`;
  });
}

function ruleSettingProblems(id: string, setting: unknown): string[] {
  if (setting === 'on' || setting === 'off') return [];
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
    return [`rules.${id} must be "on", "off" or { enabled, severity }`];
  }
  return problemsAt(RuleSettingObjectSchema, setting, `rules.${id}`);
}

/**
 * Check a config object coming from a user; returns readable problems, each naming its path
 * (empty when fine). `knownRuleIds` are the built-in rule ids; settings may also name the
 * config's own custom rules.
 */
export function validateConfig(value: unknown, knownRuleIds: ReadonlySet<string>, options: ValidateConfigOptions = {}): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the config must be a JSON object'];
  const cfg = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(cfg)) {
    if (!CONFIG_KEYS.includes(key)) problems.push(`unknown config key "${key}"`);
  }
  if (cfg.preset !== undefined) problems.push(...problemsAt(PresetSchema, cfg.preset, 'preset'));
  if (cfg.minConfidence !== undefined) problems.push(...problemsAt(ConfidenceSchema, cfg.minConfidence, 'minConfidence'));
  const customIds = new Set<string>();
  if (cfg.customRules !== undefined) {
    problems.push(...customRulesProblems(cfg.customRules, { builtInIds: knownRuleIds, checkRegex: options.checkRegex }));
    if (Array.isArray(cfg.customRules)) {
      for (const item of cfg.customRules) {
        const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
        if (typeof id === 'string') customIds.add(id);
      }
    }
  }
  if (cfg.rules !== undefined) {
    if (typeof cfg.rules !== 'object' || cfg.rules === null || Array.isArray(cfg.rules)) {
      problems.push('rules must be an object of rule id to setting');
    } else {
      for (const [id, setting] of Object.entries(cfg.rules)) {
        if (!knownRuleIds.has(id) && !customIds.has(id)) problems.push(`rules: unknown rule "${id}"`);
        problems.push(...ruleSettingProblems(id, setting));
      }
    }
  }
  return problems;
}
