/** Runs an adapter over a whole page: the turns, one exchange per reply, and the selectors that found nothing. */
import type { Exchange, Turn } from '../../engine/types';
import type { PageExtraction, PageTurn, SiteAdapter } from '../types';
import { present } from './resolve';

/** The turn id the engine and the store key on: the site's message id, else role and position. */
export function turnId(turn: PageTurn, index: number): string {
  return turn.messageId ?? `${turn.role}-${index}`;
}

/** Page turns as engine turns, in order; turns with no readable text are left out. */
export function readTurns(adapter: SiteAdapter, pageTurns: readonly PageTurn[]): { turn: Turn; page: PageTurn }[] {
  const read: { turn: Turn; page: PageTurn }[] = [];
  pageTurns.forEach((page, index) => {
    const text = adapter.turnText(page);
    if (text !== '') read.push({ turn: { id: turnId(page, index), role: page.role, text }, page });
  });
  return read;
}

/** Required selectors with no match under `root`: what a health warning or a bug report names. */
export function missingSelectors(adapter: SiteAdapter, root: ParentNode): string[] {
  return Object.values(adapter.selectors)
    .filter((spec) => !spec.optional && !present(spec, root))
    .map((spec) => spec.name);
}

/** Everything `speclens extract` reports for one page. */
export function extractPage(adapter: SiteAdapter, doc: Document, url: string | URL): PageExtraction {
  const address = typeof url === 'string' ? new URL(url) : url;
  const conversationId = adapter.conversationId(address);
  const read = readTurns(adapter, adapter.findTurns(doc));
  const turns = read.map((r) => r.turn);
  const exchanges: Exchange[] = [];
  let model: string | null = null;
  for (let i = 0; i < read.length; i++) {
    const { turn, page } = read[i]!;
    if (turn.role !== 'assistant') continue;
    model = adapter.model(doc, page);
    exchanges.push({ id: turn.id, site: adapter.id, conversationId, model, url: address.href, turns: turns.slice(0, i + 1) });
  }
  if (exchanges.length === 0) model = adapter.model(doc, null);
  return {
    site: adapter.id,
    url: address.href,
    conversationId,
    model,
    turns,
    exchanges,
    missingSelectors: missingSelectors(adapter, doc),
  };
}
