/**
 * Every selector of every registered adapter matches exactly the number of elements its spec records
 * for each saved page of that site, so a selector change (or a changed page) shows up as a diff.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../sites/registry';
import { resolve } from '../../sites/shared';
import { loadPage } from '../../cli/commands/extract-page';
import { PAGE_TIMEOUT_MS, SITE_FIXTURES, pagesOf, savedPage } from './saved-pages';

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s selectors', { timeout: PAGE_TIMEOUT_MS }, (_id, adapter) => {
  const specs = Object.entries(adapter.selectors);
  const pages = pagesOf(adapter.id);

  it('have a name, candidates and counts, and every candidate is a valid selector', async () => {
    const { document } = await loadPage('<!DOCTYPE html><html><body></body></html>', 'https://example.com/');
    for (const [key, spec] of specs) {
      expect(spec.name, key).not.toBe('');
      expect(spec.candidates.length, key).toBeGreaterThan(0);
      for (const candidate of spec.candidates) expect(() => document.querySelectorAll(candidate), `${key}: ${candidate}`).not.toThrow();
    }
  });

  it('count every saved page of the site, and only pages that exist', () => {
    for (const [key, spec] of specs) {
      expect(Object.keys(spec.counts).sort(), key).toEqual(expect.arrayContaining(pages));
      for (const page of Object.keys(spec.counts)) expect(existsSync(join(SITE_FIXTURES, page)), `${key}: ${page}`).toBe(true);
    }
  });

  it.each(pages.length > 0 ? pages : ['(no saved page)'])('match the recorded counts on %s', async (page) => {
    if (pages.length === 0) return;
    const { doc } = await savedPage(page);
    const actual = Object.fromEntries(specs.map(([key, spec]) => [key, resolve(spec, doc).elements.length]));
    const expected = Object.fromEntries(specs.map(([key, spec]) => [key, spec.counts[page]]));
    expect(actual).toEqual(expected);
  });
});
