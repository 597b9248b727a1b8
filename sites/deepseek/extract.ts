/** Reading a DeepSeek page: the turns in the virtual list and each turn's text, without the thinking block. */
import type { PageTurn } from '../types';
import { anyOf, closestSpec, collectTurns, elementText, elementsText, idFromPath, resolve, resolveFirst, type TextOptions } from '../shared';
import { SELECTORS } from './selectors';

/** `/a/chat/s/{id}`; the start page and other routes have no conversation. */
export function conversationId(url: URL): string | null {
  return idFromPath(url, /^\/a\/chat\/s\/([\w-]+)/);
}

/**
 * The turns under `root`, in order. Rows scrolled out of the virtual list are not in the DOM, so a page
 * can start with a reply; the row key identifies a turn across unmount and remount.
 */
export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(
    root,
    [
      { role: 'user', spec: SELECTORS.userTurn },
      { role: 'assistant', spec: SELECTORS.assistantTurn },
    ],
    (element) => closestSpec(element, SELECTORS.row)?.getAttribute('data-virtual-list-item-key') ?? null,
  );
}

/** A prompt is plain text whose line breaks matter. */
const USER_TEXT: TextOptions = { preserveWhitespace: [anyOf(SELECTORS.userTurn)] };

const ANSWER_TEXT: TextOptions = {
  exclude: [...SELECTORS.codeBanner.candidates],
  codeLanguage: (block) => {
    const wrapper = closestSpec(block, SELECTORS.codeBlock) ?? block.parentElement;
    return wrapper ? (resolveFirst(SELECTORS.codeLanguage, wrapper)?.textContent ?? null) : null;
  },
};

/** A prompt as typed; a reply's answer blocks (reasoning, code banners and buttons left out). */
export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') return elementText(turn.element, USER_TEXT);
  const answers = resolve(SELECTORS.answer, turn.element).elements.filter(
    (block) => closestSpec(block, SELECTORS.reasoning) === null,
  );
  return elementsText(answers, ANSWER_TEXT);
}

/** DeepSeek does not show the model in the page (it travels only in the completion request). */
export function model(): string | null {
  return null;
}
