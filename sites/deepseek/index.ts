/** DeepSeek (chat.deepseek.com). */
import type { SiteAdapter } from '../types';
import { hostIs } from '../shared';
import { SELECTORS } from './selectors';
import { conversationId, findTurns, model, turnText } from './extract';
import { hasReplyActions, isBusy } from './done';

export const deepseek: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  matches: (url) => hostIs(url, ['chat.deepseek.com']),
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
