import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../cli/commands/extract-page';
import { codeText, DEFAULT_EXCLUDE } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, SITE_FIXTURES, pagesOf, savedPage } from './saved-pages';

/**
 * codeText reads a code root of token spans between `<br>`s with one `textContent` per token instead
 * of walking it, when its exclude list looks at nothing but the element itself. A list with a
 * pseudo-class that matches nothing (`:not(*)`) forces the walk, so each block is read both ways.
 */
const LIST = DEFAULT_EXCLUDE.join(', ');
const WALKED = `${LIST}, :not(*)`;

async function block(html: string): Promise<Element> {
  const { document } = await loadPage(`<!DOCTYPE html><html><body><pre id="block">${html}</pre></body></html>`, 'https://example.com/');
  return document.getElementById('block')!;
}

const ALL_PAGES = readdirSync(SITE_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => pagesOf(entry.name));

describe('codeText', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads token spans between <br>s as lines', async () => {
    const el = await block(
      '<code><span class="k">def</span><span> </span><span class="f">f</span><span>():</span><br><span>    </span><span class="k">return</span> <b><i>1</i></b><br><br><!-- note --><span>x&nbsp;=&nbsp;2</span>  <br></code>',
    );
    expect(codeText(el, LIST)).toBe('def f():\n    return 1\n\nx = 2');
    expect(codeText(el, WALKED)).toBe(codeText(el, LIST));
  });

  it('drops leading blank lines and trailing space, keeps text outside the tokens', async () => {
    const el = await block('<code><br><br>first<span> line</span><br>  second  <br>\n</code>');
    expect(codeText(el, LIST)).toBe('first line\n  second');
    expect(codeText(el, WALKED)).toBe(codeText(el, LIST));
  });

  it('walks a root with a nested <br>, line elements or something excluded, with the same result as before', async () => {
    const cases: [string, string][] = [
      ['<code><span>a<br>b</span><br>c</code>', 'a\nb\nc'],
      ['<code><div class="cm-line">one</div><div class="cm-line">two</div></code>', 'one\ntwo'],
      ['<code><span class="line">one</span><span class="line">two</span></code>', 'one\ntwo'],
      ['<code>keep<button>Copy</button><br><span aria-hidden="true">×</span>this</code>', 'keep\nthis'],
      ['<code><p>para</p><p>next</p></code>', 'para\nnext'],
    ];
    for (const [html, expected] of cases) {
      const el = await block(html);
      expect(codeText(el, LIST), html).toBe(expected);
      expect(codeText(el, WALKED), html).toBe(expected);
    }
  });

  it("reads ChatGPT's highlighted blocks without testing each token against the exclude list", async () => {
    const { doc } = await savedPage('chatgpt/rs-five-pairs.html');
    const blocks = [...doc.querySelectorAll('pre')];
    let owner = Object.getPrototypeOf(blocks[0]!) as Element;
    while (!Object.prototype.hasOwnProperty.call(owner, 'matches')) owner = Object.getPrototypeOf(owner) as Element;
    const matches = vi.spyOn(owner, 'matches');
    try {
      for (const pre of blocks) codeText(pre, LIST);
      expect(matches).not.toHaveBeenCalled();
      for (const pre of blocks) codeText(pre, WALKED);
      expect(matches.mock.calls.length).toBeGreaterThan(100);
    } finally {
      matches.mockRestore();
    }
  });

  it('reads every code block of every saved page the same either way', async () => {
    let blocks = 0;
    for (const path of ALL_PAGES) {
      const { doc } = await savedPage(path);
      for (const pre of doc.querySelectorAll('pre')) {
        expect(codeText(pre, LIST), path).toBe(codeText(pre, WALKED));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(20);
  });
});
