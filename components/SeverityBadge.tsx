import type { Severity } from '../engine/types';

const LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span class={`sl-badge sl-badge--${severity}`}>{LABELS[severity] ?? severity}</span>;
}
