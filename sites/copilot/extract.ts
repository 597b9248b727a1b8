/** Reads Copilot turns, their text and the mode chip. */
import { collectTurns, elementsText, elementText, hostIs, idFromPath, normalizeWhitespace, resolve, resolveFirst, type TextOptions } from '../shared';
import type { PageTurn, SiteAdapter } from '../types';
import { hasReplyActions, isBusy } from './done';
import { SELECTORS } from './selectors';

const HOSTS = ['copilot.microsoft.com', 'www.copilot.com', 'copilot.com'];
/** `/chats/{id}`; Copilot Pages `/pages/{id}`. */
const CONVERSATION_PATH = /^\/(?:chats|pages)\/([\w-]+)/;

// The code block wrapper holds the language label above the <pre>; reading it as one block keeps the label out of the text.
const TEXT: TextOptions = { exclude: SELECTORS.chrome.candidates, codeBlocks: SELECTORS.codeBlock.candidates };

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
  ]);
}

export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') return elementText(turn.element, TEXT);
  const items = resolve(SELECTORS.messageItem, turn.element).elements;
  return items.length > 0 ? elementsText(items, TEXT) : elementText(turn.element, TEXT);
}

/** The composer's mode ("Smart", "Think Deeper"); Copilot shows no model id. */
export function model(doc: Document): string | null {
  const chip = resolveFirst(SELECTORS.modelLabel, doc);
  const text = chip ? normalizeWhitespace(chip.getAttribute('title') ?? elementText(chip)) : '';
  return text === '' ? null : text;
}

export const copilot: SiteAdapter = {
  id: 'copilot',
  name: 'Copilot',
  matches,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
