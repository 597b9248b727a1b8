/** Reading a HuggingChat page: turns by message id, the reply's markdown without reasoning, the routed model. */
import type { PageTurn } from '../types';
import { anyOf, closestSpec, collectTurns, elementText, elementsText, idFromPath, normalizeWhitespace, resolve, type TextOptions } from '../shared';
import { stripInlineThink } from '../shared-b';
import { SELECTORS } from './selectors';

/** `/chat/conversation/{id}`; `/chat/` is a new conversation. */
export function conversationId(url: URL): string | null {
  return idFromPath(url, /^\/chat\/conversation\/([\w-]+)/);
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

const USER_TEXT: TextOptions = { preserveWhitespace: [...SELECTORS.userText.candidates] };
const REPLY_TEXT: TextOptions = { exclude: [anyOf(SELECTORS.excluded), anyOf(SELECTORS.modelLink)] };

/**
 * A prompt as typed; a reply's markdown outside the reasoning and tool blocks, with any inline
 * `<think>` block (models that stream their reasoning as text) removed.
 */
export function turnText(turn: PageTurn): string {
  if (turn.role === 'user') return elementText(turn.element, USER_TEXT);
  const blocks = resolve(SELECTORS.markdown, turn.element).elements.filter(
    (block) => closestSpec(block, SELECTORS.excluded) === null,
  );
  const text = blocks.length > 0 ? elementsText(blocks, REPLY_TEXT) : elementText(turn.element, REPLY_TEXT);
  return stripInlineThink(text);
}

/**
 * The model the router picked for this reply (a link to its settings page under the reply), else the
 * conversation's model from the composer footer. The link text is the model id (`org/name`).
 */
export function model(doc: Document, reply: PageTurn | null): string | null {
  const own = reply ? resolve(SELECTORS.modelLink, reply.element).elements[0] : undefined;
  const link = own ?? pageModelLink(doc);
  const name = link ? normalizeWhitespace(link.textContent ?? '') : '';
  return name === '' ? null : name;
}

/** The last model link that belongs to no message: the footer's "Model: …". */
function pageModelLink(doc: Document): Element | undefined {
  const messages = `${anyOf(SELECTORS.userTurn)}, ${anyOf(SELECTORS.assistantTurn)}`;
  return resolve(SELECTORS.modelLink, doc)
    .elements.filter((link) => link.closest(messages) === null)
    .at(-1);
}
