/** Confirm, dismiss or mark a finding unsure (pressing the chosen verdict again withdraws it), and a note. */
import { useState } from 'preact/hooks';
import type { Verdict } from '../../storage/records';
import type { ReviewState } from './types';

const VERDICT_LABELS: Record<Verdict, string> = { confirmed: 'Confirm', dismissed: 'Dismiss', unsure: 'Unsure' };
const VERDICT_DONE: Record<Verdict, string> = { confirmed: 'Confirmed', dismissed: 'Dismissed', unsure: 'Marked unsure' };
const VERDICT_ORDER: readonly Verdict[] = ['confirmed', 'dismissed', 'unsure'];

export interface ReviewControlsProps {
  findingId: string;
  title: string;
  review: ReviewState;
  disabled: boolean;
  onReview(verdict: Verdict | null, note: string): Promise<string | null>;
}

export function ReviewControls({ findingId, title, review, disabled, onReview }: ReviewControlsProps) {
  const [note, setNote] = useState(review.note);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const noteId = `sl-note-${findingId}`;

  const save = async (verdict: Verdict | null, text: string, done: string) => {
    setBusy(true);
    setStatus(null);
    const error = await onReview(verdict, text);
    setBusy(false);
    setStatus(error ? { kind: 'error', text: error } : { kind: 'ok', text: done });
  };

  return (
    <div class="sl-review">
      <div class="sl-verdicts" role="group" aria-label={`Your verdict on “${title}”`}>
        {VERDICT_ORDER.map((verdict) => {
          const pressed = review.verdict === verdict;
          return (
            <button
              key={verdict}
              type="button"
              class={`sl-verdict sl-verdict--${verdict}`}
              aria-pressed={pressed}
              disabled={disabled || busy}
              onClick={() => save(pressed ? null : verdict, note, pressed ? 'Verdict withdrawn' : VERDICT_DONE[verdict])}
            >
              {VERDICT_LABELS[verdict]}
            </button>
          );
        })}
      </div>
      <label class="sl-note-label" for={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        class="sl-note"
        rows={2}
        maxLength={10_000}
        value={note}
        disabled={disabled}
        placeholder="Why? (optional)"
        onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="sl-review-footer">
        <button
          type="button"
          class="sl-secondary"
          disabled={disabled || busy || note === review.note}
          onClick={() => save(review.verdict ?? 'unsure', note, review.verdict ? 'Note saved' : 'Note saved (marked unsure)')}
        >
          Save note
        </button>
        <span class={`sl-status${status?.kind === 'error' ? ' sl-status--error' : ''}`} role="status" aria-live="polite">
          {status?.text ?? ''}
        </span>
      </div>
    </div>
  );
}
