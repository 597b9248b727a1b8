/** Readable problems with a list of custom rule specs: shape, ids, spec anchors, and every regex. */
import * as v from 'valibot';
import { specSection } from '../spec';
import { compileUserPattern, type RegexSafetyCheck } from './regex-safety';
import { CustomRuleSchema, type CustomMatcher, type CustomRuleSpec } from './schema';

export const MAX_CUSTOM_RULES = 200;

export interface CustomRuleCheckOptions {
  /** Ids of the built-in rules, which custom rules may not reuse. */
  builtInIds: ReadonlySet<string>;
  /** The catastrophic-backtracking check; without it only syntax and flags are checked. */
  checkRegex?: RegexSafetyCheck;
}

function describe(index: number, item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `customRules[${index}] (${id})` : `customRules[${index}]`;
}

function schemaProblems(label: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${label}.${path} ${issue.message}` : `${label} ${issue.message}`;
  });
}

function matcherProblems(label: string, matcher: CustomMatcher, options: CustomRuleCheckOptions): string[] {
  const problems: string[] = [];
  if ((matcher.phrases?.length ?? 0) + (matcher.patterns?.length ?? 0) === 0) {
    problems.push(`${label} needs at least one entry in phrases or patterns`);
  }
  const flags = matcher.flags ?? 'i';
  (matcher.patterns ?? []).forEach((source, j) => {
    const where = `${label}.patterns[${j}] /${source}/${flags}`;
    const compiled = compileUserPattern(source, flags);
    if (typeof compiled === 'string') {
      problems.push(`${where} is not a valid regular expression: ${compiled}`);
      return;
    }
    const verdict = options.checkRegex?.(source, flags);
    if (verdict && !verdict.safe) problems.push(`${where} is rejected: it ${verdict.reason}`);
  });
  return problems;
}

function ruleProblems(label: string, rule: CustomRuleSpec, options: CustomRuleCheckOptions): string[] {
  const problems: string[] = [];
  if (options.builtInIds.has(rule.id)) problems.push(`${label}.id "${rule.id}" is the id of a built-in rule; choose another`);
  if (!specSection(rule.spec)) problems.push(`${label}.spec "${rule.spec}" is not a Model Spec anchor`);
  problems.push(...matcherProblems(label, rule, options));
  if (rule.kind === 'conditional') problems.push(...matcherProblems(`${label}.when`, rule.when, options));
  if (rule.kind === 'occurrence') {
    if (rule.min === undefined && rule.max === undefined) problems.push(`${label} (occurrence) needs min, max or both`);
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) problems.push(`${label}.min must not be greater than max`);
  }
  return problems;
}

/** Problems with `value` as the `customRules` list of a config; empty when every rule is usable. */
export function customRulesProblems(value: unknown, options: CustomRuleCheckOptions): string[] {
  if (!Array.isArray(value)) return ['customRules must be an array of rule objects'];
  if (value.length > MAX_CUSTOM_RULES) return [`customRules must have at most ${MAX_CUSTOM_RULES} rules`];
  const problems: string[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const label = describe(index, item);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(`${label} must be an object`);
      return;
    }
    const parsed = v.safeParse(CustomRuleSchema, item);
    if (!parsed.success) {
      problems.push(...schemaProblems(label, parsed.issues));
      return;
    }
    if (seen.has(parsed.output.id)) problems.push(`${label}.id "${parsed.output.id}" is used by an earlier custom rule`);
    seen.add(parsed.output.id);
    problems.push(...ruleProblems(label, parsed.output, options));
  });
  return problems;
}

