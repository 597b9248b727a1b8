/** Poe (poe.com). */
import type { SiteAdapter } from '../types';
import { hostIs } from '../shared';
import { SELECTORS } from './selectors';
import { conversationId, findTurns, model, turnText } from './extract';
import { hasReplyActions, isBusy } from './done';

export const poe: SiteAdapter = {
  id: 'poe',
  name: 'Poe',
  matches: (url) => hostIs(url, ['poe.com', 'www.poe.com']),
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
