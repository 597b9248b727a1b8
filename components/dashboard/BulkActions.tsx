/** Confirm, dismiss or mark unsure many findings at once: the selected ones, or every one the filters match. */
import { useState } from 'preact/hooks';
import type { FindingFilters } from '../../storage/finding-catalog';
import type { Verdict } from '../../storage/records';
import type { DataRequester } from './data';
import { plural } from './labels';

export interface BulkActionsProps {
  request: DataRequester;
  selectedIds: readonly string[];
  filters: FindingFilters;
  total: number;
  onDone(message: string): void;
  onClearSelection(): void;
}

const ACTIONS: { verdict: Verdict | null; label: string; done: string }[] = [
  { verdict: 'confirmed', label: 'Confirm', done: 'confirmed' },
  { verdict: 'dismissed', label: 'Dismiss', done: 'dismissed' },
  { verdict: 'unsure', label: 'Unsure', done: 'marked unsure' },
  { verdict: null, label: 'Clear verdict', done: 'set back to unreviewed' },
];

export function BulkActions({ request, selectedIds, filters, total, onDone, onClearSelection }: BulkActionsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const useSelection = selectedIds.length > 0;
  const target = useSelection ? plural(selectedIds.length, 'selected finding') : `all ${plural(total, 'finding')} shown`;

  const apply = async (verdict: Verdict | null, done: string) => {
    if (!useSelection && total > 100 && !globalThis.confirm?.(`Give a verdict to all ${total.toLocaleString('en-US')} findings the filters show?`)) return;
    setBusy(true);
    setError(null);
    const r = useSelection
      ? await request({ type: 'speclens/data/set-reviews', changes: selectedIds.map((findingId) => ({ findingId, verdict })) })
      : await request({ type: 'speclens/data/set-verdict-for-matching', filters, verdict });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    onDone(`${plural(r.value.updated.length, 'finding')} ${done}.`);
  };

  return (
    <div class="dash-bulk" role="group" aria-label="Review in bulk">
      <span class="dash-bulk__target">{target}:</span>
      {ACTIONS.map((a) => (
        <button key={a.label} type="button" class={`dash-btn${a.verdict ? ` dash-btn--${a.verdict}` : ' dash-btn--ghost'}`} disabled={busy || (!useSelection && total === 0)} onClick={() => apply(a.verdict, a.done)}>
          {a.label}
        </button>
      ))}
      {useSelection && (
        <button type="button" class="dash-btn dash-btn--ghost" onClick={onClearSelection}>
          Deselect
        </button>
      )}
      {error && (
        <p class="sl-alert" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
