/** Reading an Open WebUI page: message rows, content without reasoning, status and sources, the model name. */
import type { PageTurn } from '../types';
import { anyOf, closestSpec, collectTurns, elementText, idFromPath, normalizeWhitespace, resolveFirst, type TextOptions } from '../shared';
import { stripInlineThink } from '../shared-b';
import { ROW_ID_PREFIX, SELECTORS } from './selectors';

/**
 * `/c/{id}`, also under a sub-path when the UI is served behind a prefix. A new chat (`/`) and a
 * temporary chat (`/?temporary-chat=true`) have none.
 */
export function conversationId(url: URL): string | null {
  if (url.searchParams.get('temporary-chat') === 'true') return null;
  return idFromPath(url, /(?:^|\/)c\/([\w-]+)\/?$/);
}

export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(
    root,
    [
      { role: 'user', spec: SELECTORS.userTurn },
      { role: 'assistant', spec: SELECTORS.assistantTurn },
    ],
    messageIdOf,
  );
}

/** The id in the row's `message-{id}`. */
function messageIdOf(element: Element): string | null {
  const id = closestSpec(element, SELECTORS.messageRow)?.getAttribute('id') ?? '';
  return id.startsWith(ROW_ID_PREFIX) && id.length > ROW_ID_PREFIX.length ? id.slice(ROW_ID_PREFIX.length) : null;
}

const TEXT: TextOptions = {
  exclude: [anyOf(SELECTORS.collapsible), anyOf(SELECTORS.status)],
  codeBlocks: [...SELECTORS.codeBlock.candidates],
};

/** The content column, reasoning / sources / status left out (and any inline `<think>` a model leaked). */
export function turnText(turn: PageTurn): string {
  return stripInlineThink(elementText(turn.element, TEXT));
}

/** The model named in the reply's header, else the one picked in the model selector. */
export function model(doc: Document, reply: PageTurn | null): string | null {
  const row = reply ? closestSpec(reply.element, SELECTORS.messageRow) : null;
  const label = (row && resolveFirst(SELECTORS.modelName, row)) ?? resolveFirst(SELECTORS.modelSelector, doc);
  const name = label ? normalizeWhitespace(label.textContent ?? '') : '';
  return name === '' ? null : name;
}
