/** Selector resolution: the first candidate of a SelectorSpec that matches anything wins. */
import type { SelectorSpec } from '../types';
import { activeRead } from './sliced-read';

export interface Resolved {
  /** Everything the winning candidate matched under the root, in document order (empty when none matched). */
  elements: Element[];
  /** The winning candidate, or null when no candidate matched. */
  selector: string | null;
  /** Position of the winning candidate in `spec.candidates`, or -1. */
  candidateIndex: number;
}

/**
 * Every element of the first candidate that matches under `root`. Inside a `SlicedRead` step the answer
 * is kept for the read's later steps (a query over a whole reply costs as much as a slice of its text).
 */
export function resolve(spec: SelectorSpec, root: ParentNode): Resolved {
  const read = activeRead();
  if (read === null) return resolveNow(spec, root);
  const kept = read.remember(resolve, spec, root, () => resolveNow(spec, root));
  return { ...kept, elements: [...kept.elements] };
}

function resolveNow(spec: SelectorSpec, root: ParentNode): Resolved {
  if (nothingMatches(spec, root)) return { elements: [], selector: null, candidateIndex: -1 };
  for (let i = 0; i < spec.candidates.length; i++) {
    const selector = spec.candidates[i]!;
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return { elements: Array.from(found), selector, candidateIndex: i };
  }
  return { elements: [], selector: null, candidateIndex: -1 };
}

/** The first element of the first candidate that matches under `root` (stops at the first hit); kept as `resolve` is. */
export function resolveFirst(spec: SelectorSpec, root: ParentNode): Element | null {
  const read = activeRead();
  if (read === null) return resolveFirstNow(spec, root);
  return read.remember(resolveFirst, spec, root, () => resolveFirstNow(spec, root));
}

function resolveFirstNow(spec: SelectorSpec, root: ParentNode): Element | null {
  if (nothingMatches(spec, root)) return null;
  for (const selector of spec.candidates) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Whether no candidate matches anything under `root`, asked with one query for all of them: an action
 * bar or a busy marker that is not there would otherwise cost one search of the subtree per candidate.
 */
function nothingMatches(spec: SelectorSpec, root: ParentNode): boolean {
  return spec.candidates.length > 1 && root.querySelector(anyOf(spec)) === null;
}

/**
 * Whether every selector of a list matches by the element alone (no combinator, no pseudo-class), so
 * that where a query starts cannot change its answer: scoped queries differ from `matches` for
 * selectors naming ancestors, and happy-dom scopes them differently from browsers.
 */
export function selfContained(list: string): boolean {
  let known = selfContainedLists.get(list);
  if (known === undefined) {
    // Outside attribute brackets (whose values may hold anything), only names, `.`, `#`, `*` and commas.
    const outside = list.replace(/\[[^\]]*\]/g, '[]').replace(/\s*,\s*/g, ',');
    known = /^(?:[-\w.#*,]|\[\]|[^\x00-\x7f])*$/.test(outside);
    // Callers ask about a few constant lists, once per code block or climb: remember them (a bounded few).
    if (selfContainedLists.size >= 64) selfContainedLists.clear();
    selfContainedLists.set(list, known);
  }
  return known;
}

const selfContainedLists = new Map<string, boolean>();

/** Whether anything under `root` matches any candidate. */
export function present(spec: SelectorSpec, root: ParentNode): boolean {
  return resolveFirst(spec, root) !== null;
}

/** Whether the element itself matches any candidate of the spec. */
export function matchesSpec(element: Element, spec: SelectorSpec): boolean {
  return element.matches(anyOf(spec));
}

/** The nearest ancestor (or the element itself) matching any candidate, or null. */
export function closestSpec(element: Element, spec: SelectorSpec): Element | null {
  return element.closest(anyOf(spec));
}

const joined = new WeakMap<SelectorSpec, string>();

/** All candidates as one selector list (cached per spec). */
export function anyOf(spec: SelectorSpec): string {
  let list = joined.get(spec);
  if (list === undefined) {
    list = spec.candidates.join(', ');
    joined.set(spec, list);
  }
  return list;
}

/** Sorts elements into document order (querySelectorAll of two specs returns two separate orders). */
export function inDocumentOrder<T extends { element: Element }>(items: T[]): T[] {
  return items.sort((a, b) => {
    if (a.element === b.element) return 0;
    // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
    return a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1;
  });
}
