/**
 * Optional redaction of personal data in exported scenarios, with the same masking the store uses
 * (storage/redact.ts). Masking keeps every text's length, so evidence offsets stay valid and quotes
 * are simply re-read from the masked text.
 */
import type { Turn } from '../engine/types';
import { redactText, redactTurns } from '../storage/redact';
import type { Scenario } from './schema';

export function redactScenario(s: Scenario): Scenario {
  const turns: Turn[] = [...s.input.map((m, i) => ({ id: String(i), role: m.role, text: m.content })), { id: 'reply', role: 'assistant', text: s.reply }];
  const redacted = redactTurns(turns);
  const texts = redacted.turns.map((t) => t.text);
  const mask = (text: string) => redactText(text, redacted.names);
  return {
    ...s,
    input: s.input.map((m, i) => ({ role: m.role, content: texts[i]! })),
    reply: texts[texts.length - 1]!,
    message: s.message === null ? null : mask(s.message),
    evidence: s.evidence.map((e) => ({ ...e, quote: texts[e.message]!.slice(e.start, e.end) })),
    note: s.note === null ? null : mask(s.note),
    metadata: { ...s.metadata, redacted: s.metadata.redacted || redacted.changed },
  };
}
