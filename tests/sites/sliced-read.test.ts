import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/commands/extract-page';
import { ADAPTERS } from '../../sites/registry';
import { elementText, elementsText, resolve, resolveFirst, SlicedRead } from '../../sites/shared';
import type { SelectorSpec } from '../../sites/types';
import { PAGE_TIMEOUT_MS, SITE_FIXTURES, pagesOf, savedPage } from './saved-pages';

const ALL_PAGES = readdirSync(SITE_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => pagesOf(entry.name));

/** Steps a read to the end; how many steps it took, and the text. */
function readToEnd(read: SlicedRead, turnText: () => string): { text: string; steps: number } {
  for (let steps = 1; steps <= 10_000; steps++) {
    const text = read.step(turnText);
    if (text !== null) return { text, steps };
  }
  throw new Error('the read never finished');
}

/** A clock that moves one millisecond each time it is read. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

describe('SlicedRead', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('gives every adapter the text of every turn of every saved page, read one top-level node per step', async () => {
    let turns = 0;
    let sliced = 0;
    for (const path of ALL_PAGES) {
      const { doc } = await savedPage(path);
      for (const adapter of ADAPTERS) {
        for (const turn of adapter.findTurns(doc)) {
          const whole = adapter.turnText(turn);
          // A slice of 0 ms is over as soon as it starts: each step reads one node of each element it reaches.
          const { text, steps } = readToEnd(new SlicedRead(0, tickingClock()), () => adapter.turnText(turn));
          expect(text, `${adapter.id} on ${path}`).toBe(whole);
          turns++;
          if (steps > 1) sliced++;
        }
      }
    }
    expect(turns).toBeGreaterThan(200);
    expect(sliced).toBeGreaterThan(turns / 2);
  });

  it('stops once its time is up, at least one node in, and goes on where it stopped', async () => {
    const { document } = await loadPage(
      `<!DOCTYPE html><body><div id="a">${Array.from({ length: 10 }, (_, i) => `<p>paragraph ${i}</p>`).join('')}</div><div id="b"><p>tail</p></div></body>`,
      'https://example.com/',
    );
    const roots = [document.getElementById('a')!, document.getElementById('b')!];
    const expected = elementsText(roots);
    let calls = 0;
    const clock = tickingClock();
    // Three clock reads fit a 3 ms slice: the deadline is set, then checked after each node.
    const { text, steps } = readToEnd(new SlicedRead(3, clock), () => {
      calls++;
      return elementsText(roots);
    });
    expect(text).toBe(expected);
    expect(steps).toBe(calls);
    expect(steps).toBeGreaterThan(3);
    expect(steps).toBeLessThan(10);
  });

  it('reads everything at once outside a step, and with a slice long enough', async () => {
    const { document } = await loadPage('<!DOCTYPE html><body><main><p>a</p><p>b</p><ul><li>c</li></ul></main></body>', 'https://example.com/');
    const main = document.querySelector('main')!;
    expect(elementText(main)).toBe('a\n\nb\n\n- c');
    expect(readToEnd(new SlicedRead(1000, tickingClock()), () => elementText(main))).toEqual({ text: 'a\n\nb\n\n- c', steps: 1 });
  });

  it("keeps the answers to the adapter's selector lookups for the read's later steps, and only there", async () => {
    const { document } = await loadPage(
      `<!DOCTYPE html><body><div id="a">${Array.from({ length: 8 }, (_, i) => `<p>paragraph ${i}</p>`).join('')}</div></body>`,
      'https://example.com/',
    );
    const spec: SelectorSpec = { name: 'body', candidates: ['#missing', '#a'], counts: {} };
    const root = document.body;
    const queries: string[] = [];
    const querySelectorAll = root.querySelectorAll.bind(root);
    const querySelector = root.querySelector.bind(root);
    root.querySelectorAll = ((selector: string) => (queries.push(selector), querySelectorAll(selector))) as typeof root.querySelectorAll;
    root.querySelector = ((selector: string) => (queries.push(selector), querySelector(selector))) as typeof root.querySelector;

    const read = () => (resolveFirst(spec, root) ? elementsText(resolve(spec, root).elements) : '');
    const { text, steps } = readToEnd(new SlicedRead(0, tickingClock()), read);
    expect(text).toBe(Array.from({ length: 8 }, (_, i) => `paragraph ${i}`).join('\n\n'));
    expect(steps).toBeGreaterThan(3);
    // Each lookup asks once for any candidate, then candidate by candidate; each only in the first step.
    expect(queries).toEqual(['#missing, #a', '#missing', '#a', '#missing, #a', '#missing', '#a']);

    queries.length = 0;
    expect(read()).toBe(text);
    expect(read()).toBe(text);
    expect(queries).toHaveLength(12);
  });

  it('lets an error of the read through, and keeps nothing of a failed step', async () => {
    const read = new SlicedRead(0, tickingClock());
    expect(() => read.step(() => { throw new Error('adapter failed'); })).toThrow('adapter failed');
    expect(read.step(() => 'done')).toBe('done');
  });
});
