/** "Flag something SpecLens missed": the selected text (or the whole reply), a spec section and a note. */
import { useState } from 'preact/hooks';
import { specSection } from '../../engine/spec';
import type { AnnotationRecord } from '../../storage/records';
import { SpecSectionPicker } from './SpecSectionPicker';
import type { SelectedText } from './types';

export interface AnnotationFormProps {
  idPrefix: string;
  selection: SelectedText | null;
  onSave(input: { specAnchor: string; note: string; useSelection: boolean }): Promise<string | null>;
  onCancel(): void;
}

export function AnnotationForm({ idPrefix, selection, onSave, onCancel }: AnnotationFormProps) {
  const [anchor, setAnchor] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [useSelection, setUseSelection] = useState(selection !== null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!anchor) {
      setError('Pick the Model Spec section this reply goes against.');
      return;
    }
    setBusy(true);
    setError(null);
    const problem = await onSave({ specAnchor: anchor, note: note.trim(), useSelection: useSelection && selection !== null });
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
    <form class="sl-annotate" onSubmit={submit} aria-label="Flag something SpecLens missed">
      <h3 class="sl-h3">Flag something SpecLens missed</h3>
      {selection ? (
        <label class="sl-check">
          <input type="checkbox" checked={useSelection} onChange={(e) => setUseSelection((e.currentTarget as HTMLInputElement).checked)} />
          <span>
            On the selected text: <q class="sl-quote">{selection.quote.length > 200 ? `${selection.quote.slice(0, 200)}…` : selection.quote}</q>
          </span>
        </label>
      ) : (
        <p class="sl-hint">On the whole reply. To flag a passage, select it in the reply first.</p>
      )}
      <label class="sl-field-label" for={`${idPrefix}-section`}>
        Model Spec section
      </label>
      <SpecSectionPicker id={`${idPrefix}-section`} value={anchor} onChange={setAnchor} />
      <label class="sl-field-label" for={`${idPrefix}-note`}>
        Note
      </label>
      <textarea
        id={`${idPrefix}-note`}
        class="sl-note"
        rows={3}
        maxLength={10_000}
        value={note}
        placeholder="What is wrong with the reply?"
        onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {error ? (
        <p class="sl-status sl-status--error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="sl-form-actions">
        <button type="submit" class="sl-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save flag'}
        </button>
        <button type="button" class="sl-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function AnnotationList({ annotations }: { annotations: readonly AnnotationRecord[] }) {
  if (annotations.length === 0) return null;
  return (
    <section class="sl-annotations" aria-label="Your flags on this reply">
      <h3 class="sl-h3">Your flags ({annotations.length})</h3>
      <ul class="sl-annotation-list">
        {annotations.map((a) => (
          <li key={a.id} class="sl-annotation">
            <span class="sl-annotation-section">{specSection(a.specAnchor)?.title ?? a.specAnchor}</span>
            {a.span ? <q class="sl-quote">{a.span.quote}</q> : <span class="sl-hint">Whole reply</span>}
            {a.note ? <span class="sl-annotation-note">{a.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
