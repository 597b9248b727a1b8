/**
 * The generic adapter for chat UIs on user-added origins that no specific adapter recognises. It matches
 * no host; `sites/self-hosted.ts` falls back to it.
 */
import type { SiteAdapter } from '../types';
import { SELECTORS } from './selectors';
import { conversationId, findTurns, model, turnText } from './extract';
import { hasReplyActions, isBusy } from './done';

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Self-hosted chat',
  matches: () => false,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
