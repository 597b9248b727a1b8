/**
 * Reading an unknown chat UI. Each strategy below is a convention some chat UIs follow; the first one
 * that finds a turn decides the page, so a page is never read half one way and half another.
 */
import type { PageTurn } from '../types';
import { anyOf, elementText, elementsText, idFromPath, inDocumentOrder, normalizeWhitespace, resolve, type TextOptions } from '../shared';
import { stripInlineThink } from '../shared-b';
import { MESSAGE_ID_PREFIXES, MODEL_ATTRIBUTES, ROLE_ATTRIBUTES, SELECTORS } from './selectors';
import { roleFromLabel, roleFromValue } from './roles';

/** `/c/{id}`, `/chat/{id}`, `/conversation/{id}`, `/thread/{id}` and plurals, under any prefix. */
export function conversationId(url: URL): string | null {
  if (url.searchParams.get('temporary-chat') === 'true') return null;
  return idFromPath(url, /(?:^|\/)(?:c|chats?|conversations?|threads?)\/([\w-]{6,})\/?$/);
}

type Strategy = (root: ParentNode) => { element: Element; role: PageTurn['role'] }[];

const byAttribute: Strategy = (root) =>
  resolve(SELECTORS.roleAttribute, root).elements.flatMap((element) => {
    for (const name of ROLE_ATTRIBUTES) {
      const role = roleFromValue(element.getAttribute(name));
      if (role) return [{ element, role }];
    }
    return [];
  });

const byLabel: Strategy = (root) =>
  resolve(SELECTORS.labelledMessage, root).elements.flatMap((element) => {
    const role = roleFromLabel(element.getAttribute('aria-label'));
    return role ? [{ element, role }] : [];
  });

const byClass: Strategy = (root) => [
  ...resolve(SELECTORS.userClass, root).elements.map((element) => ({ element, role: 'user' as const })),
  ...resolve(SELECTORS.assistantClass, root).elements.map((element) => ({ element, role: 'assistant' as const })),
];

const STRATEGIES: readonly Strategy[] = [byAttribute, byLabel, byClass];

/** The turns under `root` by the first convention that finds any, outermost element per turn, in order. */
export function findTurns(root: ParentNode): PageTurn[] {
  for (const strategy of STRATEGIES) {
    const found = strategy(root);
    if (found.length === 0) continue;
    const roleOf = new Map(found.map(({ element, role }) => [element, role]));
    const turns = found
      .filter(({ element, role }) => !insideSameRole(element, role, roleOf))
      .map(({ element, role }) => ({ role, element, messageId: messageIdOf(element) }));
    return inDocumentOrder(turns);
  }
  return [];
}

/** A match nested in another match of the same role is part of that turn, not a turn of its own. */
function insideSameRole(element: Element, role: PageTurn['role'], roleOf: ReadonlyMap<Element, PageTurn['role']>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (roleOf.get(parent) === role) return true;
  }
  return false;
}

/** Looks like a generated id (a UUID, a hex or numeric key), not a layout name such as "chat-container". */
const GENERATED_ID = /^(?=(?:[^\d]*\d){4})[\w-]{8,}$/;

/** `data-message-id`, a `message-{id}` / `msg-{id}` element id, or a generated id on the turn's element or an ancestor. */
function messageIdOf(element: Element): string | null {
  const [dataIdSelector, prefixedSelector] = SELECTORS.messageId.candidates;
  const dataId = element.closest(dataIdSelector)?.getAttribute('data-message-id');
  if (dataId) return dataId;
  const prefixed = element.closest(prefixedSelector)?.getAttribute('id');
  const prefix = prefixed ? MESSAGE_ID_PREFIXES.find((p) => prefixed.startsWith(p) && prefixed.length > p.length) : undefined;
  if (prefixed && prefix) return prefixed.slice(prefix.length);
  for (let el: Element | null = element; el; el = el.parentElement) {
    const id = el.getAttribute('id');
    if (id && GENERATED_ID.test(id)) return id;
  }
  return null;
}

const TEXT: TextOptions = {
  exclude: [anyOf(SELECTORS.chrome)],
  preserveWhitespace: [anyOf(SELECTORS.preservedText)],
};

/**
 * Labels that reasoning and source widgets show as a line of their own ("Thought for 3 seconds",
 * "Thinking…", "2 Sources"): chrome an unknown app renders without a class to recognise it by.
 */
const CHROME_LINE = /^(?:thought for [\w\s.,]+|thinking(?:\.{3}|…)?|reasoning|thoughts|\d+ sources?|searched \d+ sites?)$/i;

/**
 * The turn's rendered bodies (markdown containers) outside the chrome, else the whole element; inline
 * `<think>` blocks and reasoning or source label lines removed.
 */
export function turnText(turn: PageTurn): string {
  const bodies = outermost(
    resolve(SELECTORS.body, turn.element).elements.filter((body) => body.closest(anyOf(SELECTORS.chrome)) === null),
  );
  const text = bodies.length > 0 ? elementsText(bodies, TEXT) : elementText(turn.element, TEXT);
  return dropLanguageLabels(stripInlineThink(text))
    .split('\n')
    .filter((line) => !CHROME_LINE.test(line.trim()))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

/** A code block header's language name, left on its own line just before the fence that names it. */
const LANGUAGE_LABEL = /(^|\n)([\w+#.-]{1,30})\n+(```\2\n)/gi;

function dropLanguageLabels(text: string): string {
  return text.includes('```') ? text.replace(LANGUAGE_LABEL, '$1$3') : text;
}

function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** A model attribute on the reply or an ancestor (`data-message-model-slug`, `data-model` …), else null. */
export function model(_doc: Document, reply: PageTurn | null): string | null {
  const holder = reply?.element.closest(anyOf(SELECTORS.modelAttribute));
  if (!holder) return null;
  for (const name of MODEL_ATTRIBUTES) {
    const value = normalizeWhitespace(holder.getAttribute(name) ?? '');
    if (value !== '') return value;
  }
  return null;
}

/** Whether the element sits in one of the turn's rendered bodies (a code block's copy button does, the reply's does not). */
export function inBody(element: Element, turn: PageTurn): boolean {
  const body = element.closest(anyOf(SELECTORS.body));
  return body !== null && turn.element.contains(body);
}
