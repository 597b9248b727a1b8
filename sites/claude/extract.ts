/** Reads Claude turns, their text and the model picker's label. */
import { collectTurns, elementsText, elementText, hostIs, idFromPath, normalizeWhitespace, resolve, resolveFirst, type TextOptions } from '../shared';
import type { PageTurn, SiteAdapter } from '../types';
import { hasReplyActions, isBusy } from './done';
import { SELECTORS } from './selectors';

const HOSTS = ['claude.ai'];
/** `/chat/{uuid}` and shared conversations `/share/{uuid}`. */
const CONVERSATION_PATH = /^\/(?:chat|share)\/([\w-]+)/;

// The code block wrapper holds the language label above the <pre>; reading it as one block keeps the label out of the text.
const TEXT: TextOptions = { exclude: SELECTORS.artifact.candidates, codeBlocks: SELECTORS.codeBlock.candidates };

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

/** A reply is one or more markdown bodies (text before and after a tool call or a research card). */
export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') return elementText(turn.element, TEXT);
  const bodies = resolve(SELECTORS.markdown, turn.element).elements;
  return elementsText(bodies.length > 0 ? outermost(bodies) : [turn.element], TEXT);
}

/** Drops bodies nested in another body of the list, so that no text is read twice. */
function outermost(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const element of elements) {
    const last = kept[kept.length - 1];
    if (last && last.contains(element)) continue;
    kept.push(element);
  }
  return kept;
}

/** The picker's label ("Opus 4.5"); Claude shows one for the whole conversation. */
export function model(doc: Document): string | null {
  const label = resolveFirst(SELECTORS.modelLabel, doc);
  const text = label ? normalizeWhitespace(label.textContent ?? '') : '';
  return text === '' ? null : text;
}

export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  matches,
  conversationId,
  selectors: SELECTORS,
  findTurns,
  turnText,
  model,
  isBusy,
  hasReplyActions,
};
