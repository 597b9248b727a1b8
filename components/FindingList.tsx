import { confidenceRank, severityRank } from '../engine/config';
import type { Finding } from '../engine/types';
import { FindingItem } from './FindingItem';

export interface FindingListProps {
  findings: readonly Finding[];
  turnLabels?: Readonly<Record<string, string>>;
  primaryTurnId?: string;
}

/** Most severe first; among equals, the more certain first; otherwise the engine's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityRank(b.finding.severity) - severityRank(a.finding.severity) ||
        confidenceRank(b.finding.confidence) - confidenceRank(a.finding.confidence) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export function FindingList({ findings, turnLabels, primaryTurnId }: FindingListProps) {
  if (findings.length === 0) {
    return <p class="sl-empty">No findings: nothing in this reply matched a rule.</p>;
  }
  return (
    <ol class="sl-findings">
      {sortFindings(findings).map((finding, i) => (
        <li key={`${finding.ruleId}:${finding.messageId}:${i}`}>
          <FindingItem finding={finding} turnLabels={turnLabels} primaryTurnId={primaryTurnId} />
        </li>
      ))}
    </ol>
  );
}
