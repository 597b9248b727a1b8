/** Reads Perplexity queries and answers (both layouts, Deep Research included) and the model button. */
import { collectTurns, elementsText, elementText, hostIs, idFromPath, normalizeWhitespace, partsOf, resolve, resolveFirst, type TextOptions } from '../shared';
import type { PageTurn, SiteAdapter } from '../types';
import { hasReplyActions, isBusy } from './done';
import { SELECTORS } from './selectors';

const HOSTS = ['www.perplexity.ai', 'perplexity.ai'];
/** `/search/{slug-id}`; Perplexity Pages `/page/{slug-id}`. */
const CONVERSATION_PATH = /^\/(?:search|page)\/([\w.-]+)/;
/** What the model button says when no particular model is chosen. */
const GENERIC_MODEL_LABELS = new Set(['model', 'choose a model', 'best', 'auto']);

const TEXT: TextOptions = { exclude: SELECTORS.citation.candidates };

export function matches(url: URL): boolean {
  return hostIs(url, HOSTS);
}

export function conversationId(url: URL): string | null {
  return idFromPath(url, CONVERSATION_PATH);
}

/** Answer blocks between two queries (a report card and its summary) make one reply. */
export function findTurns(root: ParentNode): PageTurn[] {
  const turns: PageTurn[] = [];
  for (const turn of collectTurns(root, [
    { role: 'user', spec: SELECTORS.userMessage },
    { role: 'assistant', spec: SELECTORS.assistantMessage },
  ])) {
    const previous = turns[turns.length - 1];
    if (turn.role === 'assistant' && previous?.role === 'assistant') {
      turns[turns.length - 1] = { ...previous, parts: [...partsOf(previous), turn.element] };
    } else {
      turns.push(turn);
    }
  }
  return turns;
}

export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') {
    const text = resolve(SELECTORS.userText, turn.element).elements;
    return text.length > 0 ? elementsText(text, TEXT) : elementText(turn.element, TEXT);
  }
  return elementsText(partsOf(turn), TEXT);
}

/** The model button's label, unless it only says "Model" (the default choice). */
export function model(doc: Document): string | null {
  const button = resolveFirst(SELECTORS.modelButton, doc);
  const text = button ? normalizeWhitespace(elementText(button)) : '';
  return text === '' || GENERIC_MODEL_LABELS.has(text.toLowerCase()) ? null : text;
}

export const perplexity: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  matches,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
