import type { TurnView } from '../turn-view';
import type { RequestRiskSignal } from '../types';

export function assessRequestRisk(_lastUser: TurnView | null, _userTurns: TurnView[]): RequestRiskSignal {
  return { level: 'benign', category: null, categories: [], span: null, cues: [] };
}
