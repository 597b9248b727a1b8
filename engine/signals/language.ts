import type { TurnView } from '../turn-view';
import type { LanguageSignal } from '../types';

export function detectLanguages(_lastUser: TurnView | null, _reply: TurnView): LanguageSignal {
  return { user: { code: null, confidence: 0, script: null }, reply: { code: null, confidence: 0, script: null } };
}
