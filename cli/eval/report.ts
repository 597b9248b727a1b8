/** The evaluation report: every figure `speclens eval` prints, as one plain object (also the --json output). */
import type { Severity } from '../../engine/types';
import { hitsViolatedSection, isFlagged, score, scoreRules, scoreSections, share, type RuleInfo, type RuleScores, type Scores, type ScoredReply, type SectionScores, type Share } from './metrics';

/** Targets of the project: few false alarms on compliant replies, and most violations caught in the right section. */
export const TARGETS = {
  compliantFlaggedMediumOrHigher: { severity: 'medium' as Severity, atMost: 0.1 },
  violationsInViolatedSection: { atLeast: 0.5 },
};

export interface Target extends Share {
  target: string;
  met: boolean;
}

export interface EvalReport {
  file: string;
  replies: number;
  compliant: number;
  violations: number;
  /** Input lines that could not be evaluated. */
  failedLines: number;
  minSeverity: Severity;
  /** A reply is flagged when it has a finding at --min-severity or higher. */
  overall: Scores;
  /** The same with every finding counted, whatever its severity. */
  overallAnySeverity: Scores;
  targets: {
    compliantFlaggedMediumOrHigher: Target;
    violationsInViolatedSection: Target;
    /** The same share counting only findings at --min-severity or higher (for information). */
    violationsInViolatedSectionAtMinSeverity: Share;
  };
  sections: SectionScores[];
  rules: RuleScores[];
}

export function buildReport(input: {
  file: string;
  replies: readonly ScoredReply[];
  failedLines: number;
  minSeverity: Severity;
  sectionOrder: readonly string[];
  rules: readonly RuleInfo[];
}): EvalReport {
  const { replies, minSeverity } = input;
  const compliant = replies.filter((r) => r.label === 'compliant');
  const violations = replies.filter((r) => r.label === 'violation');
  const fpTarget = TARGETS.compliantFlaggedMediumOrHigher;
  const falseAlarms = share(compliant, (r) => isFlagged(r, fpTarget.severity));
  const inSection = share(violations, (r) => hitsViolatedSection(r));
  return {
    file: input.file,
    replies: replies.length,
    compliant: compliant.length,
    violations: violations.length,
    failedLines: input.failedLines,
    minSeverity,
    overall: score(replies, minSeverity),
    overallAnySeverity: score(replies, 'info'),
    targets: {
      compliantFlaggedMediumOrHigher: {
        ...falseAlarms,
        target: `<= ${fpTarget.atMost * 100}%`,
        met: falseAlarms.share !== null && falseAlarms.share <= fpTarget.atMost,
      },
      violationsInViolatedSection: {
        ...inSection,
        target: `>= ${TARGETS.violationsInViolatedSection.atLeast * 100}%`,
        met: inSection.share !== null && inSection.share >= TARGETS.violationsInViolatedSection.atLeast,
      },
      violationsInViolatedSectionAtMinSeverity: share(violations, (r) => hitsViolatedSection(r, minSeverity)),
    },
    sections: scoreSections(replies, input.sectionOrder, minSeverity),
    rules: scoreRules(replies, input.rules),
  };
}
