/** Declarative custom rules: JSON specs, their validation, and their compilation into engine rules. */
export { compileCustomRule, phraseRegex, MAX_CUSTOM_HITS } from './compile';
export { compileUserPattern, type RegexSafetyCheck, type RegexSafetyVerdict } from './regex-safety';
export { CustomRuleSchema, CUSTOM_RULE_KINDS, CUSTOM_RULE_SCOPES, ALLOWED_PATTERN_FLAGS, type CustomRuleSpec } from './schema';
export { customRulesProblems, MAX_CUSTOM_RULES, type CustomRuleCheckOptions } from './validate';
