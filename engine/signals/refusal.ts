import type { TurnView } from '../turn-view';
import type { RefusalSignal } from '../types';

export function detectRefusal(_reply: TurnView, _lastUser: TurnView | null): RefusalSignal {
  return { level: 'none', span: null, offersAlternative: false, cues: [] };
}
