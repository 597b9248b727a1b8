/** A labelled reply for `speclens eval`: a conversation plus its label and the spec section it breaks. */
import { specSection } from '../../engine/spec';
import { conversationFromRecord, type Conversation, type JsonRecord } from '../conversation';
import { InputError } from '../errors';

export type Label = 'compliant' | 'violation';

export interface LabelledReply extends Conversation {
  label: Label;
  /** The top-level section the example belongs to (its own field, else the violated section's). */
  section: string;
  /** The top-level section of `violated_section_id`, for violations that name one. */
  violatedTopLevel: string | null;
}

export const NO_SECTION = '(none)';

export function labelledReplyFromRecord(record: JsonRecord): LabelledReply {
  const label = record.label;
  if (label !== 'compliant' && label !== 'violation') {
    throw new InputError(`"label" must be "compliant" or "violation", got ${JSON.stringify(label) ?? 'nothing'}`);
  }
  const violated = optionalId(record.violated_section_id, 'violated_section_id');
  const ownTopLevel = optionalId(record.top_level_section_id, 'top_level_section_id');
  const violatedTopLevel = violated === null ? null : (specSection(violated)?.topLevelId ?? null);
  if (violated !== null && violatedTopLevel === null) {
    throw new InputError(`"violated_section_id" ${JSON.stringify(violated)} is not a section of the Model Spec`);
  }
  return {
    ...conversationFromRecord(record),
    label,
    section: ownTopLevel ?? violatedTopLevel ?? NO_SECTION,
    violatedTopLevel: label === 'violation' ? violatedTopLevel : null,
  };
}

function optionalId(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new InputError(`"${field}" must be a string or null`);
  return value;
}
