/**
 * Open WebUI, on whatever origin the user runs it. It matches no host: the content script picks it for a
 * user-added origin when `fingerprint` recognises the page (see `sites/self-hosted.ts`).
 */
import type { SiteAdapter } from '../types';
import { SELECTORS } from './selectors';
import { conversationId, findTurns, model, turnText } from './extract';
import { hasReplyActions, isBusy } from './done';

export { fingerprint } from './fingerprint';

export const openwebui: SiteAdapter = {
  id: 'openwebui',
  name: 'Open WebUI',
  matches: () => false,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
