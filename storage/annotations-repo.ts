/** Manual annotations: "SpecLens missed this", on a whole reply or on a selected span of one turn. */
import { specSection } from '../engine/spec';
import type { SpecLensDb } from './db';
import { StoreRequestError } from './errors';
import type { AnnotationRecord } from './records';
import { inTransaction } from './transaction';

export interface AnnotationInput {
  /** Lets a caller that retries after a lost answer add the same annotation once; generated when absent. */
  id?: string;
  exchangeId: string;
  /** Offsets into the stored text of the turn; the quote is read from it. Null flags the whole reply. */
  span: { turnId: string; start: number; end: number } | null;
  specAnchor: string;
  note: string;
}

export const MAX_ANNOTATION_NOTE_CHARS = 10_000;

/** Stores an annotation, or returns the stored one when an annotation with the same id exists. */
export async function addAnnotation(db: SpecLensDb, input: AnnotationInput, now: number): Promise<AnnotationRecord> {
  const section = specSection(input.specAnchor);
  if (!section) throw new StoreRequestError('invalid', `"${input.specAnchor}" is not a section of the Model Spec.`);
  if (input.note.length > MAX_ANNOTATION_NOTE_CHARS) {
    throw new StoreRequestError('invalid', `the note is longer than ${MAX_ANNOTATION_NOTE_CHARS} characters.`);
  }
  const id = input.id ?? crypto.randomUUID();
  return inTransaction(db.transaction(['exchanges', 'annotations'], 'readwrite'), async (tx) => {
    const existing = await tx.objectStore('annotations').get(id);
    if (existing) return existing;
    const exchange = await tx.objectStore('exchanges').get(input.exchangeId);
    if (!exchange) throw new StoreRequestError('not-found', 'the conversation is no longer stored.');
    let span: AnnotationRecord['span'] = null;
    if (input.span) {
      const { turnId, start, end } = input.span;
      const turn = exchange.turns.find((t) => t.id === turnId);
      if (!turn) throw new StoreRequestError('invalid', `the selected text is not in a stored turn ("${turnId}").`);
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > turn.text.length) {
        throw new StoreRequestError('invalid', 'the selection is outside the turn text.');
      }
      span = { turnId, start, end, quote: turn.text.slice(start, end) };
    }
    const record: AnnotationRecord = {
      id,
      exchangeId: exchange.id,
      exchangeVersion: exchange.version,
      span,
      specAnchor: input.specAnchor,
      section: section.topLevelId,
      note: input.note,
      site: exchange.site,
      model: exchange.model,
      capturedAt: exchange.capturedAt,
      createdAt: now,
    };
    await tx.objectStore('annotations').add(record);
    return record;
  });
}

/** Deletes an annotation; false when there was none with that id. */
export async function deleteAnnotation(db: SpecLensDb, id: string): Promise<boolean> {
  return inTransaction(db.transaction('annotations', 'readwrite'), async (tx) => {
    if ((await tx.store.getKey(id)) === undefined) return false;
    await tx.store.delete(id);
    return true;
  });
}

/** Every annotation, newest first. */
export async function listAnnotations(db: SpecLensDb): Promise<AnnotationRecord[]> {
  return (await db.getAllFromIndex('annotations', 'by-created')).reverse();
}
