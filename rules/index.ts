/** The explicit rule registry, sorted by id. A rule that is not listed here does not run. */
import type { Rule } from '../engine/rule';
import noAiBoilerplate from './style/no-ai-boilerplate';
import excessiveDisclaimers from './style/excessive-disclaimers';
import falseActionClaim from './seek_truth/false-action-claim';
import noPreachyRefusal from './style/no-preachy-refusal';
import statedNumericConfidence from './seek_truth/stated-numeric-confidence';
import sycophanticOpener from './seek_truth/sycophantic-opener';

export const RULES: readonly Rule[] = [
  noAiBoilerplate,
  excessiveDisclaimers,
  falseActionClaim,
  noPreachyRefusal,
  statedNumericConfidence,
  sycophanticOpener,
].sort((a, b) => a.id.localeCompare(b.id));

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
