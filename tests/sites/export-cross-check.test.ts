/**
 * Cross-check against another exporter: revivalstack/ai-chat-exporter exported the same ChatGPT and
 * Grok conversations as Markdown (tests/fixtures/sites/expected/). Words must agree in both directions;
 * the small gap is citation link text, which that exporter keeps and SpecLens leaves out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../sites/registry';
import { PAGE_TIMEOUT_MS, SITE_FIXTURES, readAll, savedPage } from './saved-pages';

interface Export {
  url: string;
  messages: { author: 'user' | 'ai'; content: string }[];
}

/** Lower-cased words with Markdown syntax, link targets and images removed. */
function words(markdown: string): string[] {
  return markdown
    .toLowerCase()
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|~\-[\]()!:.,;"'“”‘’?]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Share of `of`'s words found in `within`. */
function overlap(of: string[], within: string[]): number {
  const set = new Set(within);
  return of.filter((word) => set.has(word)).length / of.length;
}

describe.each([
  ['chatgpt/rs-five-pairs.html', 'chatgpt-rs-five-pairs.export.json'],
  ['grok/rs-five-pairs.html', 'grok-rs-five-pairs.export.json'],
])('%s against the exporter\'s Markdown', { timeout: PAGE_TIMEOUT_MS }, (page, exported) => {
  it('has the same turns, roles and words', async () => {
    const expected = JSON.parse(readFileSync(join(SITE_FIXTURES, 'expected', exported), 'utf8')) as Export;
    const { doc, url } = await savedPage(page);
    expect(url).toBe(expected.url);
    const turns = readAll(adapterFor(url)!, doc);
    expect(turns.map((t) => t.role)).toEqual(expected.messages.map((m) => (m.author === 'ai' ? 'assistant' : 'user')));
    expected.messages.forEach((message, i) => {
      const mine = words(turns[i]!.text);
      const theirs = words(message.content);
      expect(overlap(theirs, mine), `turn ${i}: their words in ours`).toBeGreaterThanOrEqual(0.97);
      expect(overlap(mine, theirs), `turn ${i}: our words in theirs`).toBeGreaterThanOrEqual(0.98);
    });
  });
});
