/** Reading a Le Chat page: role-tagged turns, a reply's answer parts without its reasoning. */
import type { PageTurn } from '../types';
import { anyOf, closestSpec, collectTurns, elementText, elementsText, idFromPath, resolve, type TextOptions } from '../shared';
import { SELECTORS } from './selectors';

/** `/chat/{id}`; `/chat` alone is a new conversation. */
export function conversationId(url: URL): string | null {
  return idFromPath(url, /^\/chat\/([\w-]+)/);
}

export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(
    root,
    [
      { role: 'user', spec: SELECTORS.userTurn },
      { role: 'assistant', spec: SELECTORS.assistantTurn },
    ],
    (element) => element.getAttribute('data-message-id'),
  );
}

const TEXT: TextOptions = {
  exclude: [anyOf(SELECTORS.reasoning)],
  codeBlocks: [...SELECTORS.codeBlock.candidates],
};

/** A prompt as typed; a reply's answer parts (the whole message, reasoning left out, if it has none). */
export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') return elementText(turn.element, TEXT);
  const answers = resolve(SELECTORS.answer, turn.element).elements.filter(
    (part) => closestSpec(part, SELECTORS.reasoning) === null,
  );
  return answers.length > 0 ? elementsText(answers, TEXT) : elementText(turn.element, TEXT);
}

/** Le Chat shows no model name on a reply (the agent or model is chosen in settings). */
export function model(): string | null {
  return null;
}
