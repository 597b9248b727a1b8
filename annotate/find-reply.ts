/** Which element on the page shows a captured turn: by the site's message id, else by position, else by its text. */
import type { Exchange } from '../engine/types';
import type { PageTurn, SiteAdapter } from '../sites/types';

/** The watcher names turns `${messageId}` or `${role}-${position}`, with `~2`... for repeats. */
function baseId(turnId: string): string {
  return turnId.replace(/~\d+$/, '');
}

function safeText(adapter: SiteAdapter, turn: PageTurn): string | null {
  try {
    return adapter.turnText(turn);
  } catch {
    return null;
  }
}

/** `turns` saves a read of the page when several turns are looked up at once. */
export function findTurnElement(adapter: SiteAdapter, doc: Document, exchange: Exchange, turnId: string, pageTurns?: PageTurn[]): Element | null {
  const turn = exchange.turns.find((t) => t.id === turnId);
  if (!turn) return null;
  let turns: PageTurn[];
  try {
    turns = pageTurns ?? adapter.findTurns(doc);
  } catch {
    return null;
  }
  const id = baseId(turnId);
  const byId = turns.find((t) => t.messageId === id && t.role === turn.role);
  if (byId) return byId.element;
  const positional = /^(?:user|assistant)-(\d+)$/.exec(id);
  if (positional) {
    const candidate = turns[Number(positional[1])];
    if (candidate && candidate.role === turn.role && safeText(adapter, candidate) === turn.text) return candidate.element;
  }
  for (let i = turns.length - 1; i >= 0; i--) {
    const candidate = turns[i]!;
    if (candidate.role === turn.role && safeText(adapter, candidate) === turn.text) return candidate.element;
  }
  return null;
}
