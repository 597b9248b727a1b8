/** HuggingChat (huggingface.co/chat). */
import type { SiteAdapter } from '../types';
import { hostIs } from '../shared';
import { SELECTORS } from './selectors';
import { conversationId, findTurns, model, turnText } from './extract';
import { hasReplyActions, isBusy } from './done';

export const huggingchat: SiteAdapter = {
  id: 'huggingchat',
  name: 'HuggingChat',
  matches: (url) => hostIs(url, ['huggingface.co']) && /^\/chat(?:\/|$)/.test(url.pathname),
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
