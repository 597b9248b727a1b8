/** Reads Gemini turns, their text and the mode picker's label. */
import { collectTurns, elementsText, elementText, hostIs, idFromPath, normalizeWhitespace, resolve, resolveFirst, type TextOptions } from '../shared';
import type { PageTurn, SiteAdapter } from '../types';
import { hasReplyActions, isBusy } from './done';
import { SELECTORS } from './selectors';

const HOSTS = ['gemini.google.com'];
/** `/app/{id}` and `/gem/{gem}/{id}`, with an optional `/u/{n}` account prefix. */
const CONVERSATION_PATH = /^(?:\/u\/\d+)?\/(?:app|gem\/[\w-]+)\/([\w-]+)/;

const TEXT: TextOptions = {
  exclude: [...SELECTORS.reasoning.candidates, ...SELECTORS.sources.candidates],
  codeBlocks: SELECTORS.codeBlock.candidates,
};

export function matches(url: URL): boolean {
  return hostIs(url, HOSTS);
}

export function conversationId(url: URL): string | null {
  return idFromPath(url, CONVERSATION_PATH);
}

export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(root, [
    { role: 'user', spec: SELECTORS.userMessage },
    { role: 'assistant', spec: SELECTORS.assistantMessage },
  ], messageId);
}

/** The reply's `message-content-id-r_…` / draft id; prompts carry none. */
function messageId(element: Element, role: PageTurn['role']): string | null {
  if (role === 'user') return null;
  return resolveFirst(SELECTORS.messageContent, element)?.id.replace(/^message-content-id-/, '') ?? null;
}

export function turnText(turn: PageTurn): string {
  const spec = turn.role === 'user' ? SELECTORS.userText : SELECTORS.markdown;
  const bodies = resolve(spec, turn.element).elements;
  return bodies.length > 0 ? elementsText(bodies, TEXT) : elementText(turn.element, TEXT);
}

/** The mode the picker shows ("Flash", "Pro"); Gemini shows no model id. */
export function model(doc: Document): string | null {
  const label = resolveFirst(SELECTORS.modelLabel, doc);
  const text = label ? normalizeWhitespace(elementText(label)) : '';
  return text === '' ? null : text;
}

export const gemini: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  matches,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
