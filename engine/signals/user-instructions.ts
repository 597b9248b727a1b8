import type { TurnView } from '../turn-view';
import type { UserInstructions } from '../types';

export function extractUserInstructions(_userTurns: TurnView[]): UserInstructions {
  return {};
}
