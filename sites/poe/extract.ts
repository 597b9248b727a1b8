/** Reading a Poe page: human and bot bubbles, their markdown, the bot that answered. */
import type { PageTurn } from '../types';
import { closestSpec, collectTurns, elementsText, idFromPath, normalizeWhitespace, resolve, resolveFirst, type TextOptions } from '../shared';
import { SELECTORS } from './selectors';

/** `/chat/{id}`; a bot's start page (`/{BotName}`) has no conversation yet. */
export function conversationId(url: URL): string | null {
  return idFromPath(url, /^\/chat\/([\w-]+)/);
}

/** Poe renders no message ids in the page, so turns are keyed by position. */
export function findTurns(root: ParentNode): PageTurn[] {
  return collectTurns(root, [
    { role: 'user', spec: SELECTORS.userTurn },
    { role: 'assistant', spec: SELECTORS.assistantTurn },
  ]);
}

const TEXT: TextOptions = {
  exclude: [...SELECTORS.codeHeader.candidates],
  codeLanguage: (block) => resolveFirst(SELECTORS.codeLanguage, block)?.textContent ?? null,
};

/** What Poe shows in a bot bubble before the first token arrives. */
const PLACEHOLDER = /^(?:\.{3}|\u2026)$/;

/** Whether a bot bubble still shows the "..." placeholder instead of text. */
export function isPlaceholder(turn: PageTurn): boolean {
  return PLACEHOLDER.test(normalizeWhitespace(turn.element.textContent ?? ''));
}

/** The bubble's markdown; a bubble without a markdown container is read whole; the placeholder is no text. */
export function turnText(turn: PageTurn): string {
  if (turn.role === 'assistant' && isPlaceholder(turn)) return '';
  const blocks = resolve(SELECTORS.markdown, turn.element).elements;
  return elementsText(blocks.length > 0 ? blocks : [turn.element], TEXT);
}

/** The bot named above the reply, else the bot the chat is with. */
export function model(doc: Document, reply: PageTurn | null): string | null {
  const row = reply ? closestSpec(reply.element, SELECTORS.messageRow) : null;
  const label = (row && resolveFirst(SELECTORS.replyBotName, row)) ?? resolveFirst(SELECTORS.pageBotName, doc);
  const name = label ? normalizeWhitespace(label.textContent ?? '') : '';
  return name === '' ? null : name;
}
