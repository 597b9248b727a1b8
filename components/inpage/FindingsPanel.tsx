/** The panel a badge opens: each finding with its evidence, spec link and review controls, then the manual flag form. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FindingRecord } from '../../storage/records';
import { AnnotationForm, AnnotationList } from './AnnotationForm';
import { EvidenceQuote } from './EvidenceQuote';
import { ReviewControls } from './ReviewControls';
import type { ReplyActions, ReplyView } from './types';
import { SEVERITY_ORDER } from './types';

export interface FindingsPanelProps {
  id: string;
  view: ReplyView;
  actions: ReplyActions;
  onClose(): void;
}

const SEVERITY_LABEL: Record<string, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

function FindingCard({ finding, view, actions }: { finding: FindingRecord; view: ReplyView; actions: ReplyActions }) {
  const [missing, setMissing] = useState(false);
  const review = view.reviews[finding.id] ?? { verdict: null, note: '' };
  const show = () => setMissing(!actions.showEvidence(finding.id));
  return (
    <li class={`sl-finding sl-finding--${finding.severity}`} data-finding-id={finding.id} data-verdict={review.verdict ?? 'unreviewed'}>
      <div class="sl-finding-head">
        <h3 class="sl-finding-title">{finding.title}</h3>
        <span class={`sl-severity sl-severity--${finding.severity}`}>{SEVERITY_LABEL[finding.severity] ?? finding.severity}</span>
      </div>
      <p class="sl-finding-message">{finding.message}</p>
      <p class="sl-meta">
        <span>Confidence: {finding.confidence}</span>
        <span aria-hidden="true"> · </span>
        <a class="sl-spec-link" href={finding.spec.url} target="_blank" rel="noopener noreferrer">
          Model Spec: {finding.spec.title}
        </a>
      </p>
      {finding.evidence.map((span, i) => (
        <EvidenceQuote key={`${span.turnId}-${span.start}-${i}`} span={span} onShow={show} />
      ))}
      {missing ? <p class="sl-hint">This text is no longer shown on the page.</p> : null}
      <ReviewControls
        findingId={finding.id}
        title={finding.title}
        review={review}
        disabled={!view.stored}
        onReview={(verdict, note) => actions.review(finding.id, verdict, note)}
      />
    </li>
  );
}

export function FindingsPanel({ id, view, actions, onClose }: FindingsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [flagging, setFlagging] = useState(false);
  const [selection, setSelection] = useState(actions.selection());
  const findings = [...view.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.ordinal - b.ordinal,
  );
  const flagButton = useRef<HTMLButtonElement>(null);
  const wasFlagging = useRef(false);
  useEffect(() => heading.current?.focus(), []);
  // When the flag form closes (saved or cancelled), focus returns to the button that opened it.
  useEffect(() => {
    if (wasFlagging.current && !flagging) flagButton.current?.focus();
    wasFlagging.current = flagging;
  }, [flagging]);
  useEffect(() => () => actions.clearEvidence(), [actions]);

  return (
    <div
      id={id}
      class="sl-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header class="sl-panel-head">
        <h2 id={`${id}-title`} class="sl-panel-title" tabIndex={-1} ref={heading}>
          {findings.length === 0 ? 'No findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}
          <span class="sl-panel-brand"> · SpecLens</span>
        </h2>
        <button type="button" class="sl-icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div class="sl-panel-body">
        {view.unsaved !== undefined ? (
          <p class="sl-status sl-status--error" role="alert">
            {view.unsaved} Reviews and flags cannot be saved for this reply.
          </p>
        ) : !view.stored ? (
          <p class="sl-status sl-status--error">This reply was not stored, so reviews and flags cannot be saved.</p>
        ) : null}
        {findings.length === 0 ? (
          <p class="sl-empty">SpecLens found nothing in this reply that goes against the Model Spec.</p>
        ) : (
          <ul class="sl-findings">
            {findings.map((f) => (
              <FindingCard key={f.id} finding={f} view={view} actions={actions} />
            ))}
          </ul>
        )}
        <AnnotationList annotations={view.annotations} />
        {flagging ? (
          <AnnotationForm
            idPrefix={`${id}-flag`}
            selection={selection}
            onCancel={() => setFlagging(false)}
            onSave={async (input) => {
              const error = await actions.annotate(input);
              if (!error) setFlagging(false);
              return error;
            }}
          />
        ) : (
          <button
            type="button"
            ref={flagButton}
            class="sl-secondary sl-flag-button"
            disabled={!view.stored}
            onClick={() => {
              setSelection(actions.selection());
              setFlagging(true);
            }}
          >
            Flag something SpecLens missed
          </button>
        )}
      </div>
    </div>
  );
}
