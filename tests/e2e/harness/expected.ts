/**
 * What the extension must capture from a saved page, computed independently of the browser: the same
 * adapter run over the same HTML in Node (happy-dom), the way `speclens extract` reads it.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { adapterFor } from '../../../sites/registry';
import { pickSelfHostedAdapter } from '../../../sites/self-hosted';
import { extractPage } from '../../../sites/shared';
import type { Exchange } from '../../../engine/types';

export const FIXTURES_DIR = new URL('../../fixtures/sites/', import.meta.url);

export interface SavedPage {
  html: string;
  /** The address the page was saved from (its `<!-- saved from url=(N)… -->` comment). */
  url: string;
}

export function loadSavedPage(fixture: string): SavedPage {
  const html = readFileSync(new URL(fixture, FIXTURES_DIR), 'utf8');
  const url = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1];
  if (!url) throw new Error(`${fixture} has no "saved from url" comment`);
  return { html, url };
}

/** One exchange per assistant reply on the page, as the adapter reads it. */
export function expectedExchanges(page: SavedPage): Exchange[] {
  const window = new Window({ url: page.url });
  try {
    const doc = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
    // A self-hosted page is read by the adapter its markup calls for, as the content script does.
    const adapter = adapterFor(page.url) ?? pickSelfHostedAdapter(doc);
    const extraction = extractPage(adapter, doc, page.url);
    if (extraction.exchanges.length === 0) throw new Error(`the adapter reads no reply on ${page.url}`);
    return extraction.exchanges;
  } finally {
    void window.happyDOM.close();
  }
}
