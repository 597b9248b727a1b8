/** Mistral Le Chat (chat.mistral.ai). */
import type { SiteAdapter } from '../types';
import { hostIs } from '../shared';
import { SELECTORS } from './selectors';
import { conversationId, findTurns, model, turnText } from './extract';
import { hasReplyActions, isBusy } from './done';

export const lechat: SiteAdapter = {
  id: 'lechat',
  name: 'Le Chat',
  matches: (url) => hostIs(url, ['chat.mistral.ai']),
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
