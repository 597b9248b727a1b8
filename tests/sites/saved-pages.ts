/**
 * Saved chat pages from tests/fixtures/sites/, loaded with the same happy-dom loader `speclens extract`
 * uses (scripts off, no requests), so the tests read pages exactly as the CLI does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, savedFromUrl } from '../../cli/commands/extract-page';
import type { PageTurn, SiteAdapter } from '../../sites/types';

export const SITE_FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export interface SavedPage {
  doc: Document;
  /** The address in the page's "saved from url" comment. */
  url: string;
}

/** A fresh DOM of a saved page, for tests that change it. */
export async function freshPage(path: string): Promise<SavedPage> {
  const html = readFileSync(join(SITE_FIXTURES, path), 'utf8');
  const url = savedFromUrl(html);
  if (!url) throw new Error(`${path} has no "saved from url" comment`);
  const { document } = await loadPage(html, url);
  return { doc: document, url };
}

const parsed = new Map<string, Promise<SavedPage>>();

/** A saved page parsed once per test file and shared: read it, never change it (use `freshPage` for that). */
export function savedPage(path: string): Promise<SavedPage> {
  let page = parsed.get(path);
  if (!page) {
    page = freshPage(path);
    parsed.set(path, page);
  }
  return page;
}

/** Parsing a 200 KB page takes a few seconds on a busy machine. */
export const PAGE_TIMEOUT_MS = 60_000;

/** The saved pages of one site folder, as `site/file.html`. */
export function pagesOf(site: string): string[] {
  try {
    return readdirSync(join(SITE_FIXTURES, site))
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => `${site}/${file}`);
  } catch {
    return [];
  }
}

/** Role and text of every turn, in order. */
export function readAll(adapter: SiteAdapter, doc: Document): { role: PageTurn['role']; text: string }[] {
  return adapter.findTurns(doc).map((turn) => ({ role: turn.role, text: adapter.turnText(turn) }));
}

/** The last assistant turn on the page. */
export function lastReply(adapter: SiteAdapter, doc: Document): PageTurn {
  const replies = adapter.findTurns(doc).filter((turn) => turn.role === 'assistant');
  const last = replies[replies.length - 1];
  if (!last) throw new Error('no reply on the page');
  return last;
}

/** The fenced code blocks of a text, in order: info string and first line of code. */
export function fences(text: string): { language: string; firstLine: string }[] {
  const blocks: { language: string; firstLine: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)$/.exec(lines[i]!);
    if (!open) continue;
    blocks.push({ language: open[2]!, firstLine: lines[i + 1] ?? '' });
    const close = lines.findIndex((line, j) => j > i && line === open[1]);
    i = close === -1 ? lines.length : close;
  }
  return blocks;
}
