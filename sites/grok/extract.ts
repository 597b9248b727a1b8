/** Reads Grok turns (grok.com and x.com/i/grok), their text and the model selector. */
import { closestSpec, collectTurns, elementsText, elementText, hostIs, idFromPath, normalizeWhitespace, resolve, resolveFirst, type TextOptions } from '../shared';
import type { PageTurn, SiteAdapter } from '../types';
import { hasReplyActions, isBusy } from './done';
import { SELECTORS } from './selectors';

/** `/c/{id}` and shared conversations `/share/{id}` on grok.com. */
const CONVERSATION_PATH = /^\/(?:c|share)\/([\w-]+)/;

const TEXT: TextOptions = { exclude: SELECTORS.reasoning.candidates, codeBlocks: SELECTORS.codeBlock.candidates };

export function matches(url: URL): boolean {
  return hostIs(url, ['grok.com']) || (hostIs(url, ['x.com']) && /^\/i\/grok(?:\/|$)/.test(url.pathname));
}

/** grok.com keeps the id in the path, x.com in `?conversation=`. */
export function conversationId(url: URL): string | null {
  if (hostIs(url, ['x.com'])) return url.searchParams.get('conversation') || null;
  return idFromPath(url, CONVERSATION_PATH);
}

export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(root, [
    { role: 'user', spec: SELECTORS.userMessage },
    { role: 'assistant', spec: SELECTORS.assistantMessage },
  ], messageId);
}

/** The row id is `response-{uuid}`. */
function messageId(element: Element): string | null {
  const row = closestSpec(element, SELECTORS.row);
  return row?.id.replace(/^response-/, '') || null;
}

export function turnText(turn: PageTurn): string {
  const bodies = resolve(SELECTORS.markdown, turn.element).elements;
  return bodies.length > 0 ? elementsText(bodies, TEXT) : elementText(turn.element, TEXT);
}

/** The selector's label ("Expert", "Grok 4 Fast"). */
export function model(doc: Document): string | null {
  const label = resolveFirst(SELECTORS.modelLabel, doc);
  const text = label ? normalizeWhitespace(elementText(label)) : '';
  return text === '' ? null : text;
}

export const grok: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  matches,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
