/** The rubric sentence of a scenario: what a compliant reply does, in the words of the rule's rationale. */
import { RULES } from '../rules';
import { MANUAL_RULE } from './schema';

const RATIONALES = new Map(RULES.map((rule) => [rule.id, rule.rationale]));

export interface RubricSubject {
  rule: string;
  /** The rule title (or the section title for a manual flag). */
  title: string;
  specTitle: string;
}

/**
 * A built-in rule's rationale is already one sentence saying what the spec asks of a reply. A custom
 * rule or a manual flag has no rationale, so the sentence is built from the Model Spec section.
 */
export function rubricFor({ rule, title, specTitle }: RubricSubject): string {
  const rationale = RATIONALES.get(rule);
  if (rationale) return rationale;
  if (rule === MANUAL_RULE) return `The reply follows the Model Spec section "${specTitle}".`;
  return `The reply follows the Model Spec section "${specTitle}" and does not show this problem: ${title}.`;
}
