/** Reads ChatGPT turns (both page generations), their text and the model slug. */
import { attributeWithin, closestSpec, collectTurns, elementsText, elementText, hostIs, idFromPath, partsOf, resolve, type TextOptions } from '../shared';
import type { PageTurn, SiteAdapter } from '../types';
import { hasReplyActions, isBusy } from './done';
import { SELECTORS } from './selectors';

const HOSTS = ['chatgpt.com', 'chat.openai.com'];
/** `/c/{id}`, `/g/{gizmo}/c/{id}`, `/share/{id}` (with an optional `/share/e/` or `/s/` variant). */
const CONVERSATION_PATH = /^\/(?:c|share(?:\/e)?|g\/[\w-]+\/c)\/([\w-]+)/;

const TEXT: TextOptions = { exclude: [...SELECTORS.citation.candidates, ...SELECTORS.imageWidget.candidates] };

export function matches(url: URL): boolean {
  return hostIs(url, HOSTS);
}

/** Temporary chats (`?temporary-chat=true`) and the new-chat page have no id in the address. */
export function conversationId(url: URL): string | null {
  if (url.searchParams.get('temporary-chat') === 'true') return null;
  return idFromPath(url, CONVERSATION_PATH);
}

export function findTurns(root: ParentNode): PageTurn[] {
  const containers = resolve(SELECTORS.turn, root).elements;
  if (containers.length === 0) {
    return collectTurns(root, [
      { role: 'user', spec: SELECTORS.userMessage },
      { role: 'assistant', spec: SELECTORS.assistantMessage },
    ], (element) => messageId(element, null));
  }
  const turns: PageTurn[] = [];
  for (const container of containers) {
    for (const user of resolve(SELECTORS.userMessage, container).elements) {
      turns.push({ role: 'user', element: user, messageId: messageId(user, container) });
    }
    // Gen A splits one reply into several messages around a "Thought for Ns" block.
    const parts = resolve(SELECTORS.assistantMessage, container).elements;
    if (parts.length > 0) {
      turns.push({
        role: 'assistant',
        element: parts[0]!,
        messageId: messageId(parts[0]!, null),
        ...(parts.length > 1 ? { parts } : {}),
      });
    }
  }
  return turns;
}

/** Gen A: `data-message-id`. Gen B: the unit's `data-chatgpt-search-message-ids`, or the turn key for the prompt. */
function messageId(element: Element, container: Element | null): string | null {
  const id = element.getAttribute('data-message-id') ?? element.getAttribute('data-chatgpt-search-message-ids')?.split(/\s+/)[0];
  if (id) return id;
  const unit = closestSpec(element, SELECTORS.answerUnit);
  return unit?.getAttribute('data-chatgpt-search-message-ids')?.split(/\s+/)[0] ?? container?.getAttribute('data-turn-key') ?? null;
}

export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') return elementText(turn.element, TEXT);
  const roots = partsOf(turn).flatMap((part) => {
    const bodies = resolve(SELECTORS.markdown, part).elements;
    return bodies.length > 0 ? bodies : [part];
  });
  return elementsText(roots, TEXT);
}

/** Gen A puts the slug on each reply; Gen B shows no model anywhere in the page. */
export function model(doc: Document, reply: PageTurn | null): string | null {
  if (reply) {
    for (const part of partsOf(reply)) {
      const slug = attributeWithin(part, SELECTORS.modelSlug, 'data-message-model-slug');
      if (slug) return slug;
    }
    return null;
  }
  const all = resolve(SELECTORS.modelSlug, doc).elements;
  return all[all.length - 1]?.getAttribute('data-message-model-slug') ?? null;
}

export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  matches,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
