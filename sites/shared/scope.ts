/** Finding things that belong to one reply without reading the rest of the conversation. */
import type { PageTurn, SelectorSpec } from '../types';
import { anyOf, resolveFirst, selfContained } from './resolve';

/**
 * Where `findAfter` stops climbing. `above`, when there, gives the same answer for an ancestor knowing
 * that `from`, its child on the way up, failed the test: only what the ancestor adds is searched.
 */
export type Boundary = ((ancestor: Element) => boolean) & { above?(ancestor: Element, from: Element): boolean };

/** The elements of a turn, in order. */
export function partsOf(turn: PageTurn): readonly Element[] {
  return turn.parts ?? [turn.element];
}

/**
 * The first element matching `spec` inside `start` or after it (its following siblings, then its
 * ancestors' following siblings), climbing no higher than the first ancestor for which `isBoundary`
 * holds: the reply's own turn container, or the element that also holds the prompt. Reply action bars
 * sit after the reply text, so this finds them without touching other turns.
 */
export function findAfter(start: Element, spec: SelectorSpec, isBoundary: Boundary): Element | null {
  const selector = anyOf(spec);
  const inside = resolveFirst(spec, start);
  if (inside) return inside;
  const atBoundary = (el: Element, from: Element | null) => (from && isBoundary.above ? isBoundary.above(el, from) : isBoundary(el));
  for (let el: Element | null = start, from: Element | null = null; el && !atBoundary(el, from); from = el, el = el.parentElement) {
    for (let sibling = el.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.matches(selector)) return sibling;
      const hit = sibling.querySelector(selector);
      if (hit) return hit;
    }
    if (el.parentElement === el.ownerDocument.body) break;
  }
  return null;
}

/** A boundary test for `findAfter`: the element matches `container`, or holds an element matching `other`. */
export function boundary(container: SelectorSpec | null, other: SelectorSpec | null): Boundary {
  const containerSelector = container ? anyOf(container) : null;
  const otherSelector = other ? anyOf(other) : null;
  const test: Boundary = (el) =>
    (containerSelector !== null && el.matches(containerSelector)) ||
    (otherSelector !== null && el.querySelector(otherSelector) !== null);
  if (otherSelector === null || !selfContained(otherSelector)) return test;
  // Climbing from a reply, each ancestor holds the one before: searching it whole would search the reply
  // (thousands of elements) again at every level.
  test.above = (el, from) => {
    if (containerSelector !== null && el.matches(containerSelector)) return true;
    if (from.matches(otherSelector)) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child !== from && (child.matches(otherSelector) || child.querySelector(otherSelector) !== null)) return true;
    }
    return false;
  };
  return test;
}

/** An attribute of the element or of its first descendant matching `spec`. */
export function attributeWithin(element: Element, spec: SelectorSpec, attribute: string): string | null {
  const holder = element.matches(anyOf(spec)) ? element : resolveFirst(spec, element);
  return holder?.getAttribute(attribute) ?? null;
}
