/** The compact badge beside a reply: finding counts by severity, or a quiet check mark when clean. */
import type { Ref } from 'preact';
import type { FindingRecord } from '../../storage/records';
import { SEVERITY_ORDER } from './types';

export interface ReplyBadgeProps {
  findings: readonly FindingRecord[];
  /** Shown while the background analyses the reply. */
  pending?: boolean;
  /** The findings were shown but not saved (a full disk): the badge says so instead of a quiet success. */
  unsaved?: boolean;
  open: boolean;
  panelId: string;
  onToggle(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function severityCounts(findings: readonly FindingRecord[]): { severity: (typeof SEVERITY_ORDER)[number]; count: number }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length })).filter((c) => c.count > 0);
}

export function badgeLabel(findings: readonly FindingRecord[]): string {
  if (findings.length === 0) return 'SpecLens: no findings for this reply';
  const parts = severityCounts(findings).map((c) => `${c.count} ${c.severity}`);
  return `SpecLens: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}

export const PENDING_LABEL = 'SpecLens is checking this reply';
export const UNSAVED_SUFFIX = ', shown but not saved';

export function ReplyBadge({ findings, pending = false, unsaved = false, open, panelId, onToggle, buttonRef }: ReplyBadgeProps) {
  const clean = findings.length === 0;
  const label = `${badgeLabel(findings)}${unsaved ? UNSAVED_SUFFIX : ''}`;
  if (pending) {
    return (
      <button type="button" ref={buttonRef} class="sl-badge-button sl-badge-button--pending" aria-busy="true" aria-label={PENDING_LABEL} title={PENDING_LABEL} disabled>
        <span class="sl-badge-logo" aria-hidden="true">
          SL
        </span>
        <span class="sl-spinner" aria-hidden="true" />
      </button>
    );
  }
  return (
    <button
      type="button"
      ref={buttonRef}
      class={`sl-badge-button${clean ? ' sl-badge-button--clean' : ''}${unsaved ? ' sl-badge-button--unsaved' : ''}`}
      aria-expanded={open}
      aria-controls={panelId}
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <span class="sl-badge-logo" aria-hidden="true">
        SL
      </span>
      {clean ? (
        <span class="sl-badge-check" aria-hidden="true">
          ✓
        </span>
      ) : (
        severityCounts(findings).map((c) => (
          <span key={c.severity} class={`sl-count sl-count--${c.severity}`} aria-hidden="true">
            {c.count}
          </span>
        ))
      )}
      {unsaved ? (
        <span class="sl-badge-unsaved" aria-hidden="true">
          not saved
        </span>
      ) : null}
    </button>
  );
}
