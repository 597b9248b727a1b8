/** Reading a LibreChat page: message rows, bodies without thinking blocks, the model label. */
import type { PageTurn } from '../types';
import { anyOf, closestSpec, collectTurns, elementText, idFromPath, normalizeWhitespace, resolveFirst, type TextOptions } from '../shared';
import { stripInlineThink } from '../shared-b';
import { SELECTORS } from './selectors';

/** `/c/{id}`, also under a sub-path; `/c/new` is a conversation not created yet. */
export function conversationId(url: URL): string | null {
  const id = idFromPath(url, /(?:^|\/)c\/([\w-]+)\/?$/);
  return id === 'new' ? null : id;
}

export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(
    root,
    [
      { role: 'user', spec: SELECTORS.userTurn },
      { role: 'assistant', spec: SELECTORS.assistantTurn },
    ],
    (element) => closestSpec(element, SELECTORS.messageRow)?.getAttribute('id') || null,
  );
}

const TEXT: TextOptions = { exclude: [anyOf(SELECTORS.thinking)] };

/** The message body, thinking block left out (and any inline `<think>` a model leaked). */
export function turnText(turn: PageTurn): string {
  return stripInlineThink(elementText(turn.element, TEXT));
}

/** The label in the reply's header (model or preset name), else the model picked in the header bar. */
export function model(doc: Document, reply: PageTurn | null): string | null {
  const row = reply ? closestSpec(reply.element, SELECTORS.messageRow) : null;
  const header = row ? resolveFirst(SELECTORS.modelLabel, row) : null;
  const fromHeader = header ? labelText(header) : '';
  if (fromHeader !== '') return fromHeader;
  const selector = resolveFirst(SELECTORS.modelSelector, doc);
  const picked = selector?.lastElementChild ?? selector;
  const name = picked ? normalizeWhitespace(picked.textContent ?? '') : '';
  return name === '' ? null : name;
}

const LABEL_TEXT: TextOptions = { exclude: [anyOf(SELECTORS.modelLabelTime)] };

/** The header's own text: the screen-reader prefix and the timestamp left out. */
function labelText(header: Element): string {
  return normalizeWhitespace(elementText(header, LABEL_TEXT));
}
