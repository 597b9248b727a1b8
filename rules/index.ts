/** The explicit rule registry, sorted by id. A rule that is not listed here does not run. */
import type { Rule } from '../engine/rule';
import noAiBoilerplate from './style/no-ai-boilerplate';

export const RULES: readonly Rule[] = [noAiBoilerplate].sort((a, b) => a.id.localeCompare(b.id));

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
