/**
 * One finding with its whole exchange: every turn, the evidence marked in the text (rendered as text
 * only), the other findings on the same reply, and review controls. Esc closes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SeverityBadge } from '../SeverityBadge';
import { specRef } from '../../engine/spec';
import type { ExchangeDetail } from '../../storage/exchanges-repo';
import type { StorageError } from '../../storage/errors';
import { VERDICTS, type AnnotationRecord, type FindingRecord, type ReviewRecord, type Verdict } from '../../storage/records';
import type { Turn } from '../../engine/types';
import type { DataRequester } from './data';
import { segmentText, type Mark } from './evidence';
import { formatDateTime, modelLabel, sectionLabel, siteLabel, VERDICT_LABELS } from './labels';

export interface DetailViewProps {
  request: DataRequester;
  finding: FindingRecord;
  onClose(): void;
  /** After a review was saved, so the list shows the new verdict. */
  onReviewed(): void;
}

type Load = { kind: 'loading' } | { kind: 'error'; error: StorageError } | { kind: 'ready'; detail: ExchangeDetail };

const ROLE_LABELS: Record<Turn['role'], string> = { user: 'User', assistant: 'Assistant', system: 'System', developer: 'Developer', tool: 'Tool' };

export function DetailView({ request, finding, onClose, onReviewed }: DetailViewProps) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setLoad((l) => (l.kind === 'ready' && l.detail.exchange.id === finding.exchangeId ? l : { kind: 'loading' }));
    void request({ type: 'speclens/data/get-exchange', exchangeId: finding.exchangeId }).then((r) => {
      if (live) setLoad(r.ok ? { kind: 'ready', detail: r.value } : { kind: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [request, finding.exchangeId, reloads]);

  useEffect(() => heading.current?.focus(), [finding.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside class="dash-detail" aria-labelledby="detail-title">
      <header class="dash-detail__head">
        <div class="dash-detail__titles">
          <h2 id="detail-title" class="dash-detail__title" tabIndex={-1} ref={heading}>
            {finding.title}
          </h2>
          <p class="dash-detail__meta">
            <SeverityBadge severity={finding.severity} /> <span class={`dash-conf--${finding.confidence}`}>{finding.confidence} confidence</span> ·{' '}
            <a href={finding.spec.url} target="_blank" rel="noreferrer noopener">
              {finding.spec.title}
            </a>{' '}
            <span class="dash-muted">({sectionLabel(finding.section)})</span>
          </p>
        </div>
        <button type="button" class="dash-btn dash-btn--ghost dash-detail__close" onClick={onClose} aria-label="Close the detail view (Esc)">
          ✕
        </button>
      </header>
      <p class="dash-detail__message">{finding.message}</p>
      {load.kind === 'loading' && <p class="dash-muted">Loading the conversation…</p>}
      {load.kind === 'error' && (
        <p class="sl-alert" role="alert">
          {load.error.message}
        </p>
      )}
      {load.kind === 'ready' && <Exchange detail={load.detail} focus={finding} request={request} onReviewed={() => (setReloads((n) => n + 1), onReviewed())} />}
    </aside>
  );
}

function Exchange({ detail, focus, request, onReviewed }: { detail: ExchangeDetail; focus: FindingRecord; request: DataRequester; onReviewed(): void }) {
  const { exchange, findings, reviews } = detail;
  const reviewOf = new Map(reviews.map((r) => [r.findingId, r]));
  const marksByTurn = new Map<string, Mark[]>();
  for (const f of findings) {
    for (const span of f.evidence) {
      const list = marksByTurn.get(span.turnId) ?? [];
      list.push({ start: span.start, end: span.end, primary: f.id === focus.id });
      marksByTurn.set(span.turnId, list);
    }
  }
  return (
    <>
      <dl class="dash-detail__facts">
        <div>
          <dt>Site</dt>
          <dd>{siteLabel(exchange.site)}</dd>
        </div>
        <div>
          <dt>Model</dt>
          <dd>{modelLabel(exchange.model)}</dd>
        </div>
        <div>
          <dt>Captured</dt>
          <dd>{formatDateTime(exchange.capturedAt)}</dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>
            {exchange.version} of {detail.versions.length}
          </dd>
        </div>
        {exchange.url && (
          <div class="dash-detail__url">
            <dt>Page</dt>
            <dd>{exchange.url}</dd>
          </div>
        )}
      </dl>
      {exchange.redacted && <p class="sl-note">Personal data was masked before this conversation was stored.</p>}
      <h3 class="dash-detail__sub">Conversation</h3>
      <ol class="dash-turns">
        {exchange.turns.map((turn) => (
          <li key={turn.id} class={`dash-turn dash-turn--${turn.role}${turn.id === exchange.replyTurnId ? ' dash-turn--judged' : ''}`}>
            <span class="dash-turn__role">
              {ROLE_LABELS[turn.role] ?? turn.role}
              {turn.id === exchange.replyTurnId ? ' · judged reply' : ''}
            </span>
            <p class="dash-turn__text">
              {segmentText(turn.text, marksByTurn.get(turn.id) ?? []).map((s, i) =>
                s.mark ? (
                  <mark key={i} class={`dash-mark dash-mark--${s.mark}`}>
                    {s.text}
                  </mark>
                ) : (
                  s.text
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
      <h3 class="dash-detail__sub">Findings on this reply ({findings.length})</h3>
      <ul class="dash-review-list">
        {findings.map((f) => (
          <li key={f.id} class={`dash-review${f.id === focus.id ? ' is-focus' : ''}`}>
            <div class="dash-review__head">
              <SeverityBadge severity={f.severity} />
              <span class="dash-review__title">{f.title}</span>
            </div>
            <p class="dash-review__message">{f.message}</p>
            {f.evidence.length > 0 && (
              <ul class="dash-quotes">
                {f.evidence.map((e, i) => (
                  <li key={i}>
                    <q>{e.quote}</q>
                  </li>
                ))}
              </ul>
            )}
            <ReviewControls finding={f} review={reviewOf.get(f.id) ?? null} request={request} onSaved={onReviewed} />
          </li>
        ))}
      </ul>
      {detail.annotations.length > 0 && <Flags annotations={detail.annotations} />}
    </>
  );
}

/** What the user flagged on this reply themselves ("Flag something SpecLens missed"), newest first. */
function Flags({ annotations }: { annotations: AnnotationRecord[] }) {
  const newestFirst = [...annotations].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <>
      <h3 class="dash-detail__sub">Your flags on this reply ({annotations.length})</h3>
      <ul class="dash-review-list" data-testid="detail-flags">
        {newestFirst.map((a) => {
          const spec = specRef(a.specAnchor);
          return (
            <li key={a.id} class="dash-review dash-flag">
              <div class="dash-review__head">
                <span class="dash-flag__label">Flag</span>
                <a class="dash-review__title" href={spec.url} target="_blank" rel="noreferrer noopener">
                  {spec.title}
                </a>
                <span class="dash-muted">({sectionLabel(a.section)})</span>
              </div>
              {a.span ? (
                <ul class="dash-quotes">
                  <li>
                    <q>{a.span.quote}</q>
                  </li>
                </ul>
              ) : (
                <p class="dash-muted">On the whole reply</p>
              )}
              {a.note && <p class="dash-review__message">{a.note}</p>}
              <p class="dash-muted dash-flag__when">Flagged {formatDateTime(a.createdAt)}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function ReviewControls({ finding, review, request, onSaved }: { finding: FindingRecord; review: ReviewRecord | null; request: DataRequester; onSaved(): void }) {
  const [note, setNote] = useState(review?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setNote(review?.note ?? ''), [review?.note]);

  const save = async (verdict: Verdict | null) => {
    setBusy(true);
    setError(null);
    const r = await request({ type: 'speclens/data/set-reviews', changes: [{ findingId: finding.id, verdict, ...(verdict ? { note } : {}) }] });
    setBusy(false);
    if (r.ok) onSaved();
    else setError(r.error.message);
  };

  const current = review?.verdict ?? null;
  return (
    <div class="dash-review__controls">
      <div class="dash-verdicts" role="group" aria-label={`Verdict for ${finding.title}`}>
        {VERDICTS.map((v) => (
          <button key={v} type="button" class={`dash-btn dash-btn--verdict dash-btn--${v}`} aria-pressed={current === v} disabled={busy} onClick={() => save(v)}>
            {VERDICT_LABELS[v]}
          </button>
        ))}
        {current && (
          <button type="button" class="dash-btn dash-btn--ghost" disabled={busy} onClick={() => save(null)}>
            Clear
          </button>
        )}
      </div>
      <label class="dash-note">
        <span class="sl-visually-hidden">Note on {finding.title}</span>
        <textarea
          class="dash-input dash-note__input"
          rows={2}
          maxLength={2000}
          placeholder="Note (saved with the verdict)"
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="sl-alert" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
