import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../sites/registry';
import { boundary, present, resolve, resolveFirst } from '../../sites/shared';
import { selfContained } from '../../sites/shared/resolve';
import type { SelectorSpec, SiteAdapter } from '../../sites/types';
import { PAGE_TIMEOUT_MS, SITE_FIXTURES, pagesOf, savedPage } from './saved-pages';

const ALL_PAGES = readdirSync(SITE_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => pagesOf(entry.name));

/** The adapters that read turns on the page, and those turns (each distinct element once). */
function readers(doc: Document) {
  const adapters = ADAPTERS.filter((adapter) => adapter.findTurns(doc).length > 0);
  const turns = [...new Set(adapters.flatMap((adapter) => adapter.findTurns(doc).map((turn) => turn.element)))];
  return { adapters, turns };
}

/** Distinct specs (by candidate list) of the adapters. */
function specsOf(adapters: readonly SiteAdapter[], keep: (spec: SelectorSpec) => boolean): SelectorSpec[] {
  const specs = adapters.flatMap((adapter) => Object.values(adapter.selectors)).filter(keep);
  return [...new Map(specs.map((spec) => [spec.candidates.join('\n'), spec])).values()];
}

/** resolve and resolveFirst as written before they asked one query for all candidates first. */
function naiveResolve(spec: SelectorSpec, root: ParentNode): Element[] {
  for (const selector of spec.candidates) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

function naiveFirst(spec: SelectorSpec, root: ParentNode): Element | null {
  for (const selector of spec.candidates) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

describe('selector lookups', { timeout: PAGE_TIMEOUT_MS }, () => {
  it("answer as one query per candidate did, for every adapter's selectors on every saved page, from the page and its last turns", async () => {
    let lookups = 0;
    let misses = 0;
    for (const path of ALL_PAGES) {
      const { doc } = await savedPage(path);
      const { adapters, turns } = readers(doc);
      // A spec of one candidate is looked up as it always was; the others ask one query for all first.
      const specs = specsOf(adapters, (spec) => spec.candidates.length > 1);
      const roots: ParentNode[] = [doc, ...turns.slice(-2)];
      for (const root of roots) {
        for (const spec of specs) {
          const first = naiveFirst(spec, root);
          expect(resolveFirst(spec, root)).toBe(first);
          expect(present(spec, root)).toBe(first !== null);
          expect(resolve(spec, root).elements).toEqual(naiveResolve(spec, root));
          lookups++;
          if (first === null) misses++;
        }
      }
    }
    expect(lookups).toBeGreaterThan(500);
    expect(misses).toBeGreaterThan(lookups / 2);
  });
});

describe('boundary', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('answers for each ancestor of every turn what a search of the whole ancestor answers', async () => {
    let levels = 0;
    let hits = 0;
    for (const path of ALL_PAGES) {
      const { doc } = await savedPage(path);
      const { adapters, turns: starts } = readers(doc);
      // What adapters pass as `other`: the specs of prompts and turns.
      const others = specsOf(adapters, (spec) => /user|prompt|query|turn|row/i.test(spec.name) && selfContained(spec.candidates.join(', ')));
      for (const other of others) {
        const isBoundary = boundary(null, other);
        expect(isBoundary.above).toBeTypeOf('function');
        for (const start of starts) {
          // Climb as findAfter does: each level is tested only while the one below failed.
          for (let from = start, el = start.parentElement; el && !isBoundary(from); from = el, el = el.parentElement) {
            const whole = isBoundary(el);
            expect(isBoundary.above!(el, from), `${path} ${other.name}`).toBe(whole);
            levels++;
            if (whole) hits++;
          }
        }
      }
    }
    expect(levels).toBeGreaterThan(1000);
    expect(hits).toBeGreaterThan(100);
  });

  it('searches the whole ancestor when a selector depends on where the element sits', () => {
    const spec: SelectorSpec = { name: 'prompt', candidates: ['.thread > .prompt'], counts: {} };
    expect(selfContained('.thread > .prompt')).toBe(false);
    expect(boundary(null, spec).above).toBeUndefined();
    expect(selfContained('[data-role="user"], .bubble, user-query, a[href*="/c/"]')).toBe(true);
    expect(selfContained('div:has(> p)')).toBe(false);
    expect(selfContained('[data-x="a ] b"]')).toBe(false);
  });
});
