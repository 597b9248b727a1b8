/** Loads a saved chat page from tests/fixtures/sites/ into a Document (run under the happy-dom environment). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built from the file path: under happy-dom the global URL is the DOM's, which rejects file: URLs.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sites');

export interface SavedPage {
  doc: Document;
  /** The address the page was saved from (its `<!-- saved from url=(N)… -->` comment). */
  url: string;
}

export function loadPage(path: string): SavedPage {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  const url = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1];
  if (!url) throw new Error(`${path} has no "saved from url" comment`);
  return { doc: parse(html), url };
}

/** A saved page that records no address (pages copied from other projects' test fixtures). */
export function loadDocument(path: string): Document {
  return parse(readFileSync(join(FIXTURES, path), 'utf8'));
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
