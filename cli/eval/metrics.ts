/** Precision, recall and false-positive figures of the engine against labelled replies. */
import { severityRank } from '../../engine/config';
import type { Severity } from '../../engine/types';
import type { Label } from './labelled';

/** What the evaluation keeps of one reply: its labels and which rules fired at what severity. */
export interface ScoredReply {
  label: Label;
  section: string;
  violatedTopLevel: string | null;
  findings: ReadonlyArray<{ ruleId: string; severity: Severity; section: string }>;
}

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface Scores extends Confusion {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositiveRate: number | null;
}

export interface Share {
  count: number;
  total: number;
  share: number | null;
}

export interface SectionScores {
  section: string;
  compliant: number;
  violations: number;
  /** At the headline threshold (--min-severity). */
  scores: Scores;
  /** Violations with a finding (any severity) from a rule of the violated top-level section. */
  inViolatedSection: Share;
}

export interface RuleScores {
  ruleId: string;
  section: string;
  severity: Severity;
  firesOnCompliant: number;
  firesOnViolation: number;
  firesInViolatedSection: number;
  precision: number | null;
}

export interface RuleInfo {
  id: string;
  section: string;
  severity: Severity;
}

export function isFlagged(reply: ScoredReply, minSeverity: Severity): boolean {
  const min = severityRank(minSeverity);
  return reply.findings.some((f) => severityRank(f.severity) >= min);
}

export function hitsViolatedSection(reply: ScoredReply, minSeverity: Severity = 'info'): boolean {
  const min = severityRank(minSeverity);
  return reply.violatedTopLevel !== null && reply.findings.some((f) => f.section === reply.violatedTopLevel && severityRank(f.severity) >= min);
}

export function score(replies: readonly ScoredReply[], minSeverity: Severity): Scores {
  const c: Confusion = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  for (const reply of replies) {
    const flagged = isFlagged(reply, minSeverity);
    if (reply.label === 'violation') flagged ? c.truePositives++ : c.falseNegatives++;
    else flagged ? c.falsePositives++ : c.trueNegatives++;
  }
  const precision = divide(c.truePositives, c.truePositives + c.falsePositives);
  const recall = divide(c.truePositives, c.truePositives + c.falseNegatives);
  const f1 = divide(2 * c.truePositives, 2 * c.truePositives + c.falsePositives + c.falseNegatives);
  return { ...c, precision, recall, f1, falsePositiveRate: divide(c.falsePositives, c.falsePositives + c.trueNegatives) };
}

export function share(replies: readonly ScoredReply[], predicate: (r: ScoredReply) => boolean): Share {
  const count = replies.filter(predicate).length;
  return { count, total: replies.length, share: divide(count, replies.length) };
}

export function scoreSections(replies: readonly ScoredReply[], sectionOrder: readonly string[], minSeverity: Severity): SectionScores[] {
  const sections = [...sectionOrder, ...new Set(replies.map((r) => r.section).filter((s) => !sectionOrder.includes(s)))];
  return sections
    .map((section) => {
      const inSection = replies.filter((r) => r.section === section);
      const violations = inSection.filter((r) => r.label === 'violation');
      return {
        section,
        compliant: inSection.length - violations.length,
        violations: violations.length,
        scores: score(inSection, minSeverity),
        inViolatedSection: share(violations, (r) => hitsViolatedSection(r)),
      };
    })
    .filter((s) => s.compliant + s.violations > 0);
}

export function scoreRules(replies: readonly ScoredReply[], rules: readonly RuleInfo[]): RuleScores[] {
  return rules.map((rule) => {
    let firesOnCompliant = 0;
    let firesOnViolation = 0;
    let firesInViolatedSection = 0;
    for (const reply of replies) {
      if (!reply.findings.some((f) => f.ruleId === rule.id)) continue;
      if (reply.label === 'compliant') firesOnCompliant++;
      else {
        firesOnViolation++;
        if (reply.violatedTopLevel === rule.section) firesInViolatedSection++;
      }
    }
    return {
      ruleId: rule.id,
      section: rule.section,
      severity: rule.severity,
      firesOnCompliant,
      firesOnViolation,
      firesInViolatedSection,
      precision: divide(firesOnViolation, firesOnViolation + firesOnCompliant),
    };
  });
}

function divide(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
