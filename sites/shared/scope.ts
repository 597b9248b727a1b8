/** Finding things that belong to one reply without reading the rest of the conversation. */
import type { PageTurn, SelectorSpec } from '../types';
import { anyOf, resolveFirst } from './resolve';

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
export function findAfter(start: Element, spec: SelectorSpec, isBoundary: (ancestor: Element) => boolean): Element | null {
  const selector = anyOf(spec);
  const inside = resolveFirst(spec, start);
  if (inside) return inside;
  for (let el: Element | null = start; el && !isBoundary(el); el = el.parentElement) {
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
export function boundary(container: SelectorSpec | null, other: SelectorSpec | null): (el: Element) => boolean {
  const containerSelector = container ? anyOf(container) : null;
  const otherSelector = other ? anyOf(other) : null;
  return (el) =>
    (containerSelector !== null && el.matches(containerSelector)) ||
    (otherSelector !== null && el.querySelector(otherSelector) !== null);
}

/** An attribute of the element or of its first descendant matching `spec`. */
export function attributeWithin(element: Element, spec: SelectorSpec, attribute: string): string | null {
  const holder = element.matches(anyOf(spec)) ? element : resolveFirst(spec, element);
  return holder?.getAttribute(attribute) ?? null;
}
