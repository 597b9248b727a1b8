/** Builds the page's turn list from one selector spec per role. */
import type { PageTurn, SelectorSpec } from '../types';
import { inDocumentOrder, resolve } from './resolve';

export interface RoleSpec {
  role: PageTurn['role'];
  spec: SelectorSpec;
}

/**
 * Every element matched by the role specs under `root`, in document order. An element inside another
 * matched element of the same role is dropped (a reply's inner part is not a second reply).
 */
export function collectTurns(
  root: ParentNode,
  roles: readonly RoleSpec[],
  messageIdOf: (element: Element, role: PageTurn['role']) => string | null = () => null,
): PageTurn[] {
  const turns: PageTurn[] = [];
  for (const { role, spec } of roles) {
    const matched = resolve(spec, root).elements;
    const set = new Set(matched);
    for (const element of matched) {
      if (hasMatchedAncestor(element, set, root)) continue;
      turns.push({ role, element, messageId: messageIdOf(element, role) });
    }
  }
  return inDocumentOrder(turns);
}

function hasMatchedAncestor(element: Element, matched: ReadonlySet<Element>, root: ParentNode): boolean {
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (matched.has(parent)) return true;
  }
  return false;
}
