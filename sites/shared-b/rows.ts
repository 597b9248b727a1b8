/** Where a turn's own chrome (action bar, model label) sits relative to the turn element. */
import type { PageTurn } from '../types';

/**
 * The largest ancestor of the turn's element that holds no other turn and no page chrome (`chrome`: the
 * composer, navigation): the turn's row, where sites put its action bar and header. With a single turn
 * on the page, the chrome bound is what keeps the row from growing to the whole page.
 */
export function ownRow(turn: PageTurn, turns: readonly PageTurn[], chrome: string): Element {
  // An ancestor holds another turn exactly when it is an ancestor of that turn's element: mark them all
  // once (stopping where chains meet) instead of testing every ancestor against every turn.
  const holdsOther = new Set<Element>();
  for (const other of turns) {
    if (other.element === turn.element) continue;
    for (let el: Element | null = other.element; el && !holdsOther.has(el); el = el.parentElement) holdsOther.add(el);
  }
  let row: Element = turn.element;
  for (let parent = row.parentElement; parent && parent.parentElement; parent = parent.parentElement) {
    if (holdsOther.has(parent) || parent.querySelector(chrome) !== null) break;
    row = parent;
  }
  return row;
}

/**
 * The element siblings after `element` up to the next one that is or holds a turn: a reply's action
 * bar when the site renders it beside the message rather than inside it.
 */
export function followingUntilTurn(element: Element, isTurn: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (isTurn(next)) break;
    found.push(next);
  }
  return found;
}
